import { encodeFunctionData } from 'viem';
import { checkRoundBallot, type CastBallotErrorType, type CastBallotParameters } from '../../actions/rounds/castBallot.js';
import { runPolityAction, type PolityClient } from '../../chain/client.js';
import { budgetRoundsAbi } from '../../contracts/generated.js';
import type { PolityCall } from '../polityCall.js';

export type CastBallotCallsParameters = Omit<CastBallotParameters, 'account' | 'onSent'>;
export type CastBallotCallsReturnType = readonly PolityCall[];
export type CastBallotCallsErrorType = CastBallotErrorType;

/**
 * The call of {@link castBallot} for a passkey account ({@link sendPolityCalls}): a new ballot or a
 * change to one cast before, checked against the round's rules before anything is signed.
 */
export async function castBallotCalls(client: PolityClient, parameters: CastBallotCallsParameters): Promise<CastBallotCallsReturnType> {
  const { polity, roundId } = parameters;
  return runPolityAction(client, polity, async () => {
    const ballot = await checkRoundBallot(client, polity, roundId, parameters);
    const data =
      ballot.kind === 'cumulative'
        ? encodeFunctionData({ abi: budgetRoundsAbi, functionName: 'castCumulativeBallot', args: [roundId, ballot.projects, ballot.points] })
        : encodeFunctionData({ abi: budgetRoundsAbi, functionName: 'castBallot', args: [roundId, ballot.projects] });
    return [{ to: polity.rounds, data }];
  });
}
