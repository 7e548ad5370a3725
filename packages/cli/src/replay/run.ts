import { keccak256, toHex, type Account, type Address } from 'viem';
import {
  admitResidents,
  advanceRoundPhase,
  deployPolity,
  deployPolityFactory,
  getProjects,
  getResident,
  getRound,
  metaValue,
  openRound,
  PolityTransactionRevertedError,
  reviewProjects,
  revokeResidents,
  submitProject,
  type PabulibFile,
  type PolityAddresses,
} from '@polity/sdk';
import { chainTime, waitForChainTime, type WaitOptions } from '../chain/clock.js';
import type { Connection } from '../chain/connection.js';
import { reasonOf } from '../council/failure.js';
import { finaliseResult } from '../council/finalise.js';
import { passFoundingVote } from '../council/founding.js';
import { fitPolityName } from '../council/names.js';
import { projectTextsPath, recordProjectTexts } from '../council/project-texts.js';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import { ProgressBar } from '../output/progress.js';
import { castReplayBallots, type CastingReport, type ReplayBallot } from './ballots.js';
import type { ReplayDesign } from './design.js';
import { journalPath, newJournal, readJournal, saveJournal, type ReplayJournal } from './journal.js';
import { compareWithRecord, type ReplayComparison } from './result.js';
import { fundVoters, pool, voterAccount } from './voters.js';

export interface ReplaySettings extends WaitOptions {
  /** Ballots sent at the same time. */
  readonly concurrency: number;
  /** How long voting stays open after the council opens it (seconds). */
  readonly votingPeriod: number;
  /** Ignore an existing journal and start a new replay. */
  readonly restart: boolean;
}

export interface ReplayRun {
  /** Where the journal (also a polity file) is, or undefined on a throwaway anvil. */
  readonly journalPath: string | undefined;
  readonly resumed: boolean;
  readonly polity: PolityAddresses;
  readonly roundId: bigint;
  readonly casting: CastingReport;
  readonly comparison: ReplayComparison;
  /** Seconds spent in each stage, in order. */
  readonly timings: readonly { readonly stage: string; readonly seconds: number }[];
}

const admissionBatch = 200;
/** Residents of a replay stay residents for ten years. */
const membership = 10n * 365n * 86_400n;

/**
 * Replays an election on-chain, step by step, each step skipped when the journal or the chain shows it
 * done: deploy a polity, pass its founding vote, admit every voter, open the round, submit and accept
 * its projects, open voting, fund the voters, cast every ballot, close and finalise the round.
 */
export async function runReplay(connection: Connection, file: PabulibFile, source: string, fileHash: string, design: ReplayDesign, io: CliIo, settings: ReplaySettings): Promise<ReplayRun> {
  const timings: { stage: string; seconds: number }[] = [];
  const timed = async <value>(stage: string, work: () => Promise<value>): Promise<value> => {
    const started = performance.now();
    const value = await work();
    timings.push({ stage, seconds: (performance.now() - started) / 1000 });
    return value;
  };
  const path = connection.ephemeral ? undefined : journalPath(io, source, connection.chainId);
  const { journal, resumed } = await openJournal(connection, path, source, fileHash, replayName(file, source), io, settings.restart);
  // Saves run one after another (ballots save in the background every 50), each with the journal as it is then.
  let saving = Promise.resolve();
  const save = (): Promise<void> => {
    if (path !== undefined) saving = saving.then(() => saveJournal(path, journal));
    return saving;
  };
  await save();
  const { client } = connection;
  const progressTarget = { write: io.err, interactive: io.interactive === true };

  const polity = await timed('deploy', async () => {
    if (journal.polity === undefined) {
      io.err('deploying the factory and a polity for the replay\n');
      const { factory } = await deployPolityFactory(client, { chainId: connection.chainId });
      const { polity: deployed } = await deployPolity(client, { chainId: connection.chainId, factory, config: replayPolityConfig(journal.name, connection.account.address) });
      journal.polity = deployed;
      journal.factory = factory;
      await save();
    }
    return journal.polity;
  });

  await timed('founding vote', async () => {
    if (journal.councilOpensRounds === true) return;
    await passFoundingVote(connection, polity, io, {
      ...settings,
      proposalId: journal.foundingProposal === undefined ? undefined : BigInt(journal.foundingProposal),
      onProposed: async (proposalId) => {
        journal.foundingProposal = proposalId.toString();
        await save();
      },
    });
    journal.councilOpensRounds = true;
    await save();
  });

  const voters = file.votes.map((_, index) => voterAccount(journal.voterSeed, index));
  await timed('admit voters', async () => {
    if (journal.votersAdmitted === true) return;
    await admitVoters(connection, polity, voters, file, fileHash, io);
    journal.votersAdmitted = true;
    await save();
  });

  const roundId = await timed('open round', async () => {
    if (journal.roundId === undefined) {
      const now = await chainTime(connection);
      // The council moves the round on as soon as each step is done; the dates only bound it.
      const submission = connection.devNode ? 86_400n : await submissionAllowance(connection, design.projects.length);
      const timeline = { reviewStart: Number(now + submission), votingStart: Number(now + submission + 1n), votingEnd: Number(now + submission + 1n + BigInt(settings.votingPeriod)) };
      const { roundId: opened } = await openRound(client, { polity, config: { ...design.config, timeline }, categories: design.categories });
      journal.roundId = opened.toString();
      await save();
    }
    return BigInt(journal.roundId);
  });

  await timed('projects', async () => {
    await submitProjects(connection, polity, roundId, design, progressTarget);
    if (path !== undefined) {
      const texts = design.projects.map((project, projectId) => ({
        projectId,
        text: { title: project.name, category: project.categoryName, description: project.description, text: project.text, contentHash: project.descriptionHash, source: `project ${project.pabulibId} of ${source}` },
      }));
      await recordProjectTexts(projectTextsPath(io, journal.name, roundId), roundId, texts);
    }
    if (journal.reviewed !== true) {
      await acceptProjects(connection, polity, roundId);
      journal.reviewed = true;
      await save();
    }
  });

  await timed('open voting', async () => {
    if (journal.councilLeft !== true) {
      // The founding resident only carried the founding vote and the projects: the round's electorate is the file's voters.
      if ((await getResident(client, { polity, account: connection.account.address })).member) {
        await revokeResidents(client, { polity, accounts: [connection.account.address], reason: 'replay: founder leaves' });
      }
      journal.councilLeft = true;
      await save();
    }
    if (journal.votingOpened !== true) {
      const { phase } = await getRound(client, { polity, roundId });
      if (phase === 'review') {
        // Residents admitted in the last second would miss the snapshot (the second before voting opens).
        await waitForChainTime(connection, (await chainTime(connection)) + 1n, 'snapshot after the last admission', io, settings);
        await advanceRoundPhase(client, { polity, roundId, to: 'voting' });
      }
      journal.votingOpened = true;
      await save();
    }
  });

  await timed('fund voters', async () => {
    if (journal.votersFunded === true) return;
    const progress = new ProgressBar(progressTarget, 'funding voters', voters.length);
    await fundVoters(connection, voters, (count) => progress.tick(count));
    progress.finish();
    journal.votersFunded = true;
    await save();
  });

  const casting = await timed('ballots', async () => {
    const ballots = replayBallots(file, design, voters);
    let progress: ProgressBar | undefined;
    let since = 0;
    const report = await castReplayBallots(connection, polity, roundId, ballots, {
      concurrency: settings.concurrency,
      onStart: (found) => {
        if (found > 0) io.err(`${found} of ${ballots.length} ballots are on-chain already (read from the chain): casting the other ${ballots.length - found}\n`);
        progress = new ProgressBar(progressTarget, 'ballots', ballots.length, found);
        journal.ballotsConfirmed = found;
      },
      onBallot: () => {
        progress?.tick();
        journal.ballotsConfirmed = (journal.ballotsConfirmed ?? 0) + 1;
        since += 1;
        if (since >= 50) {
          since = 0;
          // A failed write surfaces at the next awaited save.
          save().catch(() => undefined);
        }
      },
    });
    progress?.finish();
    await save();
    return report;
  });

  await timed('finalise', async () => {
    if (journal.finalised === true) return;
    await finaliseResult(connection, polity, roundId, io, { ...settings, wait: true });
    journal.finalised = true;
    await save();
  });

  const comparison = await compareWithRecord(connection, polity, roundId, design, file);
  return { journalPath: path, resumed, polity, roundId, casting, comparison, timings };
}

async function openJournal(connection: Connection, path: string | undefined, source: string, fileHash: string, name: string, io: CliIo, restart: boolean): Promise<{ journal: ReplayJournal; resumed: boolean }> {
  const fresh = { journal: newJournal(source, fileHash, connection.chainId, connection.genesis, name), resumed: false };
  if (path === undefined || restart) return fresh;
  const journal = await readJournal(path);
  if (journal === undefined) return fresh;
  if (journal.fileHash !== fileHash) {
    throw new CliError(`the replay journal ${path} is for another version of ${source} (its contents changed)`, 'Pass --restart to replay the new file from the start (the journal is replaced).', 2);
  }
  if (journal.genesis !== connection.genesis) {
    io.err(`the journal ${path} was written on another chain with the same id (a restarted node?): replaying from the start\n`);
    return fresh;
  }
  io.err(`resuming the replay recorded in ${path}\n`);
  return { journal, resumed: true };
}

/** "Stara Miłosna 2017" from META (subunit or unit, and instance), else the file's name, cut to a polity name's 22 bytes. */
function replayName(file: PabulibFile, source: string): string {
  const place = metaValue(file, 'subunit') || metaValue(file, 'unit') || source.replace(/^.*\//, '').replace(/\.pb(\.gz)?$/i, '');
  return fitPolityName([place, metaValue(file, 'instance')].filter((part) => part !== undefined && part !== '').join(' '));
}

/**
 * How long the submission phase must last on a chain whose clock nobody moves: time to submit every
 * project, accept them and open voting (one transaction each, plus a few), twice over at the chain's
 * recent block time, and at least 30 s. Voting then ends `--voting-period` after that.
 */
async function submissionAllowance(connection: Connection, projects: number): Promise<bigint> {
  const latest = await connection.client.getBlock({ blockTag: 'latest' });
  const earlier = await connection.client.getBlock({ blockNumber: latest.number > 10n ? latest.number - 10n : 0n });
  const blocks = latest.number - earlier.number;
  const blockTime = blocks === 0n ? 12n : (latest.timestamp - earlier.timestamp) / blocks;
  const allowance = BigInt(projects + 5) * (blockTime > 1n ? blockTime : 1n) * 2n;
  return allowance > 30n ? allowance : 30n;
}

/** A polity whose governance moves in seconds: a replay is a rehearsal, not a city. */
function replayPolityConfig(name: string, operator: Address) {
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

/** Admits every voter not admitted yet, in batches; each voter's credential is derived from the file and its voter id. */
async function admitVoters(connection: Connection, polity: PolityAddresses, voters: readonly Account[], file: PabulibFile, fileHash: string, io: CliIo): Promise<void> {
  const { client } = connection;
  const admitted = new Array<boolean>(voters.length);
  await pool(voters, 32, async (voter, index) => {
    admitted[index] = (await getResident(client, { polity, account: voter.address })).member;
  });
  const missing = voters.flatMap((voter, index) => (admitted[index] ? [] : [{ voter, index }]));
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
    try {
      await admitResidents(client, { polity, residents });
    } catch (error) {
      // A batch mined in another second than it was simulated in can revert (seen once on a busy machine,
      // not reproduced since); admitting is idempotent, so the batch is sent once more before giving up.
      if (!(error instanceof PolityTransactionRevertedError)) throw error;
      io.err(`admitting voters: ${reasonOf(error)}; sending the batch once more\n`);
      await admitResidents(client, { polity, residents });
    }
    progress.tick(batch.length);
  }
  progress.finish();
}

/** Submits the projects not on-chain yet, after checking that those there are the file's, in its order. */
async function submitProjects(connection: Connection, polity: PolityAddresses, roundId: bigint, design: ReplayDesign, target: { write: (text: string) => void; interactive: boolean }): Promise<void> {
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

/** Moves the round to review and puts every project on the ballot (skipping those accepted already). */
async function acceptProjects(connection: Connection, polity: PolityAddresses, roundId: bigint): Promise<void> {
  const { client } = connection;
  if ((await getRound(client, { polity, roundId })).phase === 'submission') await advanceRoundPhase(client, { polity, roundId, to: 'review' });
  const projects = await getProjects(client, { polity, roundId });
  const decisions = projects.filter((project) => project.status !== 'accepted').map((project) => ({ projectId: project.projectId, decision: 'accept' as const }));
  if (decisions.length > 0) await reviewProjects(client, { polity, roundId, decisions });
}

/** Each voter's ballot with on-chain project ids (a project's id is its position in the file). */
function replayBallots(file: PabulibFile, design: ReplayDesign, voters: readonly Account[]): ReplayBallot[] {
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
