import { budgetRoundsAbi } from '../../contracts/generated.js';
import { eventsOf, requireAddress, runPolityAction, sendPolityCall, type PolityClient, type PolityWriteParameters, type PolityWriteResult } from '../../chain/client.js';
import { PolityError, PolityInvalidInputError, type PolityRpcUnavailableError, type PolityWrongNetworkError } from '../../chain/errors/base.js';
import type { PolityAccessError, PolityRoundError } from '../../chain/errors/contract.js';
import type { PolityAddresses } from '../../chain/polity.js';
import type { RoundConfig } from '../../proposals/builders.js';
import { roundConfigOf, type RoundConfigInput } from './roundConfig.js';

/**
 * How a round's ballots are cast, fixed at opening. `'public'`: each ballot is a transaction of the
 * resident's account, so anyone can see who voted for what, and delegated weight can be carried.
 * `'secret'`: ballots arrive through the polity's SecretBallots channel with a zero-knowledge proof of
 * membership (docs/secret-ballots.md), so nobody, the council included, can link a ballot to a resident.
 */
export type RoundBallots = (typeof roundBallots)[number];

export const roundBallots = ['public', 'secret'] as const;

export interface OpenRoundParameters extends PolityWriteParameters {
  /**
   * The whole configuration, fixed for the round's life (typed from the BudgetRounds ABI; the ballot
   * kind, counting rule and completion by name, `'knapsack'`, or by the contract's number).
   */
  readonly config: RoundConfigInput;
  /** Project categories (1 to 255); a project's category is an index into this list. */
  readonly categories: readonly string[];
  /**
   * `'public'` (the default) or `'secret'` ({@link RoundBallots}). A secret round needs a polity with the
   * secret-ballot contracts (`identityGroups` and `secretBallots`) and takes no delegation.
   */
  readonly ballots?: RoundBallots;
}

export interface OpenRoundReturnType extends PolityWriteResult {
  readonly roundId: bigint;
}

export type OpenRoundErrorType = PolityInvalidInputError | PolityWrongNetworkError | PolityRpcUnavailableError | PolityRoundError | PolityAccessError;

/**
 * Opens a budget round; submission starts now. Only a round manager: governance (through
 * buildOpenRoundProposal) or the council once governance granted it ROUND_MANAGER_ROLE. With
 * `ballots: 'secret'` the round takes secret ballots (the contract's `openSecretRound`).
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
    const secret = isSecret(parameters.ballots);
    if (secret) requireSecretRoundPossible(polity, config);
    const { hash, receipt } = await sendPolityCall(client, {
      abi: budgetRoundsAbi,
      address: polity.rounds,
      functionName: secret ? 'openSecretRound' : 'openRound',
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

function isSecret(ballots: RoundBallots | undefined): boolean {
  if (ballots === undefined || ballots === 'public') return false;
  if (ballots === 'secret') return true;
  throw new PolityInvalidInputError('ballots', `${JSON.stringify(ballots)} is not a choice of ballots: use 'public' or 'secret'`);
}

/** Refuses, before anything is sent, a secret round the chain would refuse or nobody could vote in. */
function requireSecretRoundPossible(polity: PolityAddresses, config: RoundConfig): void {
  if (polity.secretBallots === undefined || polity.identityGroups === undefined) {
    throw new PolityInvalidInputError(
      'ballots',
      "'secret' needs the polity's secret-ballot contracts, and these addresses have none (identityGroups and secretBallots are missing): a polity deployed before secret ballots existed, or an old polity file; open a public round, or pass the addresses deployPolity returned",
    );
  }
  if (config.delegation) {
    throw new PolityInvalidInputError(
      'config.delegation',
      "a secret round cannot carry delegated weight: a resident who delegated and then votes takes their weight back from their delegate, and that override names the resident on the chain, so their ballot would not be secret; set delegation to false, or open a public round",
    );
  }
}
