/// <reference types="node" />
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPabulibFile } from '../src/pabulib/node.js';
import type { PabulibFile } from '../src/pabulib/types.js';

/** The repository's copies of real pabulib elections (test/data/pabulib at the root). */
export const pabulibDirectory = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'test', 'data', 'pabulib');

/** File names in the data folder, `.pb` and `.pb.gz`. */
export function pabulibFileNames(): string[] {
  return readdirSync(pabulibDirectory)
    .filter((name) => name.endsWith('.pb') || name.endsWith('.pb.gz'))
    .sort();
}

const cache = new Map<string, Promise<PabulibFile>>();

/** Reads (once per test process) a file of the data folder by name. */
export function loadPabulib(name: string): Promise<PabulibFile> {
  let file = cache.get(name);
  if (file === undefined) {
    file = readPabulibFile(join(pabulibDirectory, name));
    cache.set(name, file);
  }
  return file;
}
