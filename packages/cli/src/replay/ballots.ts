import type { Account } from 'viem';
import { castBallot, getBallot, PolityBallotError, type PolityAddresses } from '@polity/sdk';
import type { Connection } from '../chain/connection.js';
import { reasonOf } from '../council/failure.js';
import { CliError } from '../errors.js';
import { pool } from './voters.js';

/** One voter's ballot as the round takes it: on-chain project ids, and points for cumulative ballots. */
export interface ReplayBallot {
  readonly voterId: string;
  readonly voter: Account;
  readonly projects: readonly number[];
  readonly points?: readonly number[];
}

export interface CastingReport {
  /** Ballots this run cast. */
  readonly cast: number;
  /** Ballots found on-chain already (an earlier, interrupted run). */
  readonly found: number;
  /** Ballots the round refused, with the contract's reason. */
  readonly refused: readonly { readonly voterId: string; readonly reason: string }[];
}

export interface CastingOptions {
  readonly concurrency: number;
  /** Called once with the ballots already on-chain, then after each ballot confirmed or refused. */
  readonly onStart: (found: number) => void;
  readonly onBallot: () => void;
}

/**
 * Casts every ballot not on-chain yet, `concurrency` at a time (each voter is its own account, so sends
 * never wait on each other's nonces). Before anything is sent, each voter is read from the chain: a
 * ballot already cast, or a ballot transaction already sent (nonce above 0, an earlier run killed while
 * it was in flight), is not sent again; in-flight ballots are awaited instead.
 */
export async function castReplayBallots(connection: Connection, polity: PolityAddresses, roundId: bigint, ballots: readonly ReplayBallot[], options: CastingOptions): Promise<CastingReport> {
  const { client } = connection;
  const states = new Array<'cast' | 'in-flight' | 'to-cast'>(ballots.length);
  await pool(ballots, 32, async (ballot, index) => {
    const [{ cast }, nonce] = await Promise.all([
      getBallot(client, { polity, roundId, voter: ballot.voter.address }),
      client.getTransactionCount({ address: ballot.voter.address, blockTag: 'pending' }),
    ]);
    states[index] = cast ? 'cast' : nonce > 0 ? 'in-flight' : 'to-cast';
  });
  const found = states.filter((state) => state === 'cast').length;
  options.onStart(found);
  const refused: { voterId: string; reason: string }[] = [];
  let cast = 0;
  const pending = ballots.flatMap((ballot, index) => (states[index] === 'cast' ? [] : [{ ballot, inFlight: states[index] === 'in-flight' }]));
  try {
    await pool(pending, options.concurrency, async ({ ballot, inFlight }) => {
      if (inFlight) {
        await awaitInFlight(connection, polity, roundId, ballot);
      } else {
        try {
          await castBallot(connection.clientFor(ballot.voter), { polity, roundId, projects: ballot.projects, ...(ballot.points === undefined ? {} : { points: ballot.points }) });
        } catch (error) {
          if (!(error instanceof PolityBallotError)) throw error;
          refused.push({ voterId: ballot.voterId, reason: reasonOf(error) });
          options.onBallot();
          return;
        }
      }
      cast += 1;
      options.onBallot();
    });
  } catch (error) {
    throw new CliError(
      `casting ballots stopped: ${reasonOf(error)}`,
      `${found + cast} of ${ballots.length} ballots are on-chain. Run the same command again to continue: ballots already cast are read from the chain and never sent twice.`,
      1,
      { cause: error },
    );
  }
  return { cast, found, refused };
}

/** A ballot sent by an earlier run that was killed before seeing it mined: wait for it (up to two minutes). */
async function awaitInFlight(connection: Connection, polity: PolityAddresses, roundId: bigint, ballot: ReplayBallot): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    if ((await getBallot(connection.client, { polity, roundId, voter: ballot.voter.address })).cast) return;
    const mined = await connection.client.getTransactionCount({ address: ballot.voter.address, blockTag: 'latest' });
    if (mined > 0) throw new CliError(`voter ${ballot.voterId}'s ballot was mined but not counted (it reverted)`, 'Check the round on a block explorer; the voter sent exactly one transaction.');
    if (Date.now() > deadline) throw new CliError(`voter ${ballot.voterId}'s ballot, sent before the restart, is still pending after two minutes`, 'Run the command again later: it will be counted once mined, and never sent twice.');
    await new Promise((wake) => setTimeout(wake, connection.devNode ? 200 : 3_000));
  }
}
