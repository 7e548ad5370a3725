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
