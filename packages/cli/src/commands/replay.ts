import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import type { Address } from 'viem';
import { parsePabulib, type PabulibFile } from '@polity/sdk';
import { readPabulibText } from '@polity/sdk/pabulib/node';
import { connect } from '../chain/connection.js';
import type { Connection, ConnectionOptions } from '../chain/connection.js';
import { connectionOptions, positiveSeconds, wholeNumber, withConnectionOptions } from '../chain/options.js';
import { tokenOption } from '../council/token.js';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import { commandLine } from '../output/command-line.js';
import { formatAmount, plural, truncate } from '../output/format.js';
import { renderTable } from '../output/table.js';
import { serverUrlOf, withServerOption, type ServerOptions } from '../publishing/server-option.js';
import { replayCompletions, replayDesign, replayRules, type ReplayCompletion, type ReplayDesign, type ReplayRule } from '../replay/design.js';
import { runReplay, type ReplayRun } from '../replay/run.js';
import { amountsOf, type Amounts } from '../tally/amounts.js';

interface ReplayOptions extends ConnectionOptions, ServerOptions {
  readonly rule?: ReplayRule;
  readonly completion?: ReplayCompletion;
  readonly token?: string;
  readonly concurrency: number;
  readonly votingPeriod?: number;
  readonly challengeWindow: number;
  readonly realTime?: boolean;
  readonly restart?: boolean;
  readonly json?: boolean;
}

/** `polity replay <file.pb>`: a real election cast again, ballot by ballot, on a chain. */
export function registerReplay(program: Command, io: CliIo): void {
  withConnectionOptions(
    withServerOption(
      program
        .command('replay')
        .description('replay a pabulib election on-chain: deploy a polity, admit every voter, open the round, cast every ballot, finalise, and compare with the recorded outcome')
        .argument('<file>', 'pabulib file, .pb or gzip-compressed .pb.gz')
        .addOption(new Option('--rule <rule>', 'counting rule (default: the file\'s META rule; greedy when it has none)').choices(replayRules))
        .addOption(new Option('--completion <completion>', 'mes: completion (default: add1 when META rule says add1, else none)').choices(replayCompletions))
        .option('--token <address>', 'the ERC-20 the round\'s budget is in (default: none, the round is never funded)')
        .option('--concurrency <n>', 'ballots sent and not yet confirmed, at most', wholeNumber('--concurrency', 1), 200)
        .option('--voting-period <seconds>', 'how long voting stays open once the council opens it (default: 1 day on a development node, else 1 hour)', positiveSeconds('--voting-period'))
        .option('--challenge-window <seconds>', 'mes: how long the proposed outcome can be challenged', positiveSeconds('--challenge-window'), 60)
        .option('--real-time', 'wait out delays in real time even on a development node (default: move its clock)')
        .option('--restart', 'ignore the journal of an earlier run and replay from the start')
        .option('--json', 'print the result as one JSON object'),
    ),
  ).action(async (source: string, options: ReplayOptions, command: Command) => {
    const serverUrl = serverUrlOf(options, io);
    const { file, hash } = await readElection(source, io);
    const token = tokenOption(options.token);
    const design = replayDesign(file, source, { rule: options.rule, completion: options.completion, token, challengeWindow: options.challengeWindow });
    const amounts = amountsOf(file);
    const started = performance.now();
    const connection = await connect(connectionOptions(options), io);
    const stopped = io.stopRequested?.();
    try {
      io.err(`${source}: ${plural(file.projects.length, 'project')}, ${plural(file.votes.length, 'ballot')}, budget ${amounts.text(Number(design.config.budget))}${inMinorUnits(amounts.decimals)}; ${design.ballot}; ${describeRule(design)}\n`);
      const replaying = runReplay(connection, file, source, hash, design, io, {
        concurrency: options.concurrency,
        votingPeriod: options.votingPeriod ?? (connection.devNode ? 86_400 : 3_600),
        restart: options.restart === true,
        realTime: options.realTime === true,
        ...(serverUrl === undefined ? {} : { serverUrl }),
      });
      // Once stopped, the replay's own end (a failure as the connection closes) is of no interest.
      replaying.catch(() => undefined);
      const run = stopped === undefined ? await replaying : await Promise.race([replaying, stopped.then((signal) => interrupted(signal, connection, command, source, io))]);
      const seconds = (performance.now() - started) / 1000;
      io.out(options.json === true ? `${JSON.stringify(replayJson(run, source, connection.chainId, token, seconds, io, amounts), null, 2)}\n` : replayText(run, source, connection.chainId, io, amounts));
      io.err(describeTimings(run, seconds));
      if (run.casting.refused.length > 0) {
        throw new CliError(`${plural(run.casting.refused.length, 'ballot')} refused by the round (listed above), so the on-chain result counts ${formatAmount(run.comparison.ballots)} of ${plural(file.votes.length, 'ballot')}`, 'Check those ballots against the round\'s rules (the META section of the file).');
      }
      if (run.comparison.matches === false) throw new CliError('the on-chain result differs from the outcome the city recorded (marked ≠ above)', 'Check the rule (--rule, --completion) against the META rule of the file.');
    } finally {
      await connection.close();
    }
  });
}

/**
 * Ctrl-C (or SIGTERM) in the middle: what was kept, and the exact command that continues. The journal
 * records each step as it is done and ballots are read back from the chain, so running it again resumes.
 */
function interrupted(signal: string, connection: Connection, command: Command, source: string, io: CliIo): never {
  if (connection.ephemeral) {
    throw new CliError(`the replay was stopped (${signal}); it ran on a throwaway anvil, which stops with it, so there is nothing to resume`, 'Start a node that outlives the command (pnpm exec anvil) and replay on it with --rpc URL to be able to stop and resume.', 130);
  }
  const resume = commandLine(io, command, [source], { drop: ['restart'], set: { rpc: connection.url }, hide: { privateKey: '<the same key>' } });
  throw new CliError(`the replay was stopped (${signal}); every step it finished is on chain and in its journal, and no ballot is ever cast twice`, `Resume it with:\n  ${resume}`, 130);
}

async function readElection(source: string, io: CliIo): Promise<{ file: PabulibFile; hash: string }> {
  const path = isAbsolute(source) ? source : resolve(io.cwd, source);
  let text: string;
  try {
    text = await readPabulibText(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read ${source}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message}`, 'Check the path (relative paths start from the repository root under pnpm polity); the test data is in test/data/pabulib/.', 1, { cause: error });
  }
  return { file: parsePabulib(text, { source: source.replace(/^.*\//, '') }), hash: createHash('sha256').update(text).digest('hex') };
}

/** A file in złoty and grosze goes on chain in grosze: say so beside the budget. */
function inMinorUnits(decimals: number): string {
  return decimals === 0 ? '' : ` (on chain in units of 10^-${decimals}, the file's precision)`;
}

function describeRule(design: ReplayDesign): string {
  return design.rule === 'greedy' ? 'greedy, counted on-chain' : `equal shares (completion ${design.completion}), computed by the SDK from the on-chain ballots and proposed with their commitment`;
}

function replayText(run: ReplayRun, source: string, chainId: number, io: CliIo, amounts: Amounts): string {
  const { comparison } = run;
  const recorded = comparison.recorded !== undefined;
  const order = [...comparison.projects].sort((a, b) => Number(b.support - a.support) || Number(a.cost - b.cost));
  const mark = (yes: boolean | undefined): string => (yes === true ? 'yes' : '');
  const table = renderTable(
    [{ header: 'project' }, { header: 'name' }, { header: 'cost', align: 'right' }, { header: 'support', align: 'right' }, { header: 'on-chain' }, ...(recorded ? [{ header: 'recorded' }] : [])],
    order.map((row) => [
      row.pabulibId,
      truncate(row.name, 40),
      amounts.text(Number(row.cost)),
      formatAmount(row.support),
      mark(row.fundedOnChain),
      ...(recorded ? [row.fundedOnChain === row.fundedRecorded ? mark(row.fundedRecorded) : `${row.fundedRecorded === true ? 'yes' : 'no'} ≠`] : []),
    ]),
  );
  const lines = [
    `${source}: replayed as round ${run.roundId} on chain ${chainId}${run.journalPath === undefined ? ' (a throwaway anvil)' : `; journal and polity: ${relative(io.cwd, run.journalPath)}`}`,
    `ballots on-chain: ${formatAmount(comparison.ballots)} (${formatAmount(run.casting.cast)} cast now${run.casting.found > 0 ? `, ${formatAmount(run.casting.found)} by an earlier run` : ''}${run.casting.refused.length > 0 ? `, ${formatAmount(run.casting.refused.length)} refused` : ''}); ballot commitment ${comparison.ballotCommitment}`,
    '',
    table,
    `on-chain result (${comparison.status}): ${plural(comparison.onChain.count, 'project')}, ${amounts.text(Number(comparison.onChain.cost))}`,
    comparison.recorded === undefined ? 'recorded outcome: none in the file (no selected column)' : `recorded outcome:${' '.repeat(comparison.status.length + 3)}${plural(comparison.recorded.count, 'project')}, ${amounts.text(Number(comparison.recorded.cost))}`,
  ];
  if (comparison.matches === true) lines.push('the on-chain result matches the recorded outcome');
  for (const refused of run.casting.refused) lines.push(`refused: voter ${refused.voterId}: ${refused.reason}`);
  return `${lines.join('\n')}\n`;
}

function replayJson(run: ReplayRun, source: string, chainId: number, token: Address, seconds: number, io: CliIo, amounts: Amounts) {
  const { comparison } = run;
  return {
    file: source,
    chainId,
    polity: { ...run.polity, deployedAtBlock: run.polity.deployedAtBlock?.toString() },
    journal: run.journalPath === undefined ? null : relative(io.cwd, run.journalPath),
    roundId: run.roundId.toString(),
    token,
    amountDecimals: amounts.decimals,
    ballots: { onChain: Number(comparison.ballots), castNow: run.casting.cast, castBefore: run.casting.found, refused: run.casting.refused },
    ballotCommitment: comparison.ballotCommitment,
    status: comparison.status,
    onChain: { selected: comparison.projects.filter((row) => row.fundedOnChain).map((row) => row.pabulibId), cost: amounts.json(Number(comparison.onChain.cost)) },
    recorded: comparison.recorded === undefined ? null : { selected: comparison.projects.filter((row) => row.fundedRecorded).map((row) => row.pabulibId), cost: amounts.json(Number(comparison.recorded.cost)) },
    matches: comparison.matches ?? null,
    projects: comparison.projects.map((row) => ({ id: row.pabulibId, projectId: row.projectId, name: row.name, cost: amounts.json(Number(row.cost)), support: Number(row.support), onChain: row.fundedOnChain, recorded: row.fundedRecorded ?? null })),
    seconds: Math.round(seconds * 10) / 10,
    timings: run.timings.map((timing) => ({ stage: timing.stage, seconds: Math.round(timing.seconds * 10) / 10 })),
  };
}

function describeTimings(run: ReplayRun, seconds: number): string {
  const ballots = run.timings.find((timing) => timing.stage === 'ballots');
  const rate = ballots !== undefined && ballots.seconds > 0 && run.casting.cast > 0 ? `, ${(run.casting.cast / ballots.seconds).toFixed(1)} ballots/s` : '';
  return `replay took ${seconds.toFixed(1)} s (${run.timings.map((timing) => `${timing.stage} ${timing.seconds.toFixed(1)} s`).join(', ')}${rate})\n`;
}
