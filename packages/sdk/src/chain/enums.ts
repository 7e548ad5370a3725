import { keccak256, toHex, type Hex } from 'viem';

/**
 * Names for the contracts' enums, index for index (Solidity returns them as numbers). Keeping them here
 * lets messages and results speak the domain's words ("voting") instead of numbers.
 */
export const roundPhases = ['submission', 'review', 'voting', 'result'] as const;
export type RoundPhase = (typeof roundPhases)[number];

export const ballotKinds = ['approval', 'knapsack', 'cumulative'] as const;
export type BallotKind = (typeof ballotKinds)[number];

export const countingRules = ['greedy', 'equal-shares'] as const;
export type CountingRule = (typeof countingRules)[number];

export const outcomeCompletions = ['none', 'add1', 'add1-exhaustive', 'utilitarian'] as const;
export type OutcomeCompletion = (typeof outcomeCompletions)[number];

export const projectStatuses = ['submitted', 'accepted', 'rejected'] as const;
export type ProjectStatus = (typeof projectStatuses)[number];

export const resultStatuses = ['none', 'proposed', 'challenged', 'final'] as const;
export type ResultStatus = (typeof resultStatuses)[number];

export const grantStatuses = ['none', 'active', 'completed', 'stopped'] as const;
export type GrantStatus = (typeof grantStatuses)[number];

/** OpenZeppelin's Governor `ProposalState`, in order. */
export const proposalStates = ['pending', 'active', 'canceled', 'defeated', 'succeeded', 'queued', 'expired', 'executed'] as const;
export type ProposalState = (typeof proposalStates)[number];

/** Governor Bravo vote types, in the contract's order (Against = 0). */
export const voteSupports = ['against', 'for', 'abstain'] as const;
export type VoteSupport = (typeof voteSupports)[number];

/** The name at `index` of an enum's names, or `#index` for a value the SDK does not know. */
export function enumName<const names extends readonly string[]>(names: names, index: number | bigint): names[number] | `#${number}` {
  return names[Number(index)] ?? `#${Number(index)}`;
}

/** The index of `name` in an enum's names (what the contract expects). */
export function enumIndex<const names extends readonly string[]>(names: names, name: names[number]): number {
  return names.indexOf(name);
}

const role = (name: string): Hex => keccak256(toHex(name));

/** The roles of Polity's contracts, by hash, with who normally holds them. */
export const roleNames: ReadonlyMap<Hex, string> = new Map([
  ['0x0000000000000000000000000000000000000000000000000000000000000000', 'DEFAULT_ADMIN_ROLE (governance: the timelock)'],
  [role('REGISTRAR_ROLE'), 'REGISTRAR_ROLE (the identity office)'],
  [role('COUNCIL_ROLE'), 'COUNCIL_ROLE (the council)'],
  [role('ROUND_MANAGER_ROLE'), 'ROUND_MANAGER_ROLE (governance, or the council if governance granted it)'],
  [role('PROPOSER_ROLE'), 'PROPOSER_ROLE (the Governor)'],
  [role('EXECUTOR_ROLE'), 'EXECUTOR_ROLE (the Governor)'],
  [role('CANCELLER_ROLE'), 'CANCELLER_ROLE (the Governor)'],
]);

/** The human number of a proposal (1, 2, 3, ...): ids carry it in their low 64 bits. */
export function proposalSequence(proposalId: bigint): bigint {
  return proposalId & 0xffffffffffffffffn;
}

/** The topic a proposal is decided on: ids carry it from bit 72. */
export function proposalTopic(proposalId: bigint): number {
  return Number((proposalId >> 72n) & 0xffn);
}
