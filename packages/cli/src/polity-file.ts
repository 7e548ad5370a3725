import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { getAddress, isAddress, type Address } from 'viem';
import type { PolityAddresses } from '@polity/sdk';
import { CliError } from './errors.js';
import type { CliIo } from './io.js';

/**
 * What `polity deploy` writes and the other commands read (`--polity`): where a polity lives. Not a
 * secret (every address is public), but kept out of git (`.polity/` is ignored): it names a chain.
 */
export interface PolityFile {
  readonly name: string;
  readonly polity: PolityAddresses;
  /** The factory it was deployed through, reusable for the next polity on the same chain. */
  readonly factory?: Address;
  /** The chain's block 0 hash: a chain with the same id but another history (a restarted anvil) is refused. */
  readonly genesis?: `0x${string}`;
}

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

function parsePolityFile(text: string, reference: string): PolityFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CliError(`the polity file ${reference} is not JSON: ${(error as Error).message}`, 'Deploy again, or restore the file `polity deploy` wrote.', 1, { cause: error });
  }
  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const polity = (typeof record['polity'] === 'object' && record['polity'] !== null ? record['polity'] : {}) as Record<string, unknown>;
  const address = (key: string, value: unknown): Address => {
    if (typeof value !== 'string' || !isAddress(value, { strict: false })) {
      throw new CliError(`the polity file ${reference} has no valid address for ${key}`, 'Deploy again, or restore the file `polity deploy` wrote.');
    }
    return getAddress(value);
  };
  const chainId = polity['chainId'];
  if (typeof chainId !== 'number' || !Number.isSafeInteger(chainId)) throw new CliError(`the polity file ${reference} has no chainId`, 'Deploy again, or restore the file `polity deploy` wrote.');
  const block = polity['deployedAtBlock'];
  const genesis = record['genesis'];
  return {
    name: typeof record['name'] === 'string' ? record['name'] : reference,
    ...(typeof genesis === 'string' && /^0x[0-9a-fA-F]{64}$/.test(genesis) ? { genesis: genesis as `0x${string}` } : {}),
    factory: record['factory'] === undefined ? undefined : address('factory', record['factory']),
    polity: {
      chainId,
      registry: address('registry', polity['registry']),
      governor: address('governor', polity['governor']),
      timelock: address('timelock', polity['timelock']),
      rounds: address('rounds', polity['rounds']),
      results: address('results', polity['results']),
      escrow: address('escrow', polity['escrow']),
      ...(typeof block === 'string' && /^\d+$/.test(block) ? { deployedAtBlock: BigInt(block) } : {}),
    },
  };
}

/** Writes the file atomically (a half-written polity file would lose the addresses). */
export async function writePolityFile(path: string, file: PolityFile): Promise<void> {
  const { polity } = file;
  const data = {
    name: file.name,
    ...(file.factory === undefined ? {} : { factory: file.factory }),
    ...(file.genesis === undefined ? {} : { genesis: file.genesis }),
    polity: { ...polity, deployedAtBlock: polity.deployedAtBlock?.toString() },
  };
  await writeJsonAtomically(path, data);
}

let writes = 0;

/** Writes through a temporary file and a rename, so that a reader (or a crash) never sees half a file. */
export async function writeJsonAtomically(path: string, data: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  writes += 1;
  const temporary = `${path}.${process.pid}.${writes}.tmp`;
  await writeFile(temporary, `${JSON.stringify(data, null, 2)}\n`);
  await rename(temporary, path);
}
