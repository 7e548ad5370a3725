import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Hex } from 'viem';
import type { ProjectText, ProjectTexts } from '../council/project-texts.js';
import { CliError } from '../errors.js';
import { truncate } from '../output/format.js';
import { checkedText, type PublicText } from './public-text.js';

/** The public texts of one round, as `open-round` and `replay` keep them (.polity/<polity>-round-<id>-projects.json). */
export interface RoundTexts {
  readonly roundId: bigint;
  /** The round's description first (when the file has it), then each project by id. */
  readonly texts: readonly (PublicText & { readonly projectId?: number })[];
}

const hash = /^0x[0-9a-fA-F]{64}$/;

/** Reads a round's texts file, checking each text against its recorded hash. */
export async function readRoundTexts(path: string, shown: string): Promise<RoundTexts> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read ${shown}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`, 'Pass the texts files `open-round` and `replay` wrote: .polity/<polity>-round-<id>-projects.json.', 1, { cause: error });
  }
  const file = data as Partial<ProjectTexts>;
  const name = basename(shown);
  if (typeof file !== 'object' || file === null || typeof file.roundId !== 'string' || !/^\d+$/.test(file.roundId) || typeof file.projects !== 'object' || file.projects === null) {
    throw new CliError(`${name} is not a round's texts file (it needs "roundId" and "projects")`, 'Pass the texts files `open-round` and `replay` wrote: .polity/<polity>-round-<id>-projects.json.');
  }
  const roundId = BigInt(file.roundId);
  const texts: (PublicText & { projectId?: number })[] = [];
  if (file.round !== undefined) texts.push(checkedText({ what: `the description of round ${roundId}`, ...validText(file.round, `round`, name) }, name));
  const ids = Object.keys(file.projects).sort((a, b) => Number(a) - Number(b));
  for (const id of ids) {
    if (!/^\d+$/.test(id)) throw new CliError(`${name}: "${id}" is not a project id`, 'Restore the file as the command wrote it.');
    const project = validText(file.projects[id] as ProjectText, `project ${id}`, name);
    const title = typeof (file.projects[id] as ProjectText).title === 'string' ? ` ("${truncate((file.projects[id] as ProjectText).title, 40)}")` : '';
    texts.push({ ...checkedText({ what: `project ${id} of round ${roundId}${title}`, ...project }, name), projectId: Number(id) });
  }
  return { roundId, texts };
}

function validText(value: { text?: unknown; contentHash?: unknown } | undefined, what: string, name: string): { text: string; contentHash: Hex } {
  if (typeof value !== 'object' || value === null || typeof value.text !== 'string' || typeof value.contentHash !== 'string' || !hash.test(value.contentHash)) {
    throw new CliError(`${name}: ${what} has no "text" and "contentHash"`, 'Restore the file as the command wrote it.');
  }
  return { text: value.text, contentHash: value.contentHash as Hex };
}
