import { LiquidTallyError } from './errors.js';

/**
 * The liquid counting rule, as a pure function: the definition the on-chain counting is tested against.
 *
 * For a vote on topic t with snapshot s, each voting unit counts exactly once, for the choice of the
 * first account that voted among its holder and the holder's next `maxDepth` delegates at s (the
 * holder, then its delegate, then theirs, ...). Units with no voter within that reach are not counted:
 * a chain longer than the polity's maximum depth is accepted on chain, and what would travel further is
 * cut off. Someone may vote after any of their delegates already voted: that moves the weight not yet
 * claimed (their own and that of everyone whose units reach the delegate through them) off the
 * delegate's choice onto their own.
 *
 * This implementation follows the definition literally, to be obviously right rather than fast: after
 * every vote it recomputes, for every unit holder, the first voter on its chain, and reports the
 * difference with the previous state as the events a contract emits.
 */

/** An account as it stands for the topic at the snapshot. */
export interface LiquidAccount {
  readonly id: string;
  /** Voting units it holds (0 for a pure delegate). */
  readonly units: bigint;
  /** The account it delegates to on this topic at the snapshot, if any. */
  readonly delegate?: string;
}

export interface LiquidVote<Choice> {
  readonly voter: string;
  readonly choice: Choice;
}

/** What a contract emits, in order. For a vote that takes weight from an earlier voter, the reduction comes first. */
export type LiquidEvent<Choice> =
  /** `voter` (who voted `choice` earlier) lost `amount` because `by` voted. */
  | { readonly kind: 'reduced'; readonly voter: string; readonly choice: Choice; readonly amount: bigint; readonly by: string }
  /** `voter` voted `choice`, counting `weight` at that moment. */
  | { readonly kind: 'cast'; readonly voter: string; readonly choice: Choice; readonly weight: bigint }
  /** `voter` replaced their earlier choice (only with `allowChanges`); their weight does not move. */
  | { readonly kind: 'changed'; readonly voter: string; readonly choice: Choice; readonly weight: bigint };

export interface LiquidTally<Choice> {
  /** Weight counted for each choice, in order of the choice's first vote. */
  readonly tallies: ReadonlyMap<Choice, bigint>;
  /** Weight counted for each voter after all votes, in voting order. */
  readonly weights: ReadonlyMap<string, bigint>;
  /** Each voter's final choice, in voting order. */
  readonly choices: ReadonlyMap<string, Choice>;
  readonly events: readonly LiquidEvent<Choice>[];
}

export interface LiquidTallyOptions {
  /**
   * How many hops a unit travels up its holder's chain at most: the polity's `maxDepth()` (1 to 8). Required,
   * so that a count made here always agrees with the contracts, which cut chains off there.
   */
  readonly maxDepth: number;
  /** Let a voter vote again to replace their choice (budget ballots can be changed). Default false: an error. */
  readonly allowChanges?: boolean;
}

/** Counts `votes`, cast in this order, over `accounts`. Throws {@link LiquidTallyError} on invalid input. */
export function tallyLiquid<Choice>(
  accounts: readonly LiquidAccount[],
  votes: readonly LiquidVote<Choice>[],
  options: LiquidTallyOptions,
): LiquidTally<Choice> {
  const { maxDepth } = options;
  if (!Number.isInteger(maxDepth) || maxDepth < 1) throw new LiquidTallyError(`maxDepth is ${maxDepth}; it must be a whole number of hops, at least 1`);
  const byId = indexAccounts(accounts);
  const choices = new Map<string, Choice>();
  const events: LiquidEvent<Choice>[] = [];
  let weights = weightsOf(byId, choices, maxDepth);
  for (const { voter, choice } of votes) {
    if (choices.has(voter)) {
      if (options.allowChanges !== true) throw new LiquidTallyError(`account ${voter} votes twice; a voter votes once`);
      choices.set(voter, choice);
      events.push({ kind: 'changed', voter, choice, weight: weights.get(voter)! });
      continue;
    }
    choices.set(voter, choice);
    const after = weightsOf(byId, choices, maxDepth);
    for (const [earlier, before] of weights) {
      const now = after.get(earlier)!;
      if (now < before) events.push({ kind: 'reduced', voter: earlier, choice: choices.get(earlier)!, amount: before - now, by: voter });
    }
    events.push({ kind: 'cast', voter, choice, weight: after.get(voter)! });
    weights = after;
  }
  const tallies = new Map<Choice, bigint>();
  for (const [voter, choice] of choices) tallies.set(choice, (tallies.get(choice) ?? 0n) + weights.get(voter)!);
  return { tallies, weights, choices, events };
}

/**
 * The account whose choice a unit holder's units count for: the first that voted among the holder and
 * the next `maxDepth` accounts of its chain (its delegate, theirs, ...), or none. A chain that loops back
 * on itself ends there: the accounts after the loop are ones already looked at.
 */
export function countedFor(
  accounts: ReadonlyMap<string, LiquidAccount>,
  holder: string,
  voted: ReadonlySet<string> | ReadonlyMap<string, unknown>,
  maxDepth: number,
): string | undefined {
  const seen = new Set<string>();
  let account: string | undefined = holder;
  for (let hops = 0; hops <= maxDepth && account !== undefined && !seen.has(account); hops += 1) {
    if (voted.has(account)) return account;
    seen.add(account);
    account = accounts.get(account)?.delegate;
  }
  return undefined;
}

/** Weight of every voter (in voting order): the units of all holders whose units count for them. */
function weightsOf<Choice>(accounts: ReadonlyMap<string, LiquidAccount>, choices: ReadonlyMap<string, Choice>, maxDepth: number): Map<string, bigint> {
  const weights = new Map<string, bigint>();
  for (const voter of choices.keys()) weights.set(voter, 0n);
  for (const account of accounts.values()) {
    const voter = countedFor(accounts, account.id, choices, maxDepth);
    if (voter !== undefined) weights.set(voter, weights.get(voter)! + account.units);
  }
  return weights;
}

function indexAccounts(accounts: readonly LiquidAccount[]): Map<string, LiquidAccount> {
  const byId = new Map<string, LiquidAccount>();
  for (const account of accounts) {
    if (byId.has(account.id)) throw new LiquidTallyError(`account ${account.id} is listed twice`);
    if (account.units < 0n) throw new LiquidTallyError(`account ${account.id} holds ${account.units} units; units cannot be negative`);
    byId.set(account.id, account);
  }
  return byId;
}
