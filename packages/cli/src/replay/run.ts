import { relative } from 'node:path';
import {
  advanceRoundPhase,
  deployPolity,
  deployPolityFactory,
  getResident,
  getRound,
  metaValue,
  openRound,
  revokeResidents,
  type PabulibFile,
  type PolityAddresses,
} from '@polity/sdk';
import { chainTime, waitForChainTime, type WaitOptions } from '../chain/clock.js';
import type { Connection } from '../chain/connection.js';
import { finaliseResult } from '../council/finalise.js';
import { passFoundingVote } from '../council/founding.js';
import { fitPolityName } from '../council/names.js';
import { projectTextsPath, recordProjectTexts, recordRoundText } from '../council/project-texts.js';
import { acceptAllProjects } from '../council/review.js';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import { truncate } from '../output/format.js';
import type { PublicText } from '../publishing/public-text.js';
import { ProgressBar } from '../output/progress.js';
import { publishBeforeSending, requireServerAnswers } from '../publishing/publish-texts.js';
import { castReplayBallots, type CastingReport } from './ballots.js';
import type { ReplayDesign } from './design.js';
import { journalPath, newJournal, readJournal, saveJournal, type ReplayJournal } from './journal.js';
import { compareWithRecord, type ReplayComparison } from './result.js';
import { admitVoters, replayBallots, replayPolityConfig, replayRoundLimits, submissionAllowance, submitProjects } from './steps.js';
import { fundVoters, voterAccount } from './voters.js';

export interface ReplaySettings extends WaitOptions {
  /** Ballots sent at the same time. */
  readonly concurrency: number;
  /** How long voting stays open after the council opens it (seconds). */
  readonly votingPeriod: number;
  /** Ignore an existing journal and start a new replay. */
  readonly restart: boolean;
  /** The Polity server the round's and projects' texts are published on before their hashes go on chain. */
  readonly serverUrl?: string;
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
  const { serverUrl } = settings;
  if (serverUrl !== undefined) await requireServerAnswers(serverUrl, 'Nothing was sent.');
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

  // Before any hash goes on chain (the round's, then its projects'), their texts are on the server; publishing again on a resumed run is harmless.
  if (serverUrl !== undefined) {
    await timed('publish texts', () =>
      publishBeforeSending({ connection, polity, serverUrl }, replayTexts(design), io, `The polity is deployed${path === undefined ? '' : ` (recorded in ${relative(io.cwd, path)})`} but no round was opened. A server serves one polity: for a replay's, write its configuration with \`polity serve --init <file> --polity ${path === undefined ? '<journal>' : relative(io.cwd, path)}\`, start it, and run the replay again with --server (it continues where it stopped).`),
    );
  }

  await timed('founding vote', async () => {
    if (journal.councilOpensRounds === true) return;
    await passFoundingVote(connection, polity, io, {
      ...settings,
      roundLimits: replayRoundLimits(design.config.counting.challengeWindow),
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
    await admitVoters(connection, polity, voters, file, fileHash, io, {
      admittedBefore: journal.admissionStarted === true,
      onAdmitting: async () => {
        journal.admissionStarted = true;
        await save();
      },
    });
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
      await recordRoundText(projectTextsPath(io, journal.name, roundId), roundId, { text: design.roundText, contentHash: design.config.descriptionHash });
      const texts = design.projects.map((project, projectId) => ({
        projectId,
        text: { title: project.name, category: project.categoryName, description: project.description, text: project.text, contentHash: project.descriptionHash, source: `project ${project.pabulibId} of ${source}` },
      }));
      await recordProjectTexts(projectTextsPath(io, journal.name, roundId), roundId, texts);
    }
    if (journal.reviewed !== true) {
      await acceptAllProjects(connection, polity, roundId);
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
      // A journal written before ballotsSent existed counts ballots once casting has begun.
      sentBefore: journal.ballotsSent === true || journal.ballotsConfirmed !== undefined,
      onSending: async () => {
        journal.ballotsSent = true;
        await save();
      },
      blockMining: {
        turnedOff: journal.automineOff === true,
        record: async (turnedOff) => {
          journal.automineOff = turnedOff;
          await save();
        },
      },
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

function replayTexts(design: ReplayDesign): PublicText[] {
  return [
    { what: 'the round\'s description', text: design.roundText, contentHash: design.config.descriptionHash },
    ...design.projects.map((project) => ({ what: `project ${project.pabulibId} ("${truncate(project.name, 40)}")`, text: project.text, contentHash: project.descriptionHash })),
  ];
}

async function openJournal(connection: Connection, path: string | undefined, source: string, fileHash: string, name: string, io: CliIo, restart: boolean): Promise<{ journal: ReplayJournal; resumed: boolean }> {
  const fresh = { journal: newJournal(source, fileHash, connection.chainId, connection.genesis, name), resumed: false };
  if (path === undefined || restart) return fresh;
  const journal = await readJournal(path);
  if (journal === undefined) return fresh;
  if (journal.fileHash !== fileHash) {
    throw new CliError(`the replay journal ${path} is for another version of ${source} (its contents changed)`, 'Pass --restart to replay the new file from the start (the journal is replaced).', 2);
  }
  // Two anvils started in the same second share a block 0: the polity's code is checked too.
  const code = journal.polity === undefined ? undefined : await connection.client.getCode({ address: journal.polity.registry });
  if (journal.genesis !== connection.genesis || (journal.polity !== undefined && (code === undefined || code === '0x'))) {
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
