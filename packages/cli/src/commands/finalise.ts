import type { Command } from 'commander';
import { getProjects, getResult } from '@polity/sdk';
import { wholeNumber } from '../chain/options.js';
import { connectToPolity, withPolityOptions, type PolityCommandOptions } from '../chain/polity-connection.js';
import { finaliseResult } from '../council/finalise.js';
import { projectTextsPath, readProjectTexts } from '../council/project-texts.js';
import { formatDate } from '../csv/values.js';
import type { CliIo } from '../io.js';
import { formatAmount, plural, truncate } from '../output/format.js';
import { renderTable } from '../output/table.js';

interface FinaliseCommandOptions extends PolityCommandOptions {
  readonly round: number;
  readonly wait?: boolean;
  readonly realTime?: boolean;
}

/** `polity finalise --round N`: the round's result, counted on-chain (greedy) or proposed and made final (equal shares). */
export function registerFinalise(program: Command, io: CliIo): void {
  withPolityOptions(
    program
      .command('finalise')
      .description('finalise a round once voting has closed: count it on-chain (greedy), or propose the SDK\'s equal-shares outcome and make it final after its challenge window')
      .requiredOption('--round <id>', 'the round', wholeNumber('--round', 1))
      .option('--wait', 'wait for voting and the challenge window to end (on a development node: move its clock)')
      .option('--real-time', 'with --wait, wait in real time even on a development node'),
  ).action(async (options: FinaliseCommandOptions) => {
    const { connection, file } = await connectToPolity(options, io);
    try {
      const { polity } = file;
      const roundId = BigInt(options.round);
      const status = await finaliseResult(connection, polity, roundId, io, { wait: options.wait === true, realTime: options.realTime === true });
      const [result, projects, texts] = await Promise.all([getResult(connection.client, { polity, roundId }), getProjects(connection.client, { polity, roundId }), readProjectTexts(projectTextsPath(io, file.name, roundId))]);
      const funded = new Set(result.projects);
      const rows = projects
        .filter((project) => project.status === 'accepted')
        .sort((a, b) => Number(b.support - a.support) || Number(a.cost - b.cost))
        .map((project) => [String(project.projectId), truncate(texts?.projects[String(project.projectId)]?.title ?? '', 40), formatAmount(project.cost), formatAmount(project.support), funded.has(project.projectId) ? 'yes' : '']);
      const heading =
        status === 'final'
          ? `round ${roundId} is final: ${plural(result.projects.length, 'project')} funded, ${formatAmount(result.spent)}`
          : `round ${roundId}: outcome proposed (${plural(result.projects.length, 'project')}, ${formatAmount(result.spent)}); it can be made final after ${formatDate(result.challengeEnd)}: run this again then, or pass --wait`;
      io.out(`${heading}\n\n${renderTable([{ header: 'project' }, { header: 'title' }, { header: 'cost', align: 'right' }, { header: 'support', align: 'right' }, { header: 'funded' }], rows)}`);
    } finally {
      await connection.close();
    }
  });
}
