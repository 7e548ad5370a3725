/**
 * Proves a secret ballot off the main thread: one worker for the page's life (it keeps the checked
 * proving files), one request at a time per call. A refusal inside the worker comes back as an Error
 * with the SDK error's name and message (NotInSecretGroupError, ProvingFileMismatchError, ...).
 */
import type { SecretBallotProof } from '@polity/sdk';
import { provingFilesPath, type ProveRequest, type ProveResponse } from './protocol';

export interface ProveInWorkerParameters {
  readonly seed: Uint8Array;
  /** The round's group in tree order (readSecretGroup's `group.members`). */
  readonly members: readonly bigint[];
  readonly roundId: bigint;
  readonly message: bigint;
  readonly scope: bigint;
  readonly filesUrl?: string;
}

export interface ProveInWorkerResult {
  readonly proof: SecretBallotProof;
  readonly depth: number;
  /** Fetching and checking the proving files (0 after the first proof of a depth). */
  readonly loadMs: number;
  readonly proveMs: number;
}

let worker: Worker | undefined;
let nextId = 0;

function proverWorker(): Worker {
  worker ??= new Worker(new URL('./prover.worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

export function proveInWorker(parameters: ProveInWorkerParameters): Promise<ProveInWorkerResult> {
  const prover = proverWorker();
  const id = ++nextId;
  const request: ProveRequest = {
    id,
    seed: parameters.seed,
    members: parameters.members.map(String),
    roundId: parameters.roundId.toString(),
    message: parameters.message.toString(),
    scope: parameters.scope.toString(),
    filesUrl: parameters.filesUrl ?? provingFilesPath,
  };
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<ProveResponse>) => {
      if (event.data.id !== id) return;
      prover.removeEventListener('message', onMessage);
      const response = event.data;
      if (response.ok) resolve({ proof: response.proof, depth: response.depth, loadMs: response.loadMs, proveMs: response.proveMs });
      else reject(Object.assign(new Error(response.message), { name: response.name }));
    };
    prover.addEventListener('message', onMessage);
    prover.postMessage(request);
  });
}
