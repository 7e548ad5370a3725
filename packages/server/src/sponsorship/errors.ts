/**
 * Why the city will not pay for an operation. The messages may reach a resident through the app, so
 * they say what happened in plain words and what can be done; the codes are for the app to branch on.
 */
import type { Address } from 'viem';
import { Problem } from '../http/problem.js';

/** The operation is not one the city's policy pays for (403): the app should not offer it as free. */
export class SponsorshipRefusedError extends Problem {
  override name = 'SponsorshipRefusedError';
  constructor(code: 'not_a_resident' | 'unsupported_execution' | 'foreign_contract' | 'call_with_value' | 'call_without_function' | 'factory_not_allowed' | 'action_too_expensive', message: string) {
    super(403, code, message);
  }
}

/** The resident has used today's sponsored actions (429). */
export class DailyQuotaExhaustedError extends Problem {
  override name = 'DailyQuotaExhaustedError';
  constructor(
    readonly quota: number,
    readonly used: number,
  ) {
    super(
      429,
      'daily_quota_exhausted',
      `the city pays for ${quota} ${quota === 1 ? 'action' : 'actions'} a day per resident; you have used ${used === quota ? 'them' : `${used} of them`} today (UTC), try again tomorrow`,
    );
  }
}

/**
 * The resident already holds as many approvals as the city gives out at once, none used yet and none
 * expired (429). Anyone may ask for an approval in a resident's name, so without this a stranger could
 * tie up a resident's whole daily quota with approvals nobody sends; with it, at most this many at a time,
 * each freed when it lapses.
 */
export class TooManyPendingApprovalsError extends Problem {
  override name = 'TooManyPendingApprovalsError';
  constructor(
    readonly limit: number,
    readonly nextExpiry: Date,
  ) {
    super(
      429,
      'too_many_pending_approvals',
      `the city holds ${limit} approved ${limit === 1 ? 'action' : 'actions'} for this account that ${limit === 1 ? 'has' : 'have'} not been sent yet, the most it approves at a time; send ${limit === 1 ? 'it' : 'them'} first, or try again after ${nextExpiry.toISOString().slice(11, 16)} UTC, when the oldest expires`,
    );
  }
}

/** The city's budget for this period cannot cover the operation (429). */
export class BudgetExhaustedError extends Problem {
  override name = 'BudgetExhaustedError';
  constructor(
    readonly periodEnds: Date,
    readonly leftWei: bigint,
    readonly maxCostWei: bigint,
  ) {
    super(
      429,
      'budget_exhausted',
      `the city's budget for paying residents' transactions is used up until ${periodEnds.toISOString().slice(0, 10)} (${leftWei} wei left, this action may cost up to ${maxCostWei} wei); try again after that date, or send it from a wallet that holds ETH`,
    );
  }
}

/** The server cannot sponsor anything now: a setting is missing (503), a message for the city's IT staff. */
export class SponsorshipUnavailableError extends Problem {
  override name = 'SponsorshipUnavailableError';
  constructor(message: string) {
    super(503, 'sponsorship_unavailable', message);
  }
}

/** The chain could not be asked whether the sender is a resident (503): nothing was approved. */
export class ResidencyUnknownError extends Problem {
  override name = 'ResidencyUnknownError';
  constructor(account: Address, cause: unknown) {
    super(503, 'chain_unavailable', `the server could not ask the chain whether ${account} is a resident right now; nothing was approved, try again in a minute`);
    this.cause = cause;
  }
}

/** The chain's clock (its latest block) could not be read (503): nothing was approved. */
export class ChainClockUnknownError extends Problem {
  override name = 'ChainClockUnknownError';
  constructor(cause: unknown) {
    super(503, 'chain_unavailable', "the server could not read the chain's latest block right now; nothing was approved, try again in a minute");
    this.cause = cause;
  }
}
