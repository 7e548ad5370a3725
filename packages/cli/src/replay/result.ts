import { getProjects, getResult, getRound, recordedOutcome, type PabulibFile, type PolityAddresses } from '@polity/sdk';
import type { Connection } from '../chain/connection.js';
import type { ReplayDesign } from './design.js';

/** One project: what the chain funded beside what the city recorded. */
export interface ComparedProject {
  readonly projectId: number;
  readonly pabulibId: string;
  readonly name: string;
  readonly cost: bigint;
  readonly support: bigint;
  readonly fundedOnChain: boolean;
  /** Undefined when the file records no outcome. */
  readonly fundedRecorded: boolean | undefined;
}

export interface ReplayComparison {
  readonly projects: readonly ComparedProject[];
  readonly status: string;
  readonly onChain: { readonly count: number; readonly cost: bigint };
  readonly recorded: { readonly count: number; readonly cost: bigint } | undefined;
  /** Undefined when the file records no outcome. */
  readonly matches: boolean | undefined;
  readonly ballots: bigint;
  readonly ballotCommitment: string;
}

/** Reads the result and the projects' support from the chain and sets them beside the file's `selected` column. */
export async function compareWithRecord(connection: Connection, polity: PolityAddresses, roundId: bigint, design: ReplayDesign, file: PabulibFile): Promise<ReplayComparison> {
  const { client } = connection;
  const [result, projects, round] = await Promise.all([getResult(client, { polity, roundId }), getProjects(client, { polity, roundId }), getRound(client, { polity, roundId })]);
  const recorded = recordedOutcome(file);
  const funded = new Set(result.projects);
  const compared = design.projects.map((project, projectId): ComparedProject => ({
    projectId,
    pabulibId: project.pabulibId,
    name: project.name,
    cost: project.cost,
    support: projects[projectId]?.support ?? 0n,
    fundedOnChain: funded.has(projectId),
    fundedRecorded: recorded === undefined ? undefined : recorded.includes(project.pabulibId),
  }));
  const total = (rows: readonly ComparedProject[]) => rows.reduce((sum, row) => sum + row.cost, 0n);
  const onChainRows = compared.filter((row) => row.fundedOnChain);
  const recordedRows = compared.filter((row) => row.fundedRecorded === true);
  return {
    projects: compared,
    status: result.status,
    onChain: { count: onChainRows.length, cost: total(onChainRows) },
    recorded: recorded === undefined ? undefined : { count: recordedRows.length, cost: total(recordedRows) },
    matches: recorded === undefined ? undefined : compared.every((row) => row.fundedOnChain === row.fundedRecorded),
    ballots: round.ballots,
    ballotCommitment: round.ballotCommitment,
  };
}
