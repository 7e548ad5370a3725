import { readContract } from 'viem/actions';
import type { Address } from 'viem';
import { secretBallotsAbi } from '../contracts/generated.js';
import type { PolityClient } from '../chain/client.js';

export interface ReadSecretBallotRevisionParameters {
  readonly secretBallots: Address;
  readonly roundId: bigint;
  readonly nullifier: bigint;
}

/** The revision of the ballot counted under a nullifier in a round (0: none yet); the next one must exceed it. */
export async function readSecretBallotRevision(client: PolityClient, { secretBallots, roundId, nullifier }: ReadSecretBallotRevisionParameters): Promise<bigint> {
  return readContract(client, { address: secretBallots, abi: secretBallotsAbi, functionName: 'revisionOf', args: [roundId, nullifier] });
}
