/**
 * Generates the round fixtures that test/budgeting/PabulibReplay.t.sol replays through the contracts,
 * from the pabulib files in test/data/pabulib, with the SDK's parser (no second parser here).
 *
 *   pnpm exec tsx test/data/rounds/generate.mts           writes test/data/rounds/*.json
 *   pnpm exec tsx test/data/rounds/generate.mts --check   fails if a committed fixture is out of date
 *
 * A fixture is the election as the contracts see it: project i on-chain is the file's i-th project;
 * ballots list on-chain project ids in ascending order (points reordered with them), flattened into
 * `ballotProjects` / `ballotPoints` with `ballotOffsets` (ballot b is entries offsets[b] .. offsets[b+1]),
 * because forge's JSON cheatcodes read flat arrays most reliably. The ballot design comes from the
 * file's META; the recorded outcome (`selected` = 1) and the recorded support (`votes`, or `score` for
 * points) are kept so that the test can compare against them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { metaValue, pabulibBudget, pabulibVoteType, recordedOutcome, type PabulibFile } from '../../../packages/sdk/src/pabulib/index.ts';
import { readPabulibFile } from '../../../packages/sdk/src/pabulib/node.ts';

const here = dirname(fileURLToPath(import.meta.url));
const pabulib = join(here, '..', 'pabulib');

const elections = [
  { file: 'poland_warszawa_2017_stara-milosna.pb', fixture: 'warszawa-2017-stara-milosna.json' },
  { file: 'poland_katowice_2021_koszutka.pb', fixture: 'katowice-2021-koszutka.json' },
];

interface RoundFixture {
  source: string;
  description: string;
  rule: string;
  budget: number;
  ballotKind: 'approval' | 'knapsack' | 'cumulative';
  minProjects: number;
  maxProjects: number;
  points: number;
  maxPointsPerProject: number;
  projectIds: string[];
  costs: number[];
  recordedSupport: number[];
  recordedSelected: number[];
  ballotCount: number;
  ballotOffsets: number[];
  ballotProjects: number[];
  ballotPoints: number[];
}

function wholeMeta(file: PabulibFile, key: string): number | undefined {
  const text = metaValue(file, key);
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new Error(`META ${key} is '${text}', expected a whole number`);
  return Number.parseInt(text, 10);
}

function toFixture(source: string, file: PabulibFile): RoundFixture {
  const budget = pabulibBudget(file);
  const voteType = pabulibVoteType(file);
  const cumulative = voteType === 'cumulative';
  if (!cumulative && voteType !== 'approval') throw new Error(`${source}: ${voteType} ballots have no on-chain design`);

  const maxSumCost = wholeMeta(file, 'max_sum_cost');
  if (maxSumCost !== undefined && maxSumCost !== budget) {
    throw new Error(`${source}: a knapsack limit (${maxSumCost}) other than the budget (${budget}) has no on-chain design`);
  }
  const points = cumulative ? wholeMeta(file, 'max_sum_points') : 0;
  if (cumulative && points === undefined) throw new Error(`${source}: cumulative ballots without max_sum_points`);

  const index = new Map(file.projects.map((project, i) => [project.id, i]));
  const recorded = recordedOutcome(file);
  if (recorded === undefined) throw new Error(`${source}: no recorded outcome`);

  const ballotOffsets = [0];
  const ballotProjects: number[] = [];
  const ballotPoints: number[] = [];
  for (const vote of file.votes) {
    const entries = vote.projects.map((id, k) => {
      const project = index.get(id);
      if (project === undefined) throw new Error(`${source}: voter ${vote.voterId} names unknown project ${id}`);
      return { project, points: cumulative ? vote.points![k]! : 1 };
    });
    entries.sort((a, b) => a.project - b.project);
    for (const entry of entries) {
      ballotProjects.push(entry.project);
      ballotPoints.push(entry.points);
    }
    ballotOffsets.push(ballotProjects.length);
  }

  return {
    source,
    description: metaValue(file, 'description') ?? source,
    rule: metaValue(file, 'rule') ?? 'unknown',
    budget,
    ballotKind: cumulative ? 'cumulative' : maxSumCost !== undefined ? 'knapsack' : 'approval',
    minProjects: wholeMeta(file, 'min_length') ?? (cumulative ? 1 : 0),
    maxProjects: wholeMeta(file, 'max_length') ?? 0,
    points: points ?? 0,
    // pabulib states no per-project limit for these files: every point may go to one project
    maxPointsPerProject: points ?? 0,
    projectIds: file.projects.map((project) => project.id),
    costs: file.projects.map((project) => project.cost),
    recordedSupport: file.projects.map((project) => Number.parseInt(project.fields[cumulative ? 'score' : 'votes'] ?? 'NaN', 10)),
    recordedSelected: recorded.map((id) => index.get(id)!),
    ballotCount: file.votes.length,
    ballotOffsets,
    ballotProjects,
    ballotPoints,
  };
}

const check = process.argv.includes('--check');
let stale = 0;
for (const { file, fixture } of elections) {
  const text = `${JSON.stringify(toFixture(file, await readPabulibFile(join(pabulib, file))), null, 1)}\n`;
  const path = join(here, fixture);
  if (check) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {}
    if (current !== text) {
      stale += 1;
      console.error(`${fixture} is out of date: run pnpm exec tsx test/data/rounds/generate.mts`);
    }
  } else {
    writeFileSync(path, text);
    console.log(`${fixture}: from ${file}`);
  }
}
process.exit(stale === 0 ? 0 : 1);
