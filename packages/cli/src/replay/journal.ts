import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Address, Hex } from 'viem';
import type { PolityAddresses } from '@polity/sdk';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import { polityFolder, slug, writeJsonAtomically } from '../polity-file.js';

/**
 * What a replay has done so far, written after every step to `.polity/replay-<file>-<chain>.json`.
 * A restarted replay reads it to skip finished steps; whether a voter has voted is always read from the
 * chain, never from here, so a journal that lags behind the chain cannot make a ballot count twice.
 * It is also a polity file (`name`, `polity`): `--polity` accepts it.
 */
export interface ReplayJournal {
  readonly version: 1;
  readonly file: string;
  /** sha256 of the .pb text: a journal is only resumed for the same election. */
  readonly fileHash: string;
  readonly chainId: number;
  /** The chain's block 0 hash: a journal is only resumed on the chain it was written for. */
  readonly genesis: `0x${string}`;
  readonly name: string;
  /** Secret from which every voter's key is derived (voter i: keccak256(seed ‖ i)); keep the journal private. */
  readonly voterSeed: Hex;
  polity?: PolityAddresses;
  factory?: Address;
  foundingProposal?: string;
  councilOpensRounds?: boolean;
  roundId?: string;
  reviewed?: boolean;
  /** Set before the first batch of voters is admitted: only then must a resumed run read who is a resident already. */
  admissionStarted?: boolean;
  votersAdmitted?: boolean;
  councilLeft?: boolean;
  votingOpened?: boolean;
  votersFunded?: boolean;
  /** Set before the first ballot is sent: only then must a resumed run read every voter from the chain. */
  ballotsSent?: boolean;
  /** Set while the replay has the development node's automine off to mine ballots in blocks of many. */
  automineOff?: boolean;
  /** Ballots confirmed on-chain when the journal was last written (the chain has the final word). */
  ballotsConfirmed?: number;
  finalised?: boolean;
}

/** `.polity/replay-stara-milosna-31337.json` for `poland_warszawa_2017_stara-milosna.pb` on chain 31337. */
export function journalPath(io: CliIo, file: string, chainId: number): string {
  const stem = basename(file).replace(/\.pb(\.gz)?$/i, '');
  return join(io.cwd, polityFolder, `replay-${slug(stem)}-${chainId}.json`);
}

export async function readJournal(path: string): Promise<ReplayJournal | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const data = JSON.parse(text) as ReplayJournal & { polity?: PolityAddresses & { deployedAtBlock?: string | bigint } };
    if (data.version !== 1) throw new Error(`version ${String(data.version)}`);
    if (data.polity?.deployedAtBlock !== undefined) data.polity = { ...data.polity, deployedAtBlock: BigInt(data.polity.deployedAtBlock) };
    return data;
  } catch (error) {
    throw new CliError(`the replay journal ${basename(path)} cannot be read: ${(error as Error).message}`, 'Delete it (or pass --restart) to replay from the start.', 1, { cause: error });
  }
}

export function newJournal(file: string, fileHash: string, chainId: number, genesis: `0x${string}`, name: string): ReplayJournal {
  return { version: 1, file, fileHash, chainId, genesis, name, voterSeed: `0x${randomBytes(32).toString('hex')}` };
}

export async function saveJournal(path: string, journal: ReplayJournal): Promise<void> {
  const polity = journal.polity === undefined ? undefined : { ...journal.polity, deployedAtBlock: journal.polity.deployedAtBlock?.toString() };
  await writeJsonAtomically(path, { ...journal, polity });
}
