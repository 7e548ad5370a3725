import type { Hex } from 'viem';
import { readContract } from 'viem/actions';
import { budgetRoundsAbi, roundResultsAbi } from '../../contracts/generated.js';
import { requireBytes32, runPolityAction, sendPolityCall, type PolityClient, type PolityWriteParameters, type PolityWriteResult } from '../../chain/client.js';
import type { PolityInvalidInputError, PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';
import type { PolityResultError } from '../../chain/errors/contract.js';

export interface ChallengeOutcomeParameters extends PolityWriteParameters {
  readonly roundId: bigint;
  /** Content hash of the published reasons (typically the recomputed outcome). */
  readonly reasonHash: Hex;
}

export interface ChallengeOutcomeReturnType extends PolityWriteResult {
  /** The bond posted, in wei: returned if governance upholds the challenge. */
  readonly bond: bigint;
}

export type ChallengeOutcomeErrorType = PolityInvalidInputError | PolityWrongNetworkError | PolityRpcUnavailableError | PolityResultError;

/**
 * Challenges a proposed equal-shares outcome during its window, posting the round's bond (read from
 * the round, so the amount is always exact). Anyone. Governance then decides.
 */
export async function challengeOutcome(client: PolityClient, parameters: ChallengeOutcomeParameters): Promise<ChallengeOutcomeReturnType> {
  const { polity, roundId } = parameters;
  return runPolityAction(client, polity, async () => {
    const reasonHash = requireBytes32(parameters.reasonHash, 'reasonHash');
    const config = await readContract(client, { address: polity.rounds, abi: budgetRoundsAbi, functionName: 'roundConfig', args: [roundId] });
    const bond = config.counting.challengeBond;
    const sent = await sendPolityCall(client, {
      abi: roundResultsAbi,
      address: polity.results,
      functionName: 'challengeOutcome',
      args: [roundId, reasonHash],
      value: bond,
      account: parameters.account,
      onSent: parameters.onSent,
      action: 'challengeOutcome',
    });
    return { hash: sent.hash, receipt: sent.receipt, bond };
  });
}
