/**
 * The grouping of ballots into types (a hash table of the entries' numbers, reused buffers, one result
 * buffer) against the straightforward grouping it replaced (a string key per ballot in a Map, an array
 * per type), kept here as the model: same types in the same order, same rows, same tallies, same
 * refusals; on random elections, on the ten pabulib files, and across calls that reuse the buffers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPabulib, pabulibFileNames } from '../../test/pabulib-data.js';
import { pabulibElection } from '../pabulib/index.js';
import { groupBallots, maxPoints, type BallotTypes, type GroupedBallots } from './ballot-types.js';
import type { Ballot, Election } from './election.js';
import { BudgetingInputError } from './errors.js';

/** The model: each ballot's sorted entries as a string key, types numbered by first appearance. */
function groupByStringKey(ballots: readonly Ballot[], projectIndex: ReadonlyMap<string, number>): GroupedBallots {
  const projectCount = projectIndex.size;
  const support = new Array<number>(projectCount).fill(0);
  const supporters = new Array<number>(projectCount).fill(0);
  let maxWeight = 1;
  const typeOf = new Map<string, number>();
  const typeEntries: [number, number][][] = [];
  const typeOfVoter: number[] = [];
  ballots.forEach((ballot, voter) => {
    if (ballot.points !== undefined && ballot.points.length !== ballot.projects.length) {
      throw new BudgetingInputError(`ballot ${voter + 1} lists ${ballot.projects.length} projects but ${ballot.points.length} points; give one points entry per project`);
    }
    const seen = new Set<number>();
    const entries: [number, number][] = [];
    ballot.projects.forEach((id, position) => {
      const project = projectIndex.get(id);
      if (project === undefined) throw new BudgetingInputError(`ballot ${voter + 1} names project '${id}', which is not among the election's projects`);
      if (seen.has(project)) throw new BudgetingInputError(`ballot ${voter + 1} names project ${id} twice`);
      seen.add(project);
      const weight = ballot.points === undefined ? 1 : ballot.points[position]!;
      if (!Number.isSafeInteger(weight) || weight < 0 || weight > maxPoints) {
        throw new BudgetingInputError(`ballot ${voter + 1} gives project ${id} ${weight} points; rules count whole points from 0 to ${maxPoints}`);
      }
      if (weight > 0) entries.push([project, weight]);
    });
    entries.sort((a, b) => a[0] - b[0]);
    for (const [project, weight] of entries) {
      support[project] = support[project]! + weight;
      supporters[project] = supporters[project]! + 1;
      maxWeight = Math.max(maxWeight, weight);
    }
    const key = entries.map(([project, weight]) => `${project}:${weight}`).join(',');
    let type = typeOf.get(key);
    if (type === undefined) {
      type = typeEntries.length;
      typeOf.set(key, type);
      typeEntries.push(entries);
    }
    typeOfVoter.push(type);
  });
  const rows = (lists: number[][]): { offsets: number[]; values: number[] } => {
    const offsets = [0];
    for (const list of lists) offsets.push(offsets.at(-1)! + list.length);
    return { offsets, values: lists.flat() };
  };
  const votersOf = typeEntries.map((): number[] => []);
  typeOfVoter.forEach((type, voter) => votersOf[type]!.push(voter));
  const supportOf = [...projectIndex.values()].map((): [number, number][] => []);
  typeEntries.forEach((entries, type) => {
    for (const [project, weight] of entries) supportOf[project]!.push([type, weight]);
  });
  const voterRows = rows(votersOf);
  const entryRows = rows(typeEntries.map((entries) => entries.map(([project]) => project)));
  const supportRows = rows(supportOf.map((list) => list.map(([type]) => type)));
  const types: BallotTypes = {
    count: typeEntries.length,
    multiplicity: Int32Array.from(votersOf.map((voters) => voters.length)),
    voterOffsets: Int32Array.from(voterRows.offsets),
    voters: Int32Array.from(voterRows.values),
    entryOffsets: Int32Array.from(entryRows.offsets),
    entryProjects: Int32Array.from(entryRows.values),
    entryWeights: Int32Array.from(typeEntries.flatMap((entries) => entries.map(([, weight]) => weight))),
    supportOffsets: Int32Array.from(supportRows.offsets),
    supportTypes: Int32Array.from(supportRows.values),
    supportWeights: Int32Array.from(supportOf.flatMap((list) => list.map(([, weight]) => weight))),
  };
  return { types, support, supporters, maxWeight };
}

/** Plain arrays, so that a difference prints readably. */
function plain(grouped: GroupedBallots) {
  const { types } = grouped;
  return {
    support: grouped.support,
    supporters: grouped.supporters,
    maxWeight: grouped.maxWeight,
    count: types.count,
    multiplicity: [...types.multiplicity],
    voterOffsets: [...types.voterOffsets],
    voters: [...types.voters],
    entryOffsets: [...types.entryOffsets],
    entryProjects: [...types.entryProjects],
    entryWeights: [...types.entryWeights],
    supportOffsets: [...types.supportOffsets],
    supportTypes: [...types.supportTypes],
    supportWeights: [...types.supportWeights],
  };
}

const indexOf = (election: Election): Map<string, number> => new Map(election.projects.map((project, index) => [project.id, index]));

/** The outcome of grouping: the result, or the refusal's message. */
function attempt(group: typeof groupBallots, election: Election): ReturnType<typeof plain> | string {
  try {
    return plain(group(election.ballots, indexOf(election)));
  } catch (error) {
    if (error instanceof BudgetingInputError) return error.message;
    throw error;
  }
}

/**
 * Random elections with many repeated ballots (few projects, short ballots), approval or points
 * (zeros included, which are no support), sometimes a bad ballot: an unknown or repeated project, bad
 * points, or points of the wrong length.
 */
function elections(options: { maxVoters: number; bad: boolean }): fc.Arbitrary<Election> {
  const entry = fc.tuple(fc.nat({ max: 9 }), fc.constantFrom(0, 1, 1, 2, 3, 7, maxPoints));
  return fc
    .record({
      projectCount: fc.integer({ min: 1, max: 8 }),
      points: fc.boolean(),
      voters: fc.array(fc.array(entry, { maxLength: 5 }), { maxLength: options.maxVoters }),
      bad: options.bad ? fc.option(fc.tuple(fc.nat(), fc.constantFrom('unknown', 'twice', 'points', 'length', 'fraction')), { nil: undefined }) : fc.constant(undefined),
    })
    .map(({ projectCount, points, voters, bad }) => {
      const projects = Array.from({ length: projectCount }, (_, index) => ({ id: `p${index}`, cost: 10 * (index + 1) }));
      const ballots: Ballot[] = voters.map((entries) => {
        const chosen = new Map<string, number>();
        for (const [pick, weight] of entries) chosen.set(projects[pick % projectCount]!.id, weight);
        const ids = [...chosen.keys()];
        return points ? { projects: ids, points: ids.map((id) => chosen.get(id)!) } : { projects: ids };
      });
      if (bad !== undefined && ballots.length > 0) {
        const [pick, kind] = bad;
        const at = pick % ballots.length;
        const ballot = ballots[at]!;
        const spoiled: Record<typeof kind, Ballot> = {
          unknown: { projects: [...ballot.projects, 'nowhere'] },
          twice: { projects: ['p0', 'p0'] },
          points: { projects: ['p0'], points: [-1] },
          length: { projects: ['p0'], points: [1, 2] },
          fraction: { projects: ['p0'], points: [0.5] },
        };
        ballots[at] = spoiled[kind];
      }
      return { budget: 100, projects, ballots };
    });
}

describe('grouping ballots into types', () => {
  it('matches the string-key grouping on random elections, refusals included', () => {
    fc.assert(
      fc.property(elections({ maxVoters: 60, bad: true }), (election) => {
        expect(attempt(groupBallots, election)).toEqual(attempt(groupByStringKey, election));
      }),
      { numRuns: 400 },
    );
  });

  it('reuses its buffers correctly across calls of growing and shrinking size, and after a refusal', () => {
    // One run of the property makes several calls in a row: larger, smaller, refused, then again.
    fc.assert(
      fc.property(fc.array(elections({ maxVoters: 400, bad: true }), { minLength: 2, maxLength: 6 }), (sequence) => {
        for (const election of sequence) expect(attempt(groupBallots, election)).toEqual(attempt(groupByStringKey, election));
      }),
      { numRuns: 60 },
    );
  });

  it('finds identical ballots whatever the order of their projects', () => {
    const election: Election = {
      budget: 10,
      projects: [
        { id: 'a', cost: 1 },
        { id: 'b', cost: 1 },
        { id: 'c', cost: 1 },
      ],
      ballots: [{ projects: ['c', 'a'] }, { projects: ['a', 'c'] }, { projects: ['a', 'b', 'c'] }, { projects: [] }, { projects: ['c', 'b', 'a'] }, { projects: [] }],
    };
    const grouped = plain(groupBallots(election.ballots, indexOf(election)));
    expect(grouped.count).toBe(3);
    expect(grouped.multiplicity).toEqual([2, 2, 2]);
    expect(grouped.voters).toEqual([0, 1, 2, 4, 3, 5]);
    expect(grouped.entryProjects).toEqual([0, 2, 0, 1, 2]);
  });

  it.each(pabulibFileNames())(
    'matches the string-key grouping on %s',
    async (name) => {
      const election = pabulibElection(await loadPabulib(name));
      expect(attempt(groupBallots, election)).toEqual(attempt(groupByStringKey, election));
    },
    120_000,
  );
});
