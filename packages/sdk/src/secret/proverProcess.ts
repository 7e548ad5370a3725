/**
 * The child process behind each worker of SecretBallotProverPool (proverPool.ts): proves secret
 * ballots off the pool owner's process with the SDK's own proveSecretBallot. A process, not a worker
 * thread: snarkjs's thread pool (ffjavascript through the `web-worker` package) takes any worker thread
 * that loads it for one of its own and fails there, so it must run on a process's main thread.
 * A round's group and proving files arrive once per process (the pool sends them with the first ballot
 * that needs them) and are kept while ballots use them; each ballot brings only its identity, message
 * and scope.
 */
import type { Group } from '@semaphore-protocol/group';
import { Identity } from '@semaphore-protocol/identity';
import { proveSecretBallot } from './proveSecretBallot.js';
import { checkProvingFiles, type ProvingFiles } from './provingFiles.js';
import type { SecretBallotProof } from './secretBallotProof.js';
import { createSecretGroup } from './secretGroup.js';

/** One ballot to prove. `group` and `provingFiles` travel only when the worker does not hold `groupKey` / `filesKey` yet. */
export interface ProverRequest {
  readonly id: number;
  /** The identity's private key as Semaphore exports it (`identity.export()`), over the pipe to this child only. */
  readonly identity: string;
  readonly groupKey: number;
  readonly group?: readonly bigint[];
  readonly filesKey: number;
  readonly provingFiles?: ProvingFiles;
  readonly roundId: bigint;
  readonly message: bigint;
  readonly scope: bigint;
}

export type ProverResponse =
  | { readonly id: number; readonly proof: SecretBallotProof; readonly milliseconds: number }
  | { readonly id: number; readonly error: { readonly name: string; readonly message: string } };

const send = process.send?.bind(process);
if (!send) throw new Error('proverProcess runs as a child process of SecretBallotProverPool (with an IPC channel), not on its own');
// The pool's process went away: nothing is left to prove for.
process.on('disconnect', () => process.exit(0));

// Only the latest group and files are kept: a pool proves one round at a time in practice, and a
// worker holding every group it ever saw would grow without bound in a long-lived server.
let group: { key: number; value: Group } | undefined;
let files: { key: number; value: Promise<ProvingFiles> } | undefined;

process.on('message', async (request: ProverRequest) => {
  try {
    if (request.group) group = { key: request.groupKey, value: createSecretGroup(request.group) };
    // Checked again here: the bytes crossed a process boundary, and checking costs a hash once per process.
    if (request.provingFiles) files = { key: request.filesKey, value: checkProvingFiles(request.provingFiles) };
    if (group?.key !== request.groupKey || files?.key !== request.filesKey) throw new Error(`worker was sent ballot ${request.id} without its group or proving files: a defect of SecretBallotProverPool`);
    const started = performance.now();
    const proof = await proveSecretBallot({
      identity: Identity.import(request.identity),
      group: group.value,
      roundId: request.roundId,
      message: request.message,
      scope: request.scope,
      provingFiles: await files.value,
    });
    send({ id: request.id, proof, milliseconds: performance.now() - started } satisfies ProverResponse);
  } catch (error) {
    const { name, message } = error instanceof Error ? error : new Error(String(error));
    send({ id: request.id, error: { name, message } } satisfies ProverResponse);
  }
});
