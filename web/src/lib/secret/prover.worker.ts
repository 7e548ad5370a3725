/**
 * The proving worker: a Semaphore proof takes a second or more of full CPU, which would freeze the
 * page on the main thread. The proving files come from the app's own origin and are used only when
 * their SHA-256 matches the pinned one (the SDK's fetchProvingFiles); they are kept for the next proof.
 */
import { createSecretGroup, fetchProvingFiles, proveSecretBallot, secretIdentityFromSeed, treeDepthForGroupSize, type ProvingFiles } from '@polity/sdk';
import type { ProveRequest, ProveResponse } from './protocol';

const loaded = new Map<number, Promise<ProvingFiles>>();

function filesFor(depth: number, filesUrl: string): Promise<ProvingFiles> {
  let files = loaded.get(depth);
  if (!files) {
    files = fetchProvingFiles({ depth, baseUrl: new URL(filesUrl, self.location.origin) });
    // A failed fetch is not kept: the next ballot tries again.
    files.catch(() => loaded.delete(depth));
    loaded.set(depth, files);
  }
  return files;
}

self.onmessage = async (event: MessageEvent<ProveRequest>) => {
  const request = event.data;
  let response: ProveResponse;
  try {
    const group = createSecretGroup(request.members.map(BigInt));
    const depth = treeDepthForGroupSize(group.size);
    const started = performance.now();
    const provingFiles = await filesFor(depth, request.filesUrl);
    const loadedAt = performance.now();
    const proof = await proveSecretBallot({
      identity: secretIdentityFromSeed(request.seed),
      group,
      roundId: BigInt(request.roundId),
      message: BigInt(request.message),
      scope: BigInt(request.scope),
      provingFiles,
    });
    response = { id: request.id, ok: true, proof, depth, loadMs: loadedAt - started, proveMs: performance.now() - loadedAt };
  } catch (error) {
    response = { id: request.id, ok: false, name: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
