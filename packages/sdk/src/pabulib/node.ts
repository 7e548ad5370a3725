/// <reference types="node" />
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { decodePabulib, type DecodePabulibOptions } from './decode.js';
import { parsePabulib, type ParsePabulibOptions } from './parse.js';
import type { PabulibFile } from './types.js';

const gunzipAsync = promisify(gunzip);

export interface ReadPabulibFileOptions extends Pick<ParsePabulibOptions, 'strict' | 'onWarning'>, Pick<DecodePabulibOptions, 'encoding'> {}

/**
 * Reads a `.pb` file, or a gzip-compressed `.pb.gz`, from disk (Node only; the parser itself takes a
 * string and runs anywhere). Errors from the decoder and the parser name the file. A missing file
 * rejects with Node's own `ENOENT` error.
 */
export async function readPabulibFile(path: string, options: ReadPabulibFileOptions = {}): Promise<PabulibFile> {
  const source = basename(path);
  return parsePabulib(await readPabulibText(path, options), { ...options, source });
}

/**
 * The text of a `.pb` or `.pb.gz` file (gzip is recognised by its magic bytes, not the name), decoded
 * by {@link decodePabulib}: UTF-8, or the encoding a byte-order mark or `encoding` names; anything else
 * is refused with a `PabulibEncodingError` naming the likely encoding.
 */
export async function readPabulibText(path: string, options: Pick<DecodePabulibOptions, 'encoding'> = {}): Promise<string> {
  const bytes = await readFile(path);
  const gzipped = bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  return decodePabulib(gzipped ? await gunzipAsync(bytes) : bytes, { ...options, source: basename(path) }).text;
}
