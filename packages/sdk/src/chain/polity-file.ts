import { getAddress, isAddress, type Address, type Hex } from 'viem';
import { PolityError, PolityInvalidInputError } from './errors/base.js';
import { requirePolity, type PolityAddresses } from './polity.js';

/**
 * A polity file: what `polity deploy` (the CLI) writes to `.polity/<name>.json`, and what portals and
 * scripts read to find a polity. JSON, so the deployment block is a string there; parsed, it is the
 * {@link PolityAddresses} every action takes.
 */
export interface PolityFile {
  /** The polity's name, as deployed. */
  readonly name: string;
  /** Where it lives: pass this to every action. */
  readonly polity: PolityAddresses;
  /** The factory it was deployed through, reusable for the next polity on the same chain. */
  readonly factory?: Address;
  /** The hash of the chain's block 0: a chain with the same id but another history is a different chain. */
  readonly genesis?: Hex;
}

/** A polity file that cannot be used; `source` names the file, `field` the entry at fault. */
export class PolityFileError extends PolityError {
  override name = 'PolityFileError';
  /** The file's path, or how the caller named the text. */
  readonly source: string;
  /** The entry at fault (`polity.registry`), when it is one entry. */
  readonly field: string | undefined;

  constructor({ source, field, problem, cause }: { source: string; field?: string; problem: string; cause?: unknown }) {
    super(
      `the polity file ${source}${field === undefined ? '' : ` (${field})`} ${problem}: ` +
        'use the file `polity deploy` wrote (.polity/<name>.json), or write {"name", "polity": {"chainId", "registry", "governor", "timelock", "rounds", "results", "escrow", "deployedAtBlock"}}',
      { cause },
    );
    this.source = source;
    this.field = field;
  }
}

export interface ParsePolityFileOptions {
  /** How to name the file in errors (its path); default "(given as text)". */
  readonly source?: string;
}

/**
 * Reads a polity file's JSON (the text, or the value `JSON.parse` gave) into a {@link PolityFile}:
 * addresses checksummed, the deployment block a bigint. Throws a {@link PolityFileError} naming the
 * field at fault. In Node, `loadPolityFile(path)` from `@polity/sdk/node` reads the file too.
 */
export function parsePolityFile(json: string | unknown, options: ParsePolityFileOptions = {}): PolityFile {
  const source = options.source ?? '(given as text)';
  let data: unknown = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch (error) {
      throw new PolityFileError({ source, problem: `is not JSON (${(error as Error).message})`, cause: error });
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new PolityFileError({ source, problem: 'is not a JSON object' });
  const record = data as Record<string, unknown>;
  const polityRecord = record['polity'];
  if (typeof polityRecord !== 'object' || polityRecord === null) throw new PolityFileError({ source, field: 'polity', problem: 'has no "polity" object with the addresses' });
  const block = (polityRecord as Record<string, unknown>)['deployedAtBlock'];
  if (block !== undefined && !(typeof block === 'string' && /^\d+$/.test(block)) && !(typeof block === 'number' && Number.isSafeInteger(block) && block >= 0)) {
    throw new PolityFileError({ source, field: 'polity.deployedAtBlock', problem: `holds ${JSON.stringify(block)}, not a block number (digits, as a string)` });
  }
  let polity: PolityAddresses;
  try {
    polity = requirePolity({ ...polityRecord, deployedAtBlock: block === undefined ? undefined : BigInt(block) });
  } catch (error) {
    if (!(error instanceof PolityInvalidInputError)) throw error;
    throw new PolityFileError({ source, field: error.parameter, problem: error.shortMessage.slice(error.parameter.length + 2), cause: error });
  }
  const name = record['name'];
  if (name !== undefined && typeof name !== 'string') throw new PolityFileError({ source, field: 'name', problem: `holds ${JSON.stringify(name)}, not a name` });
  const factory = record['factory'];
  if (factory !== undefined && (typeof factory !== 'string' || !isAddress(factory, { strict: false }))) {
    throw new PolityFileError({ source, field: 'factory', problem: `holds ${JSON.stringify(factory)}, not an address` });
  }
  const genesis = record['genesis'];
  if (genesis !== undefined && (typeof genesis !== 'string' || !/^0x[0-9a-fA-F]{64}$/.test(genesis))) {
    throw new PolityFileError({ source, field: 'genesis', problem: `holds ${JSON.stringify(genesis)}, not a block hash (0x and 64 hexadecimal digits)` });
  }
  return {
    name: name ?? '',
    polity,
    ...(factory === undefined ? {} : { factory: getAddress(factory) }),
    ...(genesis === undefined ? {} : { genesis: genesis as Hex }),
  };
}

/** The JSON text of a polity file, as `polity deploy` writes it (the deployment block as a string). */
export function stringifyPolityFile(file: PolityFile): string {
  const { polity } = file;
  const data = {
    name: file.name,
    ...(file.factory === undefined ? {} : { factory: file.factory }),
    ...(file.genesis === undefined ? {} : { genesis: file.genesis }),
    polity: { ...polity, deployedAtBlock: polity.deployedAtBlock?.toString() },
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
