import { encodeAbiParameters, keccak256, type Address, type Hex } from 'viem';
import { readContract } from 'viem/actions';
import { budgetRoundsAbi } from '../../contracts/generated.js';
import type { PolityClient } from '../../chain/client.js';
import { PolityResultError } from '../../chain/errors/contract.js';
import type { PolityAddresses } from '../../chain/polity.js';
import { getActivity } from '../activity/getActivity.js';

/** A round's final ballots, read back from the chain. */
export interface RoundBallot {
  readonly voter: Address;
  readonly projects: readonly number[];
  readonly points: readonly number[];
  /** The weight it counts with at the end (after every override). */
  readonly weight: bigint;
}

const castFields = [{ type: 'bytes32' }, { type: 'address' }, { type: 'uint8[]' }, { type: 'uint16[]' }, { type: 'uint256' }] as const;
const reducedFields = [{ type: 'bytes32' }, { type: 'address' }, { type: 'uint256' }] as const;

/**
 * Every ballot of a round, from its BallotCast and BallotWeightReduced events, with the ballot
 * commitment recomputed from those events and compared with the contract's: equal means no ballot was
 * missed, which is what makes an outcome computed from them trustworthy.
 */
export async function readRoundBallots(
  client: PolityClient,
  polity: PolityAddresses,
  roundId: bigint,
  options: { fromBlock?: bigint; pageSize?: bigint } = {},
): Promise<{ ballots: RoundBallot[]; commitment: Hex }> {
  const activity = await getActivity(client, { polity, components: ['rounds'], fromBlock: options.fromBlock, pageSize: options.pageSize });
  let commitment: Hex = `0x${'0'.repeat(64)}`;
  const latest = new Map<Address, RoundBallot>();
  for (const entry of activity) {
    if (entry.contract !== 'rounds') continue;
    if (entry.eventName === 'BallotCast' && entry.args.roundId === roundId) {
      const { voter, projects, points, weight } = entry.args;
      commitment = keccak256(encodeAbiParameters(castFields, [commitment, voter, projects, points, weight]));
      latest.set(voter, { voter, projects, points, weight });
    } else if (entry.eventName === 'BallotWeightReduced' && entry.args.roundId === roundId) {
      const { voter, weight } = entry.args;
      commitment = keccak256(encodeAbiParameters(reducedFields, [commitment, voter, weight]));
      const ballot = latest.get(voter);
      if (ballot) latest.set(voter, { ...ballot, weight });
    }
  }
  const [onChain] = await readContract(client, { address: polity.rounds, abi: budgetRoundsAbi, functionName: 'ballotCommitment', args: [roundId] });
  if (onChain !== commitment) {
    throw new PolityResultError({
      errorName: 'OutcomeCommitmentMismatch',
      args: [roundId, commitment, onChain],
      message: `the ballots read from the log hash to ${commitment} but round ${roundId}'s commitment is ${onChain}: some ballot events were missed; read from an earlier fromBlock or use another RPC`,
    });
  }
  return { ballots: [...latest.values()], commitment };
}
