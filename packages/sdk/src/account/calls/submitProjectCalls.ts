import { encodeFunctionData } from 'viem';
import { checkProjectSubmission, type SubmitProjectErrorType, type SubmitProjectParameters } from '../../actions/rounds/submitProject.js';
import { runPolityAction, type PolityClient } from '../../chain/client.js';
import { budgetRoundsAbi } from '../../contracts/generated.js';
import type { PolityCall } from '../polityCall.js';

export type SubmitProjectCallsParameters = Omit<SubmitProjectParameters, 'account' | 'onSent'>;
export type SubmitProjectCallsReturnType = readonly PolityCall[];
export type SubmitProjectCallsErrorType = SubmitProjectErrorType;

/** The call of {@link submitProject} for a passkey account ({@link sendPolityCalls}), checked the same way. */
export async function submitProjectCalls(client: PolityClient, parameters: SubmitProjectCallsParameters): Promise<SubmitProjectCallsReturnType> {
  return runPolityAction(client, parameters.polity, async () => {
    const args = await checkProjectSubmission(client, parameters);
    return [{ to: parameters.polity.rounds, data: encodeFunctionData({ abi: budgetRoundsAbi, functionName: 'submitProject', args }) }];
  });
}
