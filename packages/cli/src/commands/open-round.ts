import { basename, isAbsolute, relative, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import {
  advanceRoundPhase,
  getProjects,
  getResident,
  getRound,
  getRoundCategories,
  openRound,
  PolityAccessError,
  submitProject,
  type PolityAddresses,
  type RoundBallots,
} from '@polity/sdk';
import { chainTime } from '../chain/clock.js';
import type { Connection } from '../chain/connection.js';
import { wholeNumber } from '../chain/options.js';
import { connectToPolity, withPolityOptions, type PolityCommandOptions } from '../chain/polity-connection.js';
import { confirmSending } from '../council/confirm.js';
import { durationOption } from '../council/durations.js';
import { describeFailure } from '../council/failure.js';
import { projectTextsPath, recordProjectTexts, recordRoundText } from '../council/project-texts.js';
import { acceptAllProjects } from '../council/review.js';
import { ballotKinds, describeRound, roundBallots, roundCompletions, roundConfig, roundRules, type RoundOptions } from '../council/round-config.js';
import { tokenOption, unfundedToken } from '../council/token.js';
import { readProjects, type ProjectRow, type ProjectsCsv } from '../csv/projects.js';
import { describeLines, describeRejected, readCsv } from '../csv/read.js';
import { formatDate, parseWhole } from '../csv/values.js';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import { formatAmount, plural, truncate } from '../output/format.js';
import { ProgressBar } from '../output/progress.js';
import { renderTable } from '../output/table.js';
import { publishBeforeSending } from '../publishing/publish-texts.js';
import type { PublicText } from '../publishing/public-text.js';
import { serverUrlOf, withServerOption, type ServerOptions } from '../publishing/server-option.js';

interface OpenRoundCommandOptions extends PolityCommandOptions, ServerOptions, Omit<RoundOptions, 'budget' | 'token' | 'challengeBond' | 'description'> {
  readonly budget?: bigint;
  readonly token?: string;
  readonly challengeBond: bigint;
  readonly description?: string;
  readonly round?: number;
  readonly startVoting?: boolean;
  readonly yes?: boolean;
  readonly dryRun?: boolean;
}

/** `polity open-round projects.csv`: the council opens a round and submits the city's list of projects. */
export function registerOpenRound(program: Command, io: CliIo): void {
  withPolityOptions(
    withServerOption(
      program
        .command('open-round')
        .description('open a budget round and submit its projects from a CSV file (title, cost, category, location, description); only their content hashes go on-chain')
        .argument('<projects.csv>', 'one project per line under a header: title,cost[,category][,location][,description]')
        .option('--budget <amount>', 'the round\'s budget in whole token units, at least 1 (required to open a round)', amount('--budget', 1n))
        .option('--token <address>', 'the ERC-20 the budget is paid in (default: none, the round can never be funded)')
        .addOption(new Option('--ballot <kind>', 'ballot design').choices(ballotKinds).default('approval'))
        .addOption(
          new Option(
            '--ballots <ballots>',
            'public: anyone can see who voted for what, and --delegation-topic may carry delegated weight; secret: nobody, not even the council, can tell who voted for what (residents set up secret voting before voting starts; no delegation; see docs/secret-ballots.md)',
          )
            .choices(roundBallots)
            .default('public'),
        )
        .option('--min-projects <n>', 'fewest projects on a ballot', wholeNumber('--min-projects'), 1)
        .option('--max-projects <n>', 'most projects on a ballot (0: no limit)', wholeNumber('--max-projects'), 0)
        .option('--min-spend-percent <percent>', 'knapsack: a ballot must spend at least this share of the budget', wholeNumber('--min-spend-percent'), 0)
        .option('--points <n>', 'cumulative: points each resident gives', wholeNumber('--points', 1))
        .option('--max-points-per-project <n>', 'cumulative: most points on one project (default: all of them)', wholeNumber('--max-points-per-project', 1))
        .addOption(new Option('--rule <rule>', 'counting rule').choices(roundRules).default('greedy'))
        .addOption(new Option('--completion <completion>', 'mes: completion (default add1)').choices(roundCompletions))
        .option('--min-support <n>', 'projects with less support are not funded', wholeNumber('--min-support'), 0)
        .option('--stop-at-misfit', 'greedy: stop at the first project that does not fit instead of skipping it')
        .addOption(durationOption('--challenge-window <duration>', 'mes: how long a proposed outcome can be challenged', '3d'))
        .addOption(
          new Option('--challenge-bond <wei>', 'mes: what a challenger deposits (within the limits governance set; 0.001 to 1 native unit at deployment)')
            .argParser(amount('--challenge-bond'))
            // Described in words: commander would print the default with JSON.stringify, which refuses a bigint.
            .default(10n ** 15n, '10^15 wei, 0.001 native unit'),
        )
        .option('--district <n>', 'only residents of this district take part (0: the whole city)', wholeNumber('--district'), 0)
        .option('--delegation-topic <topic>', 'ballots carry the weight delegated on this topic (city-wide rounds)', wholeNumber('--delegation-topic'))
        .option('--max-submissions <n>', 'projects each resident may submit (the council\'s import counts too; at most the limit governance set, 5 at deployment)', wholeNumber('--max-submissions', 1), 5)
        .option('--description <text>', 'the round\'s public description (its content hash goes on-chain)')
        .addOption(durationOption('--submission <duration>', 'how long submission lasts (not with --start-voting)', '14d'))
        .addOption(durationOption('--review <duration>', 'how long the council\'s review lasts (not with --start-voting)', '7d'))
        .addOption(durationOption('--voting <duration>', 'how long voting lasts', '14d'))
        .option('--round <id>', 'submit into this round (in its submission phase) instead of opening one; projects already there are skipped', wholeNumber('--round', 1))
        .option('--start-voting', 'then accept every project and open voting now, ahead of the timeline')
        .option('--dry-run', 'check the file and show the preview; send nothing')
        .option('--yes', 'send without asking for confirmation'),
    ),
  ).action(async (csv: string, options: OpenRoundCommandOptions) => {
    if (options.round === undefined && options.budget === undefined) throw new CliError('--budget is needed to open a round', 'Pass --budget <amount> (whole token units), or --round <id> to add projects to an open round.', 2);
    const serverUrl = serverUrlOf(options, io);
    const table = await readCsv(isAbsolute(csv) ? csv : resolve(io.cwd, csv), csv);
    if (table.rows.length === 0) throw new CliError(`${basename(csv)} has no projects: only a header, or nothing`, 'Add one project per line under the header (title,cost[,category][,location][,description]) and run the command again. Nothing was sent.');
    const token = tokenOption(options.token);
    const { connection, file } = await connectToPolity(options, io);
    try {
      const { polity } = file;
      if (options.round === undefined && options.ballots === 'secret') requireSecretBallots(polity, file.name);
      const existing = options.round === undefined ? undefined : await existingRound(connection, polity, BigInt(options.round));
      const settings: RoundOptions = { ...options, budget: existing?.budget ?? options.budget!, token, description: options.description ?? `${file.name}: participatory budget` };
      const now = await chainTime(connection);
      const config = existing === undefined ? roundConfig(settings, now) : undefined;
      const fromFile = readProjects(table, settings.budget);
      // A resumed round files projects under its own categories, read from the chain, never the file's order.
      const { accepted, rejected, categories } = existing === undefined ? fromFile : withinCategories(fromFile, existing);
      if (existing === undefined && accepted.length === 0) {
        io.out(`\n${plural(rejected.length, 'row')} refused, not sent:\n${describeRejected(csv, rejected)}`);
        throw new CliError(`none of the ${plural(table.rows.length, 'row')} of ${basename(csv)} can be submitted (listed above), so no round was opened`, 'Fix those lines and run the command again. Nothing was sent.');
      }
      const alreadyThere = new Set(existing?.contentHashes ?? []);
      const toSubmit = accepted.filter((row) => !alreadyThere.has(row.contentHash));
      await requireResidentCouncil(connection, polity);

      io.out(preview(csv, table.rows.length, toSubmit, accepted.length - toSubmit.length, rejected.length, existing === undefined ? `a new round: ${describeRound(settings)}` : `round ${options.round}`, categories));
      if (config !== undefined) io.out(`timeline: submission until ${formatDate(config.timeline.reviewStart)}, review until ${formatDate(config.timeline.votingStart)}, voting until ${formatDate(config.timeline.votingEnd)}${options.startVoting === true ? ' (voting opens now)' : ''}\n`);
      if (token === unfundedToken && existing === undefined) io.out(`token: none given, so the round names ${unfundedToken} and can never be funded (pass --token for a round the treasury pays)\n`);
      if (serverUrl !== undefined) io.out(`texts: published on ${serverUrl} before their hashes are sent\n`);
      if (rejected.length > 0) io.out(`\n${plural(rejected.length, 'row')} refused, not sent:\n${describeRejected(csv, rejected)}`);
      if (options.dryRun === true) return finish(rejected.length, csv, existing?.roundId);
      if (toSubmit.length === 0 && existing !== undefined) {
        io.out('\nnothing to send\n');
        return finish(rejected.length, csv, existing.roundId);
      }
      await confirmSending(io, `${existing === undefined ? 'Open the round and submit' : 'Submit'} ${plural(toSubmit.length, 'project')} to ${file.name} on chain ${connection.chainId}?`, options.yes);

      const roundText = config === undefined ? undefined : { text: settings.description, contentHash: config.descriptionHash };
      if (serverUrl !== undefined) {
        const publicTexts: PublicText[] = [...(roundText === undefined ? [] : [{ what: 'the round\'s description', ...roundText }]), ...toSubmit.map(projectPublicText)];
        await publishBeforeSending({ connection, polity, serverUrl }, publicTexts, io, 'Nothing was sent to the chain: fix the problem and run the command again.');
      }
      const roundId = existing?.roundId ?? (await open(connection, polity, config!, categories, settings.ballots));
      const texts = projectTextsPath(io, file.name, roundId);
      if (roundText !== undefined) {
        await recordRoundText(texts, roundId, roundText);
        io.out(`opened round ${roundId}\n`);
      }
      await submitAll(connection, polity, roundId, toSubmit, categories, texts, io);
      io.out(`submitted ${plural(toSubmit.length, 'project')} to round ${roundId}; their public texts (published by the city, hashed on-chain) are in ${relative(io.cwd, texts)}\n`);
      if (options.startVoting === true) {
        await startVoting(connection, polity, roundId);
        io.out(`accepted every project and opened voting in round ${roundId}\n`);
      }
      finish(rejected.length, csv, roundId);
    } finally {
      await connection.close();
    }
  });
}

function projectPublicText(row: ProjectRow): PublicText {
  return { what: `the project on line ${row.line} ("${truncate(row.title, 40)}")`, text: row.text, contentHash: row.contentHash };
}

interface ExistingRound {
  readonly roundId: bigint;
  readonly budget: bigint;
  /** The round's category names as it was opened with them (from its RoundOpened event). */
  readonly categories: readonly string[];
  readonly contentHashes: readonly string[];
}

/** A round to add projects to: it must be in its submission phase. */
async function existingRound(connection: Connection, polity: PolityAddresses, roundId: bigint): Promise<ExistingRound> {
  const round = await getRound(connection.client, { polity, roundId });
  if (round.phase !== 'submission') throw new CliError(`round ${roundId} is in its ${round.phase} phase; projects are submitted during submission only`, 'Open a new round instead (drop --round).');
  const [projects, categories] = await Promise.all([getProjects(connection.client, { polity, roundId }), getRoundCategories(connection.client, { polity, roundId })]);
  return { roundId, budget: round.config.budget, categories, contentHashes: projects.map((project) => project.descriptionHash) };
}

/** The file's projects against an open round's categories: a row in a category the round lacks is refused. */
function withinCategories(file: ProjectsCsv, round: ExistingRound): ProjectsCsv {
  const known = new Set(round.categories);
  const outside = file.accepted.filter((row) => !known.has(row.category));
  const refused = outside.map((row) => ({
    line: row.line,
    reason: `category '${row.category}' is not one of round ${round.roundId}'s categories (${round.categories.join(', ')}): write one of them, or open a new round for it`,
  }));
  return {
    accepted: file.accepted.filter((row) => known.has(row.category)),
    rejected: [...file.rejected, ...refused].sort((a, b) => a.line - b.line),
    categories: round.categories,
  };
}

/** Only residents submit projects: the council's account must be one (deploy --council-opens-rounds keeps it). */
async function requireResidentCouncil(connection: Connection, polity: PolityAddresses): Promise<void> {
  const council = await getResident(connection.client, { polity, account: connection.account.address });
  if (!council.isResident) {
    throw new CliError(
      `the council's account ${connection.account.address} is not a resident, and only residents submit projects`,
      'Admit it (polity admit with a line for it), then run the command again. Nothing was sent.',
    );
  }
}

/** Secret ballots need the polity's secret-ballot contracts, which a polity file from before them lacks. */
function requireSecretBallots(polity: PolityAddresses, name: string): void {
  if (polity.secretBallots !== undefined && polity.identityGroups !== undefined) return;
  throw new CliError(
    `${name} has no secret-ballot contracts in its polity file (no identityGroups and secretBallots addresses), so it cannot hold a round with secret ballots`,
    'Open the round with public ballots (drop --ballots secret). A polity deployed before secret ballots existed needs a new deployment for them. Nothing was sent.',
    2,
  );
}

async function open(connection: Connection, polity: PolityAddresses, config: ReturnType<typeof roundConfig>, categories: readonly string[], ballots: RoundBallots): Promise<bigint> {
  try {
    return (await openRound(connection.client, { polity, config, categories, ballots })).roundId;
  } catch (error) {
    if (error instanceof PolityAccessError) {
      throw new CliError(`${error.shortMessage}`, 'A new polity\'s rounds are opened by governance; `polity deploy --council-opens-rounds` passes the founding vote that lets the council open them. Nothing was sent.', 1, { cause: error });
    }
    throw error;
  }
}

async function submitAll(connection: Connection, polity: PolityAddresses, roundId: bigint, rows: readonly ProjectRow[], categories: readonly string[], texts: string, io: CliIo): Promise<void> {
  const progress = new ProgressBar({ write: io.err, interactive: io.interactive === true }, 'projects', rows.length);
  const sent: ProjectRow[] = [];
  for (const row of rows) {
    try {
      const { projectId } = await submitProject(connection.client, {
        polity,
        roundId,
        cost: row.cost,
        category: categories.indexOf(row.category),
        ...(row.location === undefined ? {} : { location: row.location }),
        descriptionHash: row.contentHash,
      });
      const text = { title: row.title, category: row.category, description: row.description, text: row.text, contentHash: row.contentHash, source: `line ${row.line}` };
      await recordProjectTexts(texts, roundId, [{ projectId, text }]);
    } catch (error) {
      progress.finish();
      const unsent = rows.slice(sent.length);
      throw describeFailure(error, {
        what: `submitting the project on line ${row.line} ("${truncate(row.title, 40)}")`,
        sent: sent.length === 0 ? `round ${roundId} is open, with none of the file's projects yet` : `${plural(sent.length, 'project')} on ${describeLines(sent)} were submitted to round ${roundId}`,
        unsent: `${describeLines(unsent)} were not sent`,
        retry: `Fix the problem and run the command again with --round ${roundId}: projects already submitted are skipped.`,
      });
    }
    sent.push(row);
    progress.tick();
  }
  progress.finish();
}

/** Review now: every project accepted, then voting opened. */
async function startVoting(connection: Connection, polity: PolityAddresses, roundId: bigint): Promise<void> {
  await acceptAllProjects(connection, polity, roundId);
  await advanceRoundPhase(connection.client, { polity, roundId, to: 'voting' });
}

function preview(csv: string, rows: number, toSubmit: readonly ProjectRow[], skipped: number, refused: number, what: string, categories: readonly string[]): string {
  const lines = [
    `${basename(csv)}: ${plural(rows, 'row')}: ${formatAmount(toSubmit.length)} to submit${skipped > 0 ? `, ${formatAmount(skipped)} in the round already` : ''}, ${formatAmount(refused)} refused`,
    `${what}`,
    `categories: ${categories.join(', ')}`,
  ];
  if (toSubmit.length > 0) {
    const sample = toSubmit.slice(0, 10);
    lines.push(
      '',
      renderTable(
        [{ header: 'line', align: 'right' }, { header: 'title' }, { header: 'cost', align: 'right' }, { header: 'category' }, { header: 'location' }, { header: 'content hash' }],
        sample.map((row) => [String(row.line), truncate(row.title, 40), formatAmount(row.cost), row.category, row.location === undefined ? '' : `${row.location.latitude}, ${row.location.longitude}`, `${row.contentHash.slice(0, 18)}…`]),
      ).trimEnd(),
    );
    if (toSubmit.length > sample.length) lines.push(`… and ${plural(toSubmit.length - sample.length, 'more project')}`);
  }
  return `${lines.join('\n')}\n`;
}

function finish(refused: number, csv: string, roundId: bigint | undefined): void {
  if (refused === 0) return;
  throw new CliError(
    `${plural(refused, 'row')} of ${basename(csv)} ${refused === 1 ? 'was' : 'were'} refused (listed above) and not sent`,
    roundId === undefined ? 'Fix those lines and run the command again.' : `Fix those lines and run the command again with --round ${roundId}: projects already submitted are skipped.`,
  );
}

function amount(flag: string, min = 0n): (text: string) => bigint {
  return (text) => {
    const parsed = parseWhole(text, flag, { min, max: (1n << 128n) - 1n });
    if (!parsed.ok) throw new CliError(parsed.reason, min > 0n ? `Give ${flag} as a whole number of at least ${min}.` : undefined, 2);
    return parsed.value;
  };
}
