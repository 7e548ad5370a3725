import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parsePolityFile as parsePolityFileText, PolityFileError, stringifyPolityFile, type PolityFile } from '@polity/sdk';
import { CliError } from './errors.js';
import type { CliIo } from './io.js';

/**
 * What `polity deploy` writes and the other commands read (`--polity`): where a polity lives. Not a
 * secret (every address is public), but kept out of git (`.polity/` is ignored): it names a chain.
 * The format is the SDK's (`parsePolityFile`, `stringifyPolityFile`), so portals read the same files.
 */
export type { PolityFile };

/** Where polity files and replay journals live, under the working directory. */
export const polityFolder = '.polity';

/** "Wesoła Stara Miłosna" → "wesola-stara-milosna". */
export function slug(name: string): string {
  const text = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return text === '' ? 'polity' : text;
}

/** `--polity`: a path to a JSON file, or a bare name meaning `.polity/<name>.json`. */
export function polityFilePath(reference: string, io: CliIo): string {
  const isName = !reference.includes('/') && !reference.includes('\\') && !reference.endsWith('.json');
  return isName ? join(io.cwd, polityFolder, `${reference}.json`) : isAbsolute(reference) ? reference : resolve(io.cwd, reference);
}

export async function readPolityFile(reference: string, io: CliIo): Promise<PolityFile> {
  const path = polityFilePath(reference, io);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read the polity file ${reference}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`, '`polity deploy` writes it (.polity/<name>.json); pass its path or name with --polity.', 1, { cause: error });
  }
  return parsePolityFile(text, reference);
}

/** The SDK's reader (the same checks a portal's), with its refusal printed as the CLI's error. */
function parsePolityFile(text: string, reference: string): PolityFile {
  let file: PolityFile;
  try {
    file = parsePolityFileText(text, { source: reference });
  } catch (error) {
    if (!(error instanceof PolityFileError)) throw error;
    throw new CliError(error.shortMessage, 'Deploy again, or restore the file `polity deploy` wrote.', 1, { cause: error });
  }
  return file.name === '' ? { ...file, name: reference } : file;
}

/** Writes the file atomically (a half-written polity file would lose the addresses). */
export async function writePolityFile(path: string, file: PolityFile): Promise<void> {
  await writeTextAtomically(path, stringifyPolityFile(file));
}

let writes = 0;

/** Writes through a temporary file and a rename, so that a reader (or a crash) never sees half a file. */
export async function writeJsonAtomically(path: string, data: unknown): Promise<void> {
  await writeTextAtomically(path, `${JSON.stringify(data, null, 2)}\n`);
}

async function writeTextAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  writes += 1;
  const temporary = `${path}.${process.pid}.${writes}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}
