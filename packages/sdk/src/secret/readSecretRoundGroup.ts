import { readContract } from 'viem/actions';
import type { Address } from 'viem';
import { secretBallotsAbi } from '../contracts/generated.js';
import type { PolityClient } from '../chain/client.js';

export interface ReadSecretRoundGroupParameters {
  /** The polity's `SecretBallots`. */
  readonly secretBallots: Address;
  readonly roundId: bigint;
}

export interface ReadSecretRoundGroupReturnType {
  /** The identity group its ballots prove membership in (0: the city's; district d: d + 1). */
  readonly group: bigint;
  /** The group's root the chain fixed for the round. */
  readonly root: bigint;
  /** When the group was fixed (seconds): the snapshot, or later if identity changes awaited sync then; 0: not yet. */
  readonly fixedAt: number;
}

/** The group a round's secret ballots must prove membership in, as the chain fixed it. */
export async function readSecretRoundGroup(client: PolityClient, { secretBallots, roundId }: ReadSecretRoundGroupParameters): Promise<ReadSecretRoundGroupReturnType> {
  const [group, root, fixedAt] = await readContract(client, { address: secretBallots, abi: secretBallotsAbi, functionName: 'roundGroupOf', args: [roundId] });
  return { group, root, fixedAt };
}
