import { encodeFunctionData, keccak256, type Account, type Hex, type TransactionReceipt } from 'viem';
import { readContract } from 'viem/actions';
import { budgetRoundsAbi, checkBallot, getBallot, PolityBallotError, type BallotRulesRound, type PolityAddresses } from '@polity/sdk';
import type { Connection } from '../chain/connection.js';
import { reasonOf } from '../council/failure.js';
import { CliError } from '../errors.js';
import { readInBulk } from './bulk.js';
import { blockMiner, recoverMining, type BlockMining } from './block-miner.js';
import { ReceiptWatcher } from './receipts.js';
import { ballotGasAllowance, pool } from './voters.js';

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
  /** Ballots sent and not yet confirmed, at most. */
  readonly concurrency: number;
  /**
   * Whether an earlier run may have sent ballots (the journal says so): only then is every voter read
   * from the chain before sending. A replay that never sent a ballot has none on chain to find.
   */
  readonly sentBefore: boolean;
  /** Called (and awaited) once before the first ballot is sent: the journal records that sending began. */
  readonly onSending: () => Promise<void>;
  /** Called once with the ballots already on-chain, then after each ballot confirmed or refused. */
  readonly onStart: (found: number) => void;
  readonly onBallot: () => void;
  /**
   * On a development node that mines every transaction in a block of its own, ballots are sent
   * `concurrency` at a time and mined together in as few blocks as hold them (see block-miner.ts).
   */
  readonly blockMining?: BlockMining;
}

type VoterState = 'cast' | 'in-flight' | 'to-cast';

/** A checked ballot's call data and its shape (kind and number of projects), which fixes its gas limit. */
interface Unsent {
  readonly ballot: ReplayBallot;
  readonly data: Hex;
  readonly shape: string;
}

/**
 * Casts every ballot not on-chain yet. Each voter sends exactly one transaction, its ballot, at nonce 0,
 * so ballots are signed here with a known nonce and a gas limit known per ballot shape, sent raw, up to
 * `concurrency` at a time, and confirmed by one receipt poll for all of them: a ballot costs one
 * send and a share of a batched receipt read, not the dozen round trips of a wallet send.
 *
 * Ballots are checked against the round's rules before anything is signed (the round's design is read
 * once): a ballot the round would refuse is reported with the contract's reason and never sent.
 * When an earlier run may have sent ballots, every voter is read from the chain first (in JSON-RPC
 * batches): a ballot already cast, or in flight (nonce above 0), is not sent again.
 */
export async function castReplayBallots(connection: Connection, polity: PolityAddresses, roundId: bigint, ballots: readonly ReplayBallot[], options: CastingOptions): Promise<CastingReport> {
  const { client } = connection;
  // A run killed while it mined blocks itself may have left ballots waiting in the node's pool: mine them first.
  if (options.blockMining !== undefined) await recoverMining(connection, options.blockMining);
  const states: VoterState[] = options.sentBefore ? await readVoterStates(connection, polity, roundId, ballots) : ballots.map(() => 'to-cast');
  const found = states.filter((state) => state === 'cast').length;
  options.onStart(found);

  const round = await roundRules(connection, polity, roundId);
  const refused: { voterId: string; reason: string }[] = [];
  const toSend: Unsent[] = [];
  const inFlight: ReplayBallot[] = [];
  ballots.forEach((ballot, index) => {
    if (states[index] === 'cast') return;
    if (states[index] === 'in-flight') {
      inFlight.push(ballot);
      return;
    }
    try {
      const checked = checkBallot(round, { projects: ballot.projects, ...(ballot.points === undefined ? {} : { points: ballot.points }) });
      const data =
        checked.kind === 'cumulative'
          ? encodeFunctionData({ abi: budgetRoundsAbi, functionName: 'castCumulativeBallot', args: [roundId, checked.projects, checked.points] })
          : encodeFunctionData({ abi: budgetRoundsAbi, functionName: 'castBallot', args: [roundId, checked.projects] });
      toSend.push({ ballot, data, shape: `${checked.kind} ${checked.projects.length}` });
    } catch (error) {
      if (!(error instanceof PolityBallotError)) throw error;
      refused.push({ voterId: ballot.voterId, reason: reasonOf(error) });
    }
  });
  for (let index = 0; index < refused.length; index += 1) options.onBallot();

  let cast = 0;
  try {
    await pool(inFlight, options.concurrency, async (ballot) => {
      await awaitInFlight(connection, polity, roundId, ballot);
      cast += 1;
      options.onBallot();
    });
    if (toSend.length > 0) {
      await options.onSending();
      const gasOf = await ballotGas(connection, polity, toSend);
      const fees = new FeeQuote(connection);
      const send = async ({ ballot, data, shape }: Unsent): Promise<Hex> =>
        sendRaw(
          connection,
          await ballot.voter.signTransaction!({ type: 'eip1559', chainId: connection.chainId, nonce: 0, to: polity.rounds, data, gas: gasOf.get(shape)!, ...(await fees.current()) }),
        );
      const confirmed = (ballot: ReplayBallot, hash: Hex, receipt: TransactionReceipt): void => {
        if (receipt.status === 'success') cast += 1;
        else refused.push({ voterId: ballot.voterId, reason: `its transaction ${hash} reverted on chain` });
        options.onBallot();
      };
      const blocks = options.blockMining === undefined ? undefined : await blockMiner(connection, options.blockMining);
      if (blocks !== undefined) {
        try {
          for (let start = 0; start < toSend.length; start += options.concurrency) {
            const chunk = toSend.slice(start, start + options.concurrency);
            const hashes = await Promise.all(chunk.map(send));
            const receipts = await blocks.mineUntilIncluded(hashes);
            chunk.forEach(({ ballot }, index) => confirmed(ballot, hashes[index]!, receipts[index]!));
          }
        } finally {
          await blocks.restore();
        }
      } else {
        const receipts = new ReceiptWatcher(client, connection.devNode ? 20 : 1_000);
        await pool(toSend, options.concurrency, async (unsent) => {
          const hash = await send(unsent);
          confirmed(unsent.ballot, hash, await receipts.receiptOf(hash));
        });
      }
    }
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

/** Whether each voter's ballot is counted, in flight (a transaction sent, none counted), or still to cast; read in batches. */
async function readVoterStates(connection: Connection, polity: PolityAddresses, roundId: bigint, ballots: readonly ReplayBallot[]): Promise<VoterState[]> {
  const { client } = connection;
  return readInBulk(ballots, async (ballot): Promise<VoterState> => {
    const [{ cast }, nonce] = await Promise.all([
      getBallot(client, { polity, roundId, voter: ballot.voter.address }),
      client.getTransactionCount({ address: ballot.voter.address, blockTag: 'pending' }),
    ]);
    return cast ? 'cast' : nonce > 0 ? 'in-flight' : 'to-cast';
  }, 500);
}

/** The round's ballot design, budget and projects, read once for every ballot. */
async function roundRules(connection: Connection, polity: PolityAddresses, roundId: bigint): Promise<BallotRulesRound> {
  const rounds = { address: polity.rounds, abi: budgetRoundsAbi } as const;
  const [config, projects] = await Promise.all([
    readContract(connection.client, { ...rounds, functionName: 'roundConfig', args: [roundId] }),
    readContract(connection.client, { ...rounds, functionName: 'projectCounts', args: [roundId] }),
  ]);
  return { roundId, design: config.ballot, budget: config.budget, projects };
}

/**
 * A gas limit for each ballot shape (kind and number of projects), estimated once on that shape's first
 * ballot (the transport adds its margin to estimates). A later ballot of the same shape can cost more
 * only where it is the first to support a project (a storage slot written from zero): 20,000 gas a
 * project covers that (up to what each voter was funded for, off a development node). Unused gas is never charged.
 */
async function ballotGas(connection: Connection, polity: PolityAddresses, ballots: readonly Unsent[]): Promise<Map<string, bigint>> {
  const firstOfShape = new Map<string, { ballot: ReplayBallot; data: Hex }>();
  for (const entry of ballots) if (!firstOfShape.has(entry.shape)) firstOfShape.set(entry.shape, entry);
  const shapes = [...firstOfShape];
  const limits = await readInBulk(shapes, async ([, { ballot, data }]) => {
    const estimate = await connection.client.estimateGas({ account: ballot.voter, to: polity.rounds, data });
    const bound = estimate + 20_000n * BigInt(ballot.projects.length);
    // Off a development node each voter holds what ballotGasAllowance costs: the limit stays within it.
    if (connection.devNode) return bound;
    return bound < ballotGasAllowance ? bound : estimate > ballotGasAllowance ? estimate : ballotGasAllowance;
  });
  return new Map(shapes.map(([shape], index) => [shape, limits[index]!]));
}

/** The chain's fees, asked again once a minute (a long replay outlives a fee quote). */
class FeeQuote {
  #quote: Promise<{ maxFeePerGas: bigint; maxPriorityFeePerGas: bigint }> | undefined;
  #at = 0;

  constructor(private readonly connection: Connection) {}

  current(): Promise<{ maxFeePerGas: bigint; maxPriorityFeePerGas: bigint }> {
    if (this.#quote === undefined || Date.now() - this.#at > 60_000) {
      this.#at = Date.now();
      this.#quote = this.connection.client.estimateFeesPerGas();
    }
    return this.#quote;
  }
}

/**
 * Sends a signed ballot; its hash is computed here, so a node answering "already known" (the same
 * ballot sent by an earlier run still in its pool) is no failure.
 */
async function sendRaw(connection: Connection, signed: Hex): Promise<Hex> {
  const hash = keccak256(signed);
  try {
    await connection.client.sendRawTransaction({ serializedTransaction: signed });
  } catch (error) {
    if (!/already known|already imported/i.test(reasonOf(error))) throw error;
  }
  return hash;
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
