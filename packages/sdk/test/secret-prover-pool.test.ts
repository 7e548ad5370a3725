/**
 * The Node prover pool (SecretBallotProverPool, '@polity/sdk/node'): ballots proved on worker threads
 * are the proofs proveSecretBallot makes on the calling thread would be (they verify, and carry the
 * identity's nullifier, the round's scope and the ballot's message); bad inputs are refused before any
 * worker sees them, with proveSecretBallot's own errors; a closed pool refuses instead of hanging.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readProvingFiles } from '../src/secret/node.js';
import { createSecretBallotProverPool } from '../src/secret/proverPool.js';
import {
  createSecretGroup,
  NotInSecretGroupError,
  SecretBallotProverError,
  secretBallotMessage,
  secretBallotNullifier,
  secretBallotScope,
  secretIdentityFromSeed,
  treeDepthForGroupSize,
  verifySecretBallotProof,
} from '../src/secret/index.js';

const identities = Array.from({ length: 5 }, (_, index) => secretIdentityFromSeed(new Uint8Array(32).fill(index + 1)));
const group = createSecretGroup(identities.slice(0, 4).map((identity) => identity.commitment));
const scope = secretBallotScope({ chainId: 31337, rounds: '0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0', roundId: 3n });
const pool = createSecretBallotProverPool({ workers: 2 });

afterAll(() => pool.close());

describe('SecretBallotProverPool', () => {
  it('proves several ballots at once, each one valid and bound to its identity, round and content', async () => {
    const provingFiles = await readProvingFiles(treeDepthForGroupSize(group.size));
    const ballots = identities.slice(0, 4).map((identity, voter) => ({ identity, message: secretBallotMessage({ revision: 1n, projects: [voter, 7], points: [] }) }));
    const proofs = await Promise.all(ballots.map(({ identity, message }) => pool.prove({ identity, group, roundId: 3n, message, scope, provingFiles })));
    for (const [voter, proof] of proofs.entries()) {
      expect(await verifySecretBallotProof(proof)).toBe(true);
      expect(BigInt(proof.nullifier)).toBe(secretBallotNullifier(ballots[voter]!.identity, scope));
      expect(BigInt(proof.message)).toBe(ballots[voter]!.message);
      expect(BigInt(proof.scope)).toBe(scope);
      expect(BigInt(proof.merkleTreeRoot)).toBe(group.root);
    }
    expect(pool.timing().proofs).toBe(4);
    expect(pool.timing().provingMilliseconds).toBeGreaterThan(0);
  }, 300_000);

  it('refuses an identity outside the group, or files of another depth, as proveSecretBallot does', async () => {
    const provingFiles = await readProvingFiles(treeDepthForGroupSize(group.size));
    const message = secretBallotMessage({ revision: 1n, projects: [1], points: [] });
    await expect(pool.prove({ identity: identities[4]!, group, roundId: 3n, message, scope, provingFiles })).rejects.toThrow(NotInSecretGroupError);
    const otherDepth = await readProvingFiles(treeDepthForGroupSize(group.size) + 1);
    await expect(pool.prove({ identity: identities[0]!, group, roundId: 3n, message, scope, provingFiles: otherDepth })).rejects.toThrow(/load the files for depth 2/);
  }, 300_000);

  it('refuses to prove once closed', async () => {
    const closed = createSecretBallotProverPool({ workers: 1 });
    const provingFiles = await readProvingFiles(treeDepthForGroupSize(group.size));
    await closed.close();
    const message = secretBallotMessage({ revision: 1n, projects: [1], points: [] });
    await expect(closed.prove({ identity: identities[0]!, group, roundId: 3n, message, scope, provingFiles })).rejects.toThrow(SecretBallotProverError);
    expect(() => createSecretBallotProverPool({ workers: 0 })).toThrow(SecretBallotProverError);
  });
});
