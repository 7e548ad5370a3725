import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Hex } from 'viem';
import type { CliIo } from '../io.js';
import { polityFolder, slug, writeJsonAtomically } from '../polity-file.js';

/**
 * The public texts of a round's projects, by on-chain project id, and of the round itself: the chain
 * keeps only their content hashes, so the city publishes these (`--server`, `polity publish`), and
 * `polity export` names projects with them.
 */
export interface ProjectTexts {
  readonly roundId: string;
  /** The round's description (files written before it was kept have none). */
  readonly round?: RoundText;
  readonly projects: Record<string, ProjectText>;
}

/** The round's public description and its content hash (the round's `descriptionHash`). */
export interface RoundText {
  readonly text: string;
  readonly contentHash: Hex;
}

/** A project's public text and where it came from (the line of the CSV, or the project's id in a .pb file). */
export interface ProjectText {
  readonly title: string;
  readonly category: string;
  readonly description: string;
  readonly text: string;
  readonly contentHash: Hex;
  readonly source: string;
}

export function projectTextsPath(io: CliIo, polityName: string, roundId: bigint): string {
  return join(io.cwd, polityFolder, `${slug(polityName)}-round-${roundId}-projects.json`);
}

/** Adds submitted projects to the round's texts file (keeping those an earlier run recorded). */
export async function recordProjectTexts(path: string, roundId: bigint, submitted: readonly { readonly projectId: number; readonly text: ProjectText }[]): Promise<void> {
  const existing = (await readProjectTexts(path)) ?? { roundId: roundId.toString(), projects: {} };
  const projects = { ...existing.projects };
  for (const { projectId, text } of submitted) projects[String(projectId)] = text;
  await writeJsonAtomically(path, { ...existing, roundId: roundId.toString(), projects });
}

/** Keeps the round's description in its texts file, beside its projects'. */
export async function recordRoundText(path: string, roundId: bigint, round: RoundText): Promise<void> {
  const existing = (await readProjectTexts(path)) ?? { roundId: roundId.toString(), projects: {} };
  await writeJsonAtomically(path, { roundId: roundId.toString(), round, projects: existing.projects });
}

export async function readProjectTexts(path: string): Promise<ProjectTexts | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as ProjectTexts;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
