import { finaliseOutcome, finaliseRound, getResult, getRound, submitOutcome, type PolityAddresses } from '@polity/sdk';
import { chainTime, waitForChainTime, type WaitOptions } from '../chain/clock.js';
import type { Connection } from '../chain/connection.js';
import { formatDate } from '../csv/values.js';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';

export interface FinaliseOptions extends WaitOptions {
  /** Wait for the end of voting and of the challenge window instead of stopping before them. */
  readonly wait: boolean;
}

/**
 * Brings a round's result as far as it can go: a greedy round is counted on-chain once voting has
 * closed; an equal-shares round gets the SDK's outcome (computed from the on-chain ballots, with their
 * commitment) proposed by the council, and is made final once its challenge window has passed. Each
 * step is skipped when the chain shows it done. Returns the result's status at the end.
 */
export async function finaliseResult(connection: Connection, polity: PolityAddresses, roundId: bigint, io: CliIo, options: FinaliseOptions): Promise<string> {
  const { client } = connection;
  const round = await getRound(client, { polity, roundId });
  const votingEnd = BigInt(round.config.timeline.votingEnd);
  if (round.phase !== 'result') {
    if (!options.wait) {
      throw new CliError(
        round.phase === 'voting' ? `voting in round ${roundId} is open until ${formatDate(votingEnd)}` : `round ${roundId} is in its ${round.phase} phase; voting ends ${formatDate(votingEnd)}`,
        'Run the command again once voting has closed, or pass --wait.',
      );
    }
    await waitForChainTime(connection, votingEnd, 'voting closes', io, options);
  }
  let result = await getResult(client, { polity, roundId });
  if (round.countingRule === 'greedy') {
    if (result.status === 'none') await finaliseRound(client, { polity, roundId });
    return 'final';
  }
  if (result.status === 'none') {
    const { projects, challengeEnd } = await submitOutcome(client, { polity, roundId });
    io.err(`equal shares: proposed the SDK's outcome (${projects.length} projects) with the round's ballot commitment; open to challenge until ${formatDate(challengeEnd)}\n`);
    result = await getResult(client, { polity, roundId });
  }
  if (result.status === 'challenged') {
    throw new CliError(`the outcome of round ${roundId} is challenged`, 'Governance resolves the challenge (a proposal); the result can be made final after that.');
  }
  if (result.status === 'proposed') {
    const end = BigInt(result.challengeEnd);
    if ((await chainTime(connection)) <= end) {
      if (!options.wait) return 'proposed';
      await waitForChainTime(connection, end + 1n, 'challenge window closes', io, options);
    }
    await finaliseOutcome(client, { polity, roundId });
  }
  return 'final';
}
