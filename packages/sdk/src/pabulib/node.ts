/// <reference types="node" />
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { parsePabulib } from './parse.js';
import type { PabulibFile } from './types.js';

const gunzipAsync = promisify(gunzip);

/**
 * Reads a `.pb` file, or a gzip-compressed `.pb.gz`, from disk (Node only; the parser itself takes a
 * string and runs anywhere). Errors from the parser name the file. A missing file rejects with Node's
 * own `ENOENT` error.
 */
export async function readPabulibFile(path: string): Promise<PabulibFile> {
  return parsePabulib(await readPabulibText(path), { source: basename(path) });
}

/** The text of a `.pb` or `.pb.gz` file (gzip is recognised by its magic bytes, not the name). */
export async function readPabulibText(path: string): Promise<string> {
  const bytes = await readFile(path);
  const gzipped = bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  return (gzipped ? await gunzipAsync(bytes) : bytes).toString('utf8');
}
