/**
 * The decision to pay for a resident's operation, in the order that refuses cheaply first: the server
 * can sign at all, the calls are ones the city pays for, the sender is a resident now (a chain read),
 * and finally the quota and the budget (counted and recorded in one locked transaction). The approval
 * is signed before it is counted, but only an approval that was recorded is ever answered.
 */
import type { Address, Hex } from 'viem';
import type { ServerContext } from '../context.js';
import { signApproval, type Approval } from './approval.js';
import { BudgetExhaustedError, ChainClockUnknownError, DailyQuotaExhaustedError, ResidencyUnknownError, TooManyPendingApprovalsError } from './errors.js';
import { recordApproval } from './ledger.js';
import { budgetPeriodOf, dayOf } from './period.js';
import { checkOperation, requireResident, type SponsorshipRules } from './policy.js';
import { requireSigner, sponsorSigner, type SponsorSigner } from './signer.js';
import type { LapseWindow } from './reconcile.js';
import type { UserOperationRequest } from './user-operation.js';

export interface SponsorshipDecision extends Approval {
  readonly maxCostWei: bigint;
  readonly targets: readonly Address[];
  readonly selectors: readonly Hex[];
  /** Sponsored actions the resident has left today after this one. */
  readonly remainingToday: number;
}

export interface Sponsor {
  readonly signer: SponsorSigner;
  approve(operation: UserOperationRequest): Promise<SponsorshipDecision>;
}

export interface SponsorOptions {
  /** The clock (tests); default: the system's. */
  readonly now?: () => Date;
  readonly environment?: NodeJS.ProcessEnv;
  /** Which approvals lapsed unused, as the reconciliation knows so far. */
  readonly lapse?: () => LapseWindow | undefined;
  /** Reads the chain for lapsed approvals before a quota or budget refusal (bounded in time). */
  readonly refreshLapse?: () => Promise<LapseWindow | undefined>;
}

/** The time of the chain's latest block; the chain unreadable is the same refusal as for residency. */
async function chainClock(context: ServerContext): Promise<Date> {
  const block = await context.chain.getBlock({ blockTag: 'latest' }).catch((error: unknown) => {
    context.log.warn({ err: error }, "cannot read the chain's clock: sponsorship refused for now");
    throw new ChainClockUnknownError(error);
  });
  return new Date(Number(block.timestamp) * 1000);
}

export function createSponsor(context: ServerContext, options: SponsorOptions = {}): Sponsor {
  const settings = context.config.sponsorship;
  const now = options.now ?? (() => new Date());
  const signer = sponsorSigner(settings, options.environment);
  const rules: SponsorshipRules = { polity: context.polity, accountFactory: settings.accountFactory, maxCostPerActionWei: settings.maxCostPerActionWei };
  return {
    signer,
    async approve(operation) {
      const { account, paymaster } = requireSigner(signer);
      const { calls, maxCostWei } = checkOperation(operation, rules);
      const [, chainTime] = await Promise.all([
        requireResident(context.chain, context.polity, operation.sender).catch((error: unknown) => {
          if (error instanceof ResidencyUnknownError) context.log.warn({ err: error.cause, account: operation.sender }, 'cannot read residency: sponsorship refused for now');
          throw error;
        }),
        chainClock(context),
      ]);
      const approvedAt = now();
      // The EntryPoint compares validUntil with the block's time. A chain whose clock runs ahead of the
      // server's (a development chain moved forward through a voting period) would otherwise get
      // approvals that are expired on arrival; a chain behind it gets a few minutes more, which is harmless.
      const validityClock = new Date(Math.max(approvedAt.getTime(), chainTime.getTime()));
      const validUntil = Math.floor(validityClock.getTime() / 1000) + settings.validForSeconds;
      // validAfter 0: usable at once, whatever the chain's clock says; validUntil bounds the approval.
      const approval = await signApproval(account, operation, { validAfter: 0, validUntil }, {
        name: settings.paymasterName,
        version: settings.paymasterVersion,
        chainId: context.config.chain.id,
        paymaster,
      });
      const targets = calls.map((call) => call.target);
      const selectors = calls.map((call) => call.selector);
      const record = (lapse: LapseWindow | undefined) =>
        recordApproval(
          context.db,
          { account: operation.sender, userOperationHash: approval.userOperationHash, targets, selectors, maxCostWei, validUntil: new Date(validUntil * 1000) },
          {
            now: approvedAt,
            today: dayOf(approvedAt),
            dailyQuota: settings.dailyQuotaPerResident,
            period: budgetPeriodOf(approvedAt, settings.periodDays),
            budgetWei: settings.budgetWei,
            lapse,
            maxPending: settings.maxPendingPerResident,
            validityClock,
          },
        );
      let recorded: Awaited<ReturnType<typeof record>>;
      try {
        recorded = await record(options.lapse?.());
      } catch (error) {
        const refreshable = error instanceof DailyQuotaExhaustedError || error instanceof BudgetExhaustedError || error instanceof TooManyPendingApprovalsError;
        if (!refreshable || !options.refreshLapse) throw error;
        // Before refusing, look at the chain once more: approvals that lapsed unused free quota and
        // budget, and approvals sent already are no longer pending.
        recorded = await record(await options.refreshLapse());
      }
      context.log.info(
        { account: operation.sender, userOperationHash: approval.userOperationHash, maxCostWei: maxCostWei.toString(), repeated: recorded.repeated },
        'sponsorship approved',
      );
      const usedNow = recorded.repeated ? recorded.usedToday : recorded.usedToday + 1;
      return { ...approval, maxCostWei, targets, selectors, remainingToday: Math.max(0, settings.dailyQuotaPerResident - usedNow) };
    },
  };
}
