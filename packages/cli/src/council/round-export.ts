import { stringify } from 'csv-stringify/sync';
import {
  ballotKinds,
  completions,
  countingRules,
  enumName,
  writePabulib,
  type GetProjectsReturnType,
  type GetResultReturnType,
  type GetRoundReturnType,
  type PabulibFile,
  type RoundBallot,
} from '@polity/sdk';
import { formatDate } from '../csv/values.js';
import type { ProjectTexts } from './project-texts.js';

/** Everything the chain says about a round, read once, from which the three files are written. */
export interface RoundRecord {
  readonly polityName: string;
  readonly chainId: number;
  readonly rounds: string;
  readonly round: GetRoundReturnType;
  readonly projects: GetProjectsReturnType;
  readonly result: GetResultReturnType;
  readonly ballots: readonly RoundBallot[];
  readonly categories: readonly string[];
  readonly texts: ProjectTexts | undefined;
}

/** Only accepted projects were on the ballot; a result is only exported once final. */
function onBallot(record: RoundRecord) {
  return record.projects.filter((project) => project.status === 'accepted');
}

function finalSelection(record: RoundRecord): Set<number> | undefined {
  return record.result.status === 'final' ? new Set(record.result.projects) : undefined;
}

/** Voters per project (each ballot once, whatever its weight) and support (weighted, times points). */
function supporters(record: RoundRecord): Map<number, number> {
  const counts = new Map<number, number>();
  for (const ballot of record.ballots) for (const projectId of ballot.projects) counts.set(projectId, (counts.get(projectId) ?? 0) + 1);
  return counts;
}

/**
 * The round as a pabulib .pb file: META from its configuration (and where it lives on-chain),
 * PROJECTS on the ballot with their support and, once the result is final, `selected`, and VOTES with
 * one line per unit of weight, so that counting the file counts exactly what the chain counted (a
 * delegate's ballot of weight 3 is its address, then `address#2` and `address#3`).
 */
export function roundPabulib(record: RoundRecord): string {
  const { round } = record;
  const { config } = round;
  const cumulative = round.ballotKind === 'cumulative';
  const selected = finalSelection(record);
  const voters = supporters(record);
  const rule = enumName(countingRules, config.counting.rule) === 'greedy' ? 'greedy' : `equalshares${enumName(completions, config.counting.completion) === 'none' ? '' : `/${enumName(completions, config.counting.completion)}`}`;
  const meta: { key: string; value: string }[] = [
    { key: 'description', value: `${record.polityName}, round ${round.roundId}` },
    { key: 'unit', value: record.polityName },
    { key: 'instance', value: formatDate(config.timeline.votingStart).slice(0, 4) },
    { key: 'num_projects', value: String(onBallot(record).length) },
    { key: 'num_votes', value: String(record.ballots.reduce((sum, ballot) => sum + Number(ballot.weight), 0)) },
    { key: 'budget', value: config.budget.toString() },
    { key: 'vote_type', value: cumulative ? 'cumulative' : 'approval' },
    { key: 'rule', value: rule },
    { key: 'date_begin', value: pabulibDate(config.timeline.votingStart) },
    { key: 'date_end', value: pabulibDate(config.timeline.votingEnd) },
    { key: 'min_length', value: String(config.ballot.minProjects) },
  ];
  if (config.ballot.maxProjects !== 0) meta.push({ key: 'max_length', value: String(config.ballot.maxProjects) });
  if (enumName(ballotKinds, config.ballot.kind) === 'knapsack') meta.push({ key: 'max_sum_cost', value: config.budget.toString() });
  if (cumulative) meta.push({ key: 'max_sum_points', value: String(config.ballot.points) }, { key: 'max_points', value: String(config.ballot.maxPointsPerProject) });
  if (config.counting.minSupport > 0n) meta.push({ key: 'min_project_score_threshold', value: config.counting.minSupport.toString() });
  meta.push(
    { key: 'chain_id', value: String(record.chainId) },
    { key: 'rounds_contract', value: record.rounds },
    { key: 'round_id', value: round.roundId.toString() },
    { key: 'ballot_commitment', value: round.ballotCommitment },
    { key: 'result', value: record.result.status },
  );
  const projectColumns = ['project_id', 'cost', 'votes', ...(cumulative ? ['score'] : []), 'name', 'category', 'latitude', 'longitude', 'content_hash', ...(selected ? ['selected'] : [])];
  const file: PabulibFile = {
    meta,
    projectColumns,
    projects: onBallot(record).map((project) => ({
      id: String(project.projectId),
      cost: Number(project.cost),
      fields: {
        votes: String(voters.get(project.projectId) ?? 0),
        ...(cumulative ? { score: project.support.toString() } : {}),
        name: record.texts?.projects[String(project.projectId)]?.title ?? '',
        category: record.categories[project.category] ?? String(project.category),
        latitude: project.location === undefined ? '' : String(project.location.latitude),
        longitude: project.location === undefined ? '' : String(project.location.longitude),
        content_hash: project.descriptionHash,
        ...(selected ? { selected: selected.has(project.projectId) ? '1' : '0' } : {}),
      },
    })),
    voteColumns: ['voter_id', 'vote', ...(cumulative ? ['points'] : [])],
    votes: record.ballots.flatMap((ballot) =>
      Array.from({ length: Number(ballot.weight) }, (_, unit) => ({
        voterId: unit === 0 ? ballot.voter : `${ballot.voter}#${unit + 1}`,
        projects: ballot.projects.map(String),
        ...(cumulative ? { points: [...ballot.points] } : {}),
        fields: {},
      })),
    ),
  };
  return writePabulib(file);
}

/** One line per ballot as cast: voter, projects, points, weight. */
export function ballotsCsv(record: RoundRecord): string {
  return stringify(
    record.ballots.map((ballot) => [ballot.voter, ballot.projects.join(' '), ballot.points.join(' '), ballot.weight.toString()]),
    { header: true, columns: ['voter', 'projects', 'points', 'weight'] },
  );
}

/** One line per project on the ballot: cost, support, voters and whether the final result funds it. */
export function resultsCsv(record: RoundRecord): string {
  const selected = finalSelection(record);
  const voters = supporters(record);
  return stringify(
    onBallot(record).map((project) => [
      project.projectId,
      record.texts?.projects[String(project.projectId)]?.title ?? '',
      record.categories[project.category] ?? String(project.category),
      project.cost.toString(),
      project.support.toString(),
      voters.get(project.projectId) ?? 0,
      selected === undefined ? '' : selected.has(project.projectId) ? 'yes' : 'no',
    ]),
    { header: true, columns: ['project_id', 'name', 'category', 'cost', 'support', 'voters', 'selected'] },
  );
}

/** dd.mm.yyyy, as pabulib dates are written. */
function pabulibDate(seconds: number): string {
  const date = new Date(seconds * 1000);
  return `${String(date.getUTCDate()).padStart(2, '0')}.${String(date.getUTCMonth() + 1).padStart(2, '0')}.${date.getUTCFullYear()}`;
}
