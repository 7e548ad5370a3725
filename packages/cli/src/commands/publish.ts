import { basename, isAbsolute, resolve } from 'node:path';
import type { Command } from 'commander';
import { getProjects, getRound, type PolityAddresses } from '@polity/sdk';
import type { Connection } from '../chain/connection.js';
import { connectToPolity, withPolityOptions, type PolityCommandOptions } from '../chain/polity-connection.js';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import { plural } from '../output/format.js';
import { publishMissing, type PublishReport } from '../publishing/publish-texts.js';
import { serverUrlOf, withServerOption, type ServerOptions } from '../publishing/server-option.js';
import { readRoundTexts, type RoundTexts } from '../publishing/texts-file.js';

interface PublishCommandOptions extends PolityCommandOptions, ServerOptions {}

/** `polity publish --server <url> texts.json ...`: the texts of earlier rounds, published on the city's server. */
export function registerPublish(program: Command, io: CliIo): void {
  withPolityOptions(
    withServerOption(
      program
        .command('publish')
        .description('publish on the city\'s Polity server the texts of earlier rounds (the files open-round and replay keep in .polity/), skipping those it holds already')
        .argument('<texts.json...>', 'round texts files: .polity/<polity>-round-<id>-projects.json'),
      'the Polity server to publish on (default: $POLITY_SERVER)',
    ),
  ).action(async (files: string[], options: PublishCommandOptions) => {
    const serverUrl = serverUrlOf(options, io);
    if (serverUrl === undefined) throw new CliError('publish needs --server <url>: the Polity server to publish on', 'Pass --server https://... (or set POLITY_SERVER).', 2);
    const rounds = await Promise.all(files.map(async (file) => ({ file, ...(await readRoundTexts(isAbsolute(file) ? file : resolve(io.cwd, file), file)) })));
    const { connection, file: polityFile } = await connectToPolity(options, io);
    try {
      const { polity } = polityFile;
      for (const round of rounds) await requireOnChain(connection, polity, round, polityFile.name);
      const reports: PublishReport[] = [];
      for (const round of rounds) {
        io.err(`${basename(round.file)}: round ${round.roundId}, ${plural(round.texts.length, 'text')}\n`);
        const report = await publishMissing({ connection, polity, serverUrl }, round.texts, io);
        io.out(`${basename(round.file)}: ${describe(report)}\n`);
        for (const { text, reason } of report.refused) io.out(`  refused: ${text.what}: ${reason}\n`);
        reports.push(report);
      }
      const total = { published: reports.flatMap((report) => report.published), alreadyThere: reports.flatMap((report) => report.alreadyThere), refused: reports.flatMap((report) => report.refused) };
      if (rounds.length > 1) io.out(`all ${plural(rounds.length, 'file')}: ${describe(total)}\n`);
      io.out(`server: ${serverUrl}\n`);
      if (total.refused.length > 0) {
        throw new CliError(`the server refused ${plural(total.refused.length, 'text')} (listed above)`, 'Fix what each reason says and run the command again: texts the server holds are skipped.');
      }
    } finally {
      await connection.close();
    }
  });
}

function describe(report: PublishReport): string {
  return `${report.published.length} published, ${report.alreadyThere.length} already there, ${report.refused.length} refused`;
}

/**
 * Only texts whose hashes this polity holds are published: a file from another polity (or edited) is
 * refused before anything is sent, so that the server holds what the chain refers to.
 */
async function requireOnChain(connection: Connection, polity: PolityAddresses, round: RoundTexts & { file: string }, polityName: string): Promise<void> {
  const { client } = connection;
  const hint = `Is --polity the polity ${basename(round.file)} was written for?`;
  let onChain: Awaited<ReturnType<typeof getRound>>;
  try {
    onChain = await getRound(client, { polity, roundId: round.roundId });
  } catch (error) {
    throw new CliError(`${basename(round.file)} holds the texts of round ${round.roundId}, which "${polityName}" does not have`, hint, 1, { cause: error });
  }
  const projects = await getProjects(client, { polity, roundId: round.roundId });
  for (const text of round.texts) {
    const expected = text.projectId === undefined ? onChain.config.descriptionHash : projects[text.projectId]?.descriptionHash;
    if (expected?.toLowerCase() !== text.contentHash.toLowerCase()) {
      throw new CliError(
        `${basename(round.file)}: ${text.what} has the content hash ${text.contentHash}, but round ${round.roundId} of "${polityName}" holds ${expected ?? 'no such project'}`,
        `${hint} Nothing was published.`,
      );
    }
  }
}
