import type { Address } from 'viem';

/**
 * Where a deployed polity lives: its chain and the address of each component. Every action takes this
 * object and refuses to send anything when the client is connected to another chain.
 */
export interface PolityAddresses {
  /** The chain the polity was deployed on (31337 for a local anvil). */
  readonly chainId: number;
  /** Residents, districts and liquid delegation (the votes source). */
  readonly registry: Address;
  /** The Governor: proposals and votes. */
  readonly governor: Address;
  /** The TimelockController: executes passed proposals and holds the treasury. */
  readonly timelock: Address;
  /** Participatory-budgeting rounds: projects, review, ballots. */
  readonly rounds: Address;
  /** Round results: greedy counts and equal-shares outcomes. */
  readonly results: Address;
  /** The milestone escrow that pays funded projects. */
  readonly escrow: Address;
  /** The block the polity was deployed in: where its history (the activity reader) starts. */
  readonly deployedAtBlock?: bigint;
}

/** The components of a polity, by the names {@link PolityAddresses} uses. */
export type PolityComponent = 'registry' | 'governor' | 'timelock' | 'rounds' | 'results' | 'escrow';

export const polityComponents: readonly PolityComponent[] = ['registry', 'governor', 'timelock', 'rounds', 'results', 'escrow'];
