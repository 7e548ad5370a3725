import type { Address } from 'viem';
import { requireAddress } from './address.js';
import { PolityInvalidInputError } from './errors/base.js';

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
  /**
   * Secret ballots (docs/secret-ballots.md): the Semaphore groups residents register their identity in,
   * kept in step with the registry. Absent for polities deployed before secret ballots existed.
   */
  readonly identityGroups?: Address;
  /** Secret ballots: the channel that counts secret and paper ballots into the rounds (the relay sends here). */
  readonly secretBallots?: Address;
  /** The block the polity was deployed in: where its history (the activity reader) starts. */
  readonly deployedAtBlock?: bigint;
}

/** The secret-ballot components, which older polities (and their files) lack. */
export type PolitySecretComponent = 'identityGroups' | 'secretBallots';

export const politySecretComponents: readonly PolitySecretComponent[] = ['identityGroups', 'secretBallots'];

/** The components of a polity, by the names {@link PolityAddresses} uses. */
export type PolityComponent = 'registry' | 'governor' | 'timelock' | 'rounds' | 'results' | 'escrow';

export const polityComponents: readonly PolityComponent[] = ['registry', 'governor', 'timelock', 'rounds', 'results', 'escrow'];

/**
 * Checks that `value` is a usable {@link PolityAddresses}: a chain id, six addresses (returned
 * checksummed), the secret-ballot addresses when present (both or neither), and `deployedAtBlock` as a
 * bigint when present. A block number given as a string (what
 * JSON holds, and what the CLI's polity file stores) is refused with the way out: read such files with
 * `parsePolityFile` or `loadPolityFile`.
 */
export function requirePolity(value: unknown, parameter = 'polity'): PolityAddresses {
  if (typeof value !== 'object' || value === null) {
    throw new PolityInvalidInputError(parameter, `${describe(value)} is not a polity: pass the addresses deployPolity returned (or parsePolityFile/loadPolityFile for a polity file)`);
  }
  const record = value as Record<string, unknown>;
  const chainId = record['chainId'];
  if (typeof chainId !== 'number' || !Number.isSafeInteger(chainId) || chainId <= 0) {
    throw new PolityInvalidInputError(`${parameter}.chainId`, `${describe(chainId)} is not a chain id: expected a positive whole number such as 31337`);
  }
  const addresses = {} as Record<PolityComponent, Address>;
  for (const component of polityComponents) {
    addresses[component] = requireAddress(record[component], `${parameter}.${component}`);
  }
  const secret = {} as Partial<Record<PolitySecretComponent, Address>>;
  for (const component of politySecretComponents) {
    if (record[component] !== undefined) secret[component] = requireAddress(record[component], `${parameter}.${component}`);
  }
  if ((secret.identityGroups === undefined) !== (secret.secretBallots === undefined)) {
    const missing = secret.identityGroups === undefined ? 'identityGroups' : 'secretBallots';
    throw new PolityInvalidInputError(`${parameter}.${missing}`, 'is missing: a polity with secret ballots has both identityGroups and secretBallots (deployPolity returns both)');
  }
  const block = record['deployedAtBlock'];
  if (block !== undefined && (typeof block !== 'bigint' || block < 0n)) {
    const hint =
      typeof block === 'string' || typeof block === 'number'
        ? 'a polity file stores it as a string: read the file with loadPolityFile (Node) or parsePolityFile, which return it as a bigint'
        : 'pass the block number as a bigint, or leave it out';
    throw new PolityInvalidInputError(`${parameter}.deployedAtBlock`, `${describe(block)} is not a block number (a bigint): ${hint}`);
  }
  return { chainId, ...addresses, ...secret, ...(block === undefined ? {} : { deployedAtBlock: block }) };
}

function describe(value: unknown): string {
  if (typeof value === 'bigint') return `${value}n`;
  if (value === undefined) return 'undefined';
  return JSON.stringify(value) ?? String(value);
}
