import { keccak256, toHex, type Account, type Address } from 'viem';
import {
  admitResidents,
  getProjects,
  getResident,
  submitProject,
  type PabulibFile,
  type PolityAddresses,
} from '@polity/sdk';
import { chainTime } from '../chain/clock.js';
import type { Connection } from '../chain/connection.js';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import { ProgressBar } from '../output/progress.js';
import type { ReplayBallot } from './ballots.js';
import type { ReplayDesign } from './design.js';
import { readInBulk } from './bulk.js';

// The steps of a replay that take more than a few lines; each reads the chain first and does only what is missing.

const admissionBatch = 200;
/** Residents of a replay stay residents for ten years. */
const membership = 10n * 365n * 86_400n;

/**
 * How long the submission phase must last on a chain whose clock nobody moves: time to submit every
 * project, accept them and open voting (one transaction each, plus a few), twice over at the chain's
 * recent block time, and at least 30 s. Voting then ends `--voting-period` after that.
 */
export async function submissionAllowance(connection: Connection, projects: number): Promise<bigint> {
  const latest = await connection.client.getBlock({ blockTag: 'latest' });
  const earlier = await connection.client.getBlock({ blockNumber: latest.number > 10n ? latest.number - 10n : 0n });
  const blocks = latest.number - earlier.number;
  const blockTime = blocks === 0n ? 12n : (latest.timestamp - earlier.timestamp) / blocks;
  const allowance = BigInt(projects + 5) * (blockTime > 1n ? blockTime : 1n) * 2n;
  return allowance > 30n ? allowance : 30n;
}

/** A polity whose governance moves in seconds: a replay is a rehearsal, not a city. */
export function replayPolityConfig(name: string, operator: Address) {
  return {
    name,
    maxDepth: 1n,
    topics: [],
    registrar: operator,
    council: operator,
    timelockDelay: 1n,
    governor: { votingDelay: 1, votingPeriod: 30, proposalThreshold: 0n, quorumNumerator: 10n, lateQuorumExtension: 0, guardian: operator },
  };
}

/**
 * The round limits a replay's founding vote sets: the founding resident submits every project of the file,
 * and an equal-shares outcome is open to challenge for the replay's seconds, not a city's days.
 */
export function replayRoundLimits(challengeWindow: number) {
  return {
    minChallengeWindow: 1,
    maxChallengeWindow: Math.max(challengeWindow, 30 * 86_400),
    minChallengeBond: 1n,
    maxChallengeBond: 10n ** 18n,
    maxSubmissionsPerResident: 255,
  };
}

/**
 * Admits every voter not admitted yet, in batches; each voter's credential is derived from the file and its voter id.
 * Which voters are residents already is read from the chain (in JSON-RPC batches) only when an earlier
 * run may have admitted some (`admittedBefore`, from the journal); `onAdmitting` is awaited before the first batch is sent.
 */
export async function admitVoters(connection: Connection, polity: PolityAddresses, voters: readonly Account[], file: PabulibFile, fileHash: string, io: CliIo, journal: { readonly admittedBefore: boolean; readonly onAdmitting: () => Promise<void> }): Promise<void> {
  const { client } = connection;
  const admitted = journal.admittedBefore ? await readInBulk(voters, async (voter) => (await getResident(client, { polity, account: voter.address })).member) : voters.map(() => false);
  const missing = voters.flatMap((voter, index) => (admitted[index] ? [] : [{ voter, index }]));
  if (missing.length > 0) await journal.onAdmitting();
  const progress = new ProgressBar({ write: io.err, interactive: io.interactive === true }, 'admitting voters', voters.length, voters.length - missing.length);
  const expiresAt = (await chainTime(connection)) + membership;
  for (let start = 0; start < missing.length; start += admissionBatch) {
    const batch = missing.slice(start, start + admissionBatch);
    const residents = batch.map(({ voter, index }) => ({
      account: voter.address,
      credential: keccak256(toHex(`replay ${fileHash} voter ${file.votes[index]!.voterId}`)),
      district: 0,
      expiresAt,
    }));
    await admitResidents(client, { polity, residents });
    progress.tick(batch.length);
  }
  progress.finish();
}

/** Submits the projects not on-chain yet, after checking that those there are the file's, in its order. */
export async function submitProjects(connection: Connection, polity: PolityAddresses, roundId: bigint, design: ReplayDesign, target: { write: (text: string) => void; interactive: boolean }): Promise<void> {
  const existing = await getProjects(connection.client, { polity, roundId });
  existing.forEach((project, projectId) => {
    if (project.descriptionHash !== design.projects[projectId]?.descriptionHash) {
      throw new CliError(`round ${roundId} holds a project ${projectId} the replay did not submit`, 'Pass --restart to replay into a new polity.');
    }
  });
  if (existing.length === design.projects.length) return;
  const progress = new ProgressBar(target, 'submitting projects', design.projects.length, existing.length);
  for (const project of design.projects.slice(existing.length)) {
    await submitProject(connection.client, {
      polity,
      roundId,
      cost: project.cost,
      category: project.category,
      ...(project.location === undefined ? {} : { location: project.location }),
      descriptionHash: project.descriptionHash,
    });
    progress.tick();
  }
  progress.finish();
}

/** Each voter's ballot with on-chain project ids (a project's id is its position in the file). */
export function replayBallots(file: PabulibFile, design: ReplayDesign, voters: readonly Account[]): ReplayBallot[] {
  const idOf = new Map(design.projects.map((project, projectId) => [project.pabulibId, projectId]));
  return file.votes.map((vote, index) => ({
    voterId: vote.voterId,
    voter: voters[index]!,
    projects: vote.projects.map((id) => {
      const projectId = idOf.get(id);
      if (projectId === undefined) throw new CliError(`voter ${vote.voterId}'s ballot names project ${id}, which is not in the file's PROJECTS`, 'Fix the file: every ballot may only name listed projects.');
      return projectId;
    }),
    ...(design.config.ballot.kind === 2 ? { points: vote.points ?? vote.projects.map(() => 1) } : {}),
  }));
}
