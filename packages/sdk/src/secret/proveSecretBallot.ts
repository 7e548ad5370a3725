/**
 * A secret ballot's proof: Semaphore v4 (Groth16) that the prover's identity is in the round's group,
 * bound to the ballot's content (the message) and to the round (the scope, which fixes the nullifier:
 * one per identity and round, so a second ballot replaces the first). CPU-heavy, about a second or
 * two: in a browser run it in a worker (web/src/lib/secret/); in Node, many at once on every core with
 * SecretBallotProverPool (`@polity/sdk/node`).
 */
import type { Group } from '@semaphore-protocol/group';
import type { Identity } from '@semaphore-protocol/identity';
import { generateProof } from '@semaphore-protocol/proof';
import type { PolityInvalidInputError } from '../chain/errors/base.js';
import type { NotInSecretGroupError, UnsupportedTreeDepthError } from './errors.js';
import { requireProvable } from './provable.js';
import type { ProvingFiles } from './provingFiles.js';
import type { SecretBallotProof } from './secretBallotProof.js';

export interface ProveSecretBallotParameters {
  readonly identity: Identity;
  /** The round's group at its snapshot (readSecretGroup), whose root the chain holds. */
  readonly group: Group;
  readonly roundId: bigint;
  /** The ballot's message (secretBallotMessage of its content). */
  readonly message: bigint;
  /** The round's scope (secretBallotScope). */
  readonly scope: bigint;
  /** Checked files for `treeDepthForGroupSize(group.size)`. */
  readonly provingFiles: ProvingFiles;
}

export type ProveSecretBallotReturnType = SecretBallotProof;

export type ProveSecretBallotErrorType = NotInSecretGroupError | UnsupportedTreeDepthError | PolityInvalidInputError;

export async function proveSecretBallot({ identity, group, roundId, message, scope, provingFiles }: ProveSecretBallotParameters): Promise<ProveSecretBallotReturnType> {
  const depth = requireProvable({ identity, group, roundId, provingFiles });
  // snarkjs reads a Uint8Array as an in-memory file (fastfile); the artifacts type only names paths.
  const artifacts = { wasm: provingFiles.wasm, zkey: provingFiles.zkey } as unknown as Parameters<typeof generateProof>[5];
  return (await generateProof(identity, group, message, scope, depth, artifacts)) as SecretBallotProof;
}
