import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { getActivity, getProjects, getResult, getRound, getRoundElection } from '@polity/sdk';
import { wholeNumber } from '../chain/options.js';
import { connectToPolity, withPolityOptions, type PolityCommandOptions } from '../chain/polity-connection.js';
import { projectTextsPath, readProjectTexts } from '../council/project-texts.js';
import { ballotsCsv, resultsCsv, roundPabulib, type RoundRecord } from '../council/round-export.js';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import { formatAmount, plural } from '../output/format.js';
import { polityFolder, slug } from '../polity-file.js';

interface ExportOptions extends PolityCommandOptions {
  readonly round: number;
  readonly out?: string;
  readonly projects?: string;
}

/** `polity export --round N`: a round's ballots and result as a pabulib .pb file and two CSV files. */
export function registerExport(program: Command, io: CliIo): void {
  withPolityOptions(
    program
      .command('export')
      .description('export a round\'s ballots and result as a pabulib .pb file and CSV (ballots, results), read from the chain and checked against its ballot commitment')
      .requiredOption('--round <id>', 'the round', wholeNumber('--round', 1))
      .option('--out <prefix>', 'where to write <prefix>.pb, <prefix>-ballots.csv and <prefix>-results.csv (default: .polity/<polity>-round-<id>)')
      .option('--projects <file>', 'the projects\' public texts, to name them (default: the file `polity open-round` wrote, if any)'),
  ).action(async (options: ExportOptions) => {
    const { connection, file } = await connectToPolity(options, io);
    try {
      const { polity } = file;
      const { client } = connection;
      const roundId = BigInt(options.round);
      const round = await getRound(client, { polity, roundId });
      const [projects, result, election, activity] = await Promise.all([
        getProjects(client, { polity, roundId }),
        getResult(client, { polity, roundId }),
        getRoundElection(client, { polity, roundId }),
        getActivity(client, { polity, components: ['rounds'] }),
      ]);
      const opened = activity.find((entry) => entry.contract === 'rounds' && entry.eventName === 'RoundOpened' && entry.args.roundId === roundId);
      const categories = opened !== undefined && opened.contract === 'rounds' && opened.eventName === 'RoundOpened' ? opened.args.categories : [];
      const textsPath = options.projects === undefined ? projectTextsPath(io, file.name, roundId) : resolve(io.cwd, options.projects);
      const texts = await readProjectTexts(textsPath);
      if (options.projects !== undefined && texts === undefined) throw new CliError(`cannot read ${options.projects}: no such file`, 'Give the projects file `polity open-round` wrote, or drop --projects.');
      const record: RoundRecord = { polityName: file.name, chainId: connection.chainId, rounds: polity.rounds, round, projects, result, ballots: election.ballots, categories, texts };
      const prefix = options.out === undefined ? join(io.cwd, polityFolder, `${slug(file.name)}-round-${roundId}`) : isAbsolute(options.out) ? options.out : resolve(io.cwd, options.out);
      await mkdir(dirname(prefix), { recursive: true });
      const written = [`${prefix}.pb`, `${prefix}-ballots.csv`, `${prefix}-results.csv`];
      await writeFile(written[0]!, roundPabulib(record));
      await writeFile(written[1]!, ballotsCsv(record));
      await writeFile(written[2]!, resultsCsv(record));
      const funded = result.status === 'final' ? `result final: ${plural(result.projects.length, 'project')} funded, ${formatAmount(result.spent)}` : `no final result yet (${result.status}): no selected column`;
      io.out(
        [
          `round ${roundId} of "${file.name}": ${plural(election.ballots.length, 'ballot')} (checked against the ballot commitment ${round.ballotCommitment}), ${plural(projects.filter((project) => project.status === 'accepted').length, 'project')} on the ballot; ${funded}`,
          ...written.map((path) => `wrote ${relative(io.cwd, path)}`),
          '',
        ].join('\n'),
      );
    } finally {
      await connection.close();
    }
  });
}
