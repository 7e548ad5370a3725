/**
 * Semaphore's proving files (circuit wasm and Groth16 zkey, one pair per tree depth), accepted only
 * when their SHA-256 is the one pinned from `@zk-kit/semaphore-artifacts` 4.13.0. Works the same in a
 * browser (files the app serves itself) and in Node (files read from the package: `@polity/sdk/node`).
 */
import { bytesToHex } from 'viem';
import { ProvingFileMismatchError, ProvingFileUnavailableError, UnsupportedTreeDepthError } from './errors.js';
import { pinnedProvingFiles } from './pinned-proving-files.js';

/** The two files a proof of one tree depth needs, as bytes (snarkjs reads them from memory). */
export interface ProvingFiles {
  readonly depth: number;
  readonly wasm: Uint8Array;
  readonly zkey: Uint8Array;
}

export const minimumTreeDepth = 1;
export const maximumTreeDepth = 32;

/** The file names the npm package uses, which the app serves under the same names. */
export function provingFileNames(depth: number): { wasm: string; zkey: string } {
  requireSupportedDepth(depth);
  return { wasm: `semaphore-${depth}.wasm`, zkey: `semaphore-${depth}.zkey` };
}

/**
 * The proof's tree depth for a group of `size` members: the depth of its Lean IMT (at least 1).
 * The smallest depth proves fastest; the depth tells nothing the group's public size does not.
 */
export function treeDepthForGroupSize(size: number): number {
  const depth = Math.max(minimumTreeDepth, Math.ceil(Math.log2(Math.max(size, 1))));
  requireSupportedDepth(depth);
  return depth;
}

/** Throws {@link ProvingFileMismatchError} unless both files are exactly the pinned ones for their depth. */
export async function checkProvingFiles(files: ProvingFiles): Promise<ProvingFiles> {
  const names = provingFileNames(files.depth);
  const pinned = pinnedProvingFiles[files.depth]!;
  await Promise.all([
    checkOne(names.wasm, files.wasm, pinned.wasm.sha256),
    checkOne(names.zkey, files.zkey, pinned.zkey.sha256),
  ]);
  return files;
}

async function checkOne(file: string, bytes: Uint8Array, expectedSha256: string): Promise<void> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  const actualSha256 = bytesToHex(digest).slice(2);
  if (actualSha256 !== expectedSha256) throw new ProvingFileMismatchError({ file, expectedSha256, actualSha256 });
}

export interface FetchProvingFilesParameters {
  readonly depth: number;
  /** Where the app serves the files, e.g. `/semaphore` (resolved against the page or worker's URL). */
  readonly baseUrl: string | URL;
  readonly fetchFn?: typeof fetch;
}

/** Fetches the files for a depth from the app's own origin and checks them against the pinned hashes. */
export async function fetchProvingFiles({ depth, baseUrl, fetchFn = fetch }: FetchProvingFilesParameters): Promise<ProvingFiles> {
  const names = provingFileNames(depth);
  const base = String(baseUrl).replace(/\/+$/, '');
  const [wasm, zkey] = await Promise.all([fetchBytes(`${base}/${names.wasm}`, fetchFn), fetchBytes(`${base}/${names.zkey}`, fetchFn)]);
  return checkProvingFiles({ depth, wasm, zkey });
}

async function fetchBytes(url: string, fetchFn: typeof fetch): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetchFn(url);
  } catch (cause) {
    throw new ProvingFileUnavailableError({ file: url, cause });
  }
  if (!response.ok) throw new ProvingFileUnavailableError({ file: url, cause: new Error(`HTTP ${response.status}`) });
  return new Uint8Array(await response.arrayBuffer());
}

function requireSupportedDepth(depth: number): void {
  if (!Number.isInteger(depth) || depth < minimumTreeDepth || depth > maximumTreeDepth) throw new UnsupportedTreeDepthError(depth);
}
