/**
 * The relay's side: sends `SecretBallots.castSecretBallot` from the relay's account (never the
 * resident's), after simulating it so that the contract's refusal comes back decoded, and waits for it
 * to be mined.
 */
import type { Address, Hash } from 'viem';
import { decodePolityError } from '../chain/errors/decode.js';
import { sendPolityCall, type PolityClient } from '../chain/client.js';
import { secretBallotsAbi } from '../contracts/generated.js';

export interface CastSecretBallotThroughContractParameters {
  readonly secretBallots: Address;
  readonly roundId: bigint;
  readonly projects: readonly number[];
  readonly points: readonly number[];
  readonly revision: bigint;
  readonly proof: {
    readonly merkleTreeDepth: number;
    readonly merkleTreeRoot: bigint;
    readonly nullifier: bigint;
    readonly message: bigint;
    readonly scope: bigint;
    readonly points: readonly bigint[];
  };
}

/** `sender` holds the relay's account; `reader` may be another client of the same chain. */
export async function castSecretBallotThroughContract(sender: PolityClient, reader: PolityClient, parameters: CastSecretBallotThroughContractParameters): Promise<Hash> {
  const { proof } = parameters;
  try {
    const { hash } = await sendPolityCall(sender, {
      address: parameters.secretBallots,
      abi: secretBallotsAbi,
      functionName: 'castSecretBallot',
      args: [
        parameters.roundId,
        parameters.projects,
        parameters.points,
        parameters.revision,
        { merkleTreeDepth: BigInt(proof.merkleTreeDepth), merkleTreeRoot: proof.merkleTreeRoot, nullifier: proof.nullifier, message: proof.message, scope: proof.scope, points: proof.points as unknown as readonly [bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint] },
      ],
      account: undefined,
      onSent: undefined,
      action: 'castSecretBallot',
    });
    return hash;
  } catch (error) {
    throw decodePolityError(error, reader);
  }
}
