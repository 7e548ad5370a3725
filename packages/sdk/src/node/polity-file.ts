/// <reference types="node" />
import { readFile } from 'node:fs/promises';
import { parsePolityFile, PolityFileError, type PolityFile } from '../chain/polity-file.js';

/**
 * Reads a polity file from disk (what `polity deploy` writes to `.polity/<name>.json`), checked:
 * addresses checksummed, the deployment block a bigint. Throws a {@link PolityFileError} that names the
 * file and what is wrong with it, a missing file included.
 */
export async function loadPolityFile(path: string): Promise<PolityFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem = code === 'ENOENT' ? 'does not exist (`polity deploy` writes it to .polity/<name>.json)' : `cannot be read (${(error as Error).message})`;
    throw new PolityFileError({ source: path, problem, cause: error });
  }
  return parsePolityFile(text, { source: path });
}
