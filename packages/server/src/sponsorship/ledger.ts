/**
 * What the city has agreed to pay for, in `sponsored_actions`: the one place the quota and the budget
 * are counted. An approval is counted and recorded in one transaction that first takes a transaction-
 * scoped advisory lock, so that approvals are decided one at a time: two requests arriving together
 * on a PostgreSQL server with many connections cannot both take the last action of a quota or the last
 * wei of a budget. (The embedded database has one connection and runs transactions one after the other
 * anyway; the lock costs nothing there.)
 */
import { and, count, desc, eq, gt, gte, isNull, lt, min, not, sql, type SQL } from 'drizzle-orm';
import type { Address, Hex } from 'viem';
import type { PolityDatabase } from '../db/open.js';
import { sponsoredActions } from '../db/schema.js';
import { BudgetExhaustedError, DailyQuotaExhaustedError, TooManyPendingApprovalsError } from './errors.js';
import type { Period } from './period.js';
import type { LapseWindow } from './reconcile.js';

/** The advisory lock every approval takes ("spon"). */
const approvalLock = 0x73706f6e;

export interface ActionToRecord {
  readonly account: Address;
  readonly userOperationHash: Hex;
  readonly targets: readonly Address[];
  readonly selectors: readonly Hex[];
  readonly maxCostWei: bigint;
  readonly validUntil: Date;
}

export interface RecordLimits {
  readonly now: Date;
  readonly today: Period;
  readonly dailyQuota: number;
  readonly period: Period;
  readonly budgetWei: bigint;
  /** Approvals that lapsed unused, which no longer count against the quota or the budget. */
  readonly lapse: LapseWindow | undefined;
  /** How many approvals one account may hold that are neither seen on chain nor expired. */
  readonly maxPending: number;
  /** The time approvals' `validUntil` is measured against (the later of the server's and the chain's clock). */
  readonly validityClock: Date;
}

export interface RecordedApproval {
  /** Actions the resident had approved today before this one (lapsed ones aside). */
  readonly usedToday: number;
  /** What is left of the period's budget after this action. */
  readonly budgetLeftWei: bigint;
  /** The very same operation had been approved already: it was not counted twice. */
  readonly repeated: boolean;
}

/** Approvals that lapsed unused, as SQL (none while the reconciliation has not read enough). */
function lapsed(lapse: LapseWindow | undefined): SQL {
  if (!lapse) return sql`false`;
  return and(isNull(sponsoredActions.transactionHash), gte(sponsoredActions.approvedAt, lapse.approvedFrom), lt(sponsoredActions.validUntil, lapse.expiredBefore))!;
}

/**
 * What counts against a period's budget: what an action cost once the chain says so; nothing once it
 * lapsed unused; until then the most it can cost.
 */
function committedWei(lapse: LapseWindow | undefined): SQL<string> {
  return sql<string>`coalesce(sum(case
    when ${sponsoredActions.paidWei} is not null then ${sponsoredActions.paidWei}
    when ${lapsed(lapse)} then 0
    else ${sponsoredActions.maxCostWei} end), 0)`;
}

/** Whether an action not seen on chain has lapsed, by what the reconciliation has read. */
export function hasLapsed(action: Pick<SponsoredActionRow, 'transactionHash' | 'approvedAt' | 'validUntil'>, lapse: LapseWindow | undefined): boolean {
  return action.transactionHash === null && lapse !== undefined && action.approvedAt >= lapse.approvedFrom && action.validUntil < lapse.expiredBefore;
}

const within = (period: Period): SQL => and(gte(sponsoredActions.approvedAt, period.start), lt(sponsoredActions.approvedAt, period.end))!;

/**
 * Counts the action against the resident's quota and the city's budget and records it, or throws the
 * refusal ({@link DailyQuotaExhaustedError}, {@link BudgetExhaustedError},
 * {@link TooManyPendingApprovalsError}, in that order) and records nothing.
 */
export async function recordApproval(db: PolityDatabase, action: ActionToRecord, limits: RecordLimits): Promise<RecordedApproval> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${approvalLock})`);
    const [already] = await tx.select({ id: sponsoredActions.id }).from(sponsoredActions).where(eq(sponsoredActions.userOperationHash, action.userOperationHash));
    const [{ usedToday } = { usedToday: 0 }] = await tx
      .select({ usedToday: count() })
      .from(sponsoredActions)
      // An approval that lapsed unused was no action the city paid for: it does not use up the quota.
      .where(and(eq(sponsoredActions.account, action.account), within(limits.today), not(lapsed(limits.lapse))));
    const [{ committed } = { committed: '0' }] = await tx.select({ committed: committedWei(limits.lapse) }).from(sponsoredActions).where(within(limits.period));
    const left = limits.budgetWei - BigInt(committed);
    if (already) return { usedToday, budgetLeftWei: left, repeated: true };
    if (usedToday >= limits.dailyQuota) throw new DailyQuotaExhaustedError(limits.dailyQuota, usedToday);
    if (action.maxCostWei > left) throw new BudgetExhaustedError(limits.period.end, left > 0n ? left : 0n, action.maxCostWei);
    // Pending: not seen on chain and not expired (so not lapsed either). An approval sent but not yet
    // read by the reconciliation still counts; the sponsor reads the chain once before refusing.
    const [{ pending, nextExpiry } = { pending: 0, nextExpiry: null }] = await tx
      .select({ pending: count(), nextExpiry: min(sponsoredActions.validUntil) })
      .from(sponsoredActions)
      .where(and(eq(sponsoredActions.account, action.account), isNull(sponsoredActions.transactionHash), gt(sponsoredActions.validUntil, limits.validityClock)));
    if (pending >= limits.maxPending) throw new TooManyPendingApprovalsError(limits.maxPending, nextExpiry ?? limits.validityClock);
    await tx.insert(sponsoredActions).values({
      account: action.account,
      userOperationHash: action.userOperationHash,
      targets: [...action.targets],
      selectors: [...action.selectors],
      maxCostWei: action.maxCostWei.toString(),
      approvedAt: limits.now,
      validUntil: action.validUntil,
    });
    return { usedToday, budgetLeftWei: left - action.maxCostWei, repeated: false };
  });
}

/** What the period's approvals have committed of the budget (paid, or at most to be paid, lapsed ones aside). */
export async function committedInPeriod(db: PolityDatabase, period: Period, lapse: LapseWindow | undefined): Promise<bigint> {
  const [{ committed } = { committed: '0' }] = await db.select({ committed: committedWei(lapse) }).from(sponsoredActions).where(within(period));
  return BigInt(committed);
}

export type SponsoredActionRow = typeof sponsoredActions.$inferSelect;

export interface ActionsPage {
  readonly actions: readonly SponsoredActionRow[];
  /** Pass as `cursor` for the next (older) page; undefined on the last page. */
  readonly nextCursor: string | undefined;
}

/** Approved actions, newest first, optionally one account's. The cursor is the last row's id. */
export async function listActions(db: PolityDatabase, query: { account?: Address; limit: number; cursor?: number }): Promise<ActionsPage> {
  const conditions = [query.account ? eq(sponsoredActions.account, query.account) : undefined, query.cursor === undefined ? undefined : lt(sponsoredActions.id, query.cursor)];
  const rows = await db
    .select()
    .from(sponsoredActions)
    .where(and(...conditions))
    .orderBy(desc(sponsoredActions.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  return { actions: page, nextCursor: rows.length > query.limit ? String(page[page.length - 1]!.id) : undefined };
}

export interface PeriodSummary {
  readonly count: number;
  readonly maxCostWei: bigint;
  /** What the chain says was paid, for the actions seen on chain so far. */
  readonly paidWei: bigint;
  /** How many of them were seen on chain. */
  readonly settled: number;
}

/** The period's approvals, optionally one account's: how many, their most possible cost, what was paid. */
export async function summarisePeriod(db: PolityDatabase, period: Period, account?: Address): Promise<PeriodSummary> {
  const [row] = await db
    .select({
      count: count(),
      maxCostWei: sql<string>`coalesce(sum(${sponsoredActions.maxCostWei}), 0)`,
      paidWei: sql<string>`coalesce(sum(${sponsoredActions.paidWei}), 0)`,
      settled: count(sponsoredActions.transactionHash),
    })
    .from(sponsoredActions)
    .where(and(within(period), account ? eq(sponsoredActions.account, account) : undefined));
  return { count: row?.count ?? 0, maxCostWei: BigInt(row?.maxCostWei ?? 0), paidWei: BigInt(row?.paidWei ?? 0), settled: row?.settled ?? 0 };
}

/** Whether some approval could still land on chain (not seen yet, not long expired). */
export async function awaitingSettlement(db: PolityDatabase, expiredBefore: Date): Promise<boolean> {
  const rows = await db
    .select({ id: sponsoredActions.id })
    .from(sponsoredActions)
    .where(and(isNull(sponsoredActions.transactionHash), gte(sponsoredActions.validUntil, expiredBefore)))
    .limit(1);
  return rows.length > 0;
}

export interface Settlement {
  readonly userOperationHash: Hex;
  readonly transactionHash: Hex;
  readonly gasUsed: bigint;
  readonly paidWei: bigint;
}

/** Records what the chain says an approved operation cost; returns whether it was one of ours. */
export async function recordSettlement(db: PolityDatabase, settlement: Settlement): Promise<boolean> {
  const updated = await db
    .update(sponsoredActions)
    .set({ transactionHash: settlement.transactionHash, gasUsed: settlement.gasUsed.toString(), paidWei: settlement.paidWei.toString() })
    .where(eq(sponsoredActions.userOperationHash, settlement.userOperationHash))
    .returning({ id: sponsoredActions.id });
  return updated.length > 0;
}
