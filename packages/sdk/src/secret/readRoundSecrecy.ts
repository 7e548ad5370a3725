import type { Address } from 'viem';
import { readContract } from 'viem/actions';
import { budgetRoundsAbi } from '../contracts/generated.js';
import { decodePolityError } from '../chain/errors/decode.js';
import type { PolityClient } from '../chain/client.js';
import { requireAddress } from '../chain/address.js';

export interface ReadRoundSecrecyParameters {
  /** The polity's `BudgetRounds`. */
  readonly rounds: Address;
  readonly roundId: bigint;
}

export interface ReadRoundSecrecyReturnType {
  /** Whether the round takes secret ballots (opened with `openSecretRound`): no delegation, no account on a ballot. */
  readonly secret: boolean;
  /** The round's district (0: the whole city). */
  readonly district: number;
  /** The round's snapshot (seconds; 0 before voting opens): the group of secret voters is the one registered by then. */
  readonly snapshot: number;
}

/** Whether a round's ballots are secret, its district and its snapshot, as the chain holds them. */
export async function readRoundSecrecy(client: PolityClient, { rounds, roundId }: ReadRoundSecrecyParameters): Promise<ReadRoundSecrecyReturnType> {
  try {
    const [secret, district, snapshot] = await readContract(client, { address: requireAddress(rounds, 'rounds'), abi: budgetRoundsAbi, functionName: 'secrecyOf', args: [roundId] });
    return { secret, district, snapshot };
  } catch (error) {
    throw decodePolityError(error, client);
  }
}
