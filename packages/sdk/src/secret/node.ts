/**
 * Node only: the proving files read from the installed `@zk-kit/semaphore-artifacts` package (the
 * server, the CLI, tests and benchmarks), checked against the pinned hashes like the browser's.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ProvingFileUnavailableError } from './errors.js';
import { checkProvingFiles, provingFileNames, type ProvingFiles } from './provingFiles.js';

/** The folder holding `semaphore-<depth>.wasm|.zkey` (what a web build copies). */
export function provingFilesDirectory(): string {
  return dirname(createRequire(import.meta.url).resolve('@zk-kit/semaphore-artifacts/package.json'));
}

/** Reads and checks the proving files for a tree depth. */
export async function readProvingFiles(depth: number, directory = provingFilesDirectory()): Promise<ProvingFiles> {
  const names = provingFileNames(depth);
  const read = async (name: string) => {
    try {
      return new Uint8Array(await readFile(join(directory, name)));
    } catch (cause) {
      throw new ProvingFileUnavailableError({ file: join(directory, name), cause });
    }
  };
  const [wasm, zkey] = await Promise.all([read(names.wasm), read(names.zkey)]);
  return checkProvingFiles({ depth, wasm, zkey });
}
