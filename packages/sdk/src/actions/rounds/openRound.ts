import { budgetRoundsAbi } from '../../contracts/generated.js';
import { eventsOf, requireAddress, runPolityAction, sendPolityCall, type PolityClient, type PolityWriteParameters, type PolityWriteResult } from '../../chain/client.js';
import { PolityError, PolityInvalidInputError, type PolityRpcUnavailableError, type PolityWrongNetworkError } from '../../chain/errors/base.js';
import type { PolityAccessError, PolityRoundError } from '../../chain/errors/contract.js';
import { roundConfigOf, type RoundConfigInput } from './roundConfig.js';

export interface OpenRoundParameters extends PolityWriteParameters {
  /**
   * The whole configuration, fixed for the round's life (typed from the BudgetRounds ABI; the ballot
   * kind, counting rule and completion by name, `'knapsack'`, or by the contract's number).
   */
  readonly config: RoundConfigInput;
  /** Project categories (1 to 255); a project's category is an index into this list. */
  readonly categories: readonly string[];
}

export interface OpenRoundReturnType extends PolityWriteResult {
  readonly roundId: bigint;
}

export type OpenRoundErrorType = PolityInvalidInputError | PolityWrongNetworkError | PolityRpcUnavailableError | PolityRoundError | PolityAccessError;

/**
 * Opens a budget round; submission starts now. Only a round manager: governance (through
 * buildOpenRoundProposal) or the council once governance granted it ROUND_MANAGER_ROLE.
 */
export async function openRound(client: PolityClient, parameters: OpenRoundParameters): Promise<OpenRoundReturnType> {
  const { polity, categories } = parameters;
  return runPolityAction(client, polity, async () => {
    const config = roundConfigOf(parameters.config);
    requireAddress(config.token, 'config.token');
    if (config.budget <= 0n) throw new PolityInvalidInputError('config.budget', `${config.budget} is not a budget: give an amount above 0 in the token's units`);
    const { reviewStart, votingStart, votingEnd } = config.timeline;
    if (!(reviewStart < votingStart && votingStart < votingEnd)) {
      throw new PolityInvalidInputError('config.timeline', 'must run forwards: reviewStart < votingStart < votingEnd');
    }
    if (categories.length === 0 || categories.length > 255) throw new PolityInvalidInputError('categories', `has ${categories.length} names: give 1 to 255`);
    const { hash, receipt } = await sendPolityCall(client, {
      abi: budgetRoundsAbi,
      address: polity.rounds,
      functionName: 'openRound',
      args: [config, categories],
      account: parameters.account,
      onSent: parameters.onSent,
      action: 'openRound',
    });
    const [opened] = eventsOf(receipt, budgetRoundsAbi, polity.rounds, 'RoundOpened');
    if (!opened) throw new PolityError(`openRound: transaction ${hash} emitted no RoundOpened event: is polity.rounds a Polity contract of this SDK's version?`);
    return { hash, receipt, roundId: opened.args.roundId };
  });
}
