import { decodeEventLog, getAbiItem } from 'viem';
import { getBlockNumber, readContract } from 'viem/actions';
import { budgetRoundsAbi } from '../../contracts/generated.js';
import { runPolityAction, type PolityActionParameters, type PolityClient } from '../../chain/client.js';
import { PolityInvalidInputError, type PolityRpcUnavailableError, type PolityWrongNetworkError } from '../../chain/errors/base.js';
import { pagedLogs } from '../../chain/logs.js';

export interface GetRoundCategoriesParameters extends PolityActionParameters {
  readonly roundId: bigint;
  /** Blocks per getLogs request to start with (default 5,000; halved when the provider refuses). */
  readonly pageSize?: bigint;
}

/** The round's category names: a project's `category` is an index into this list. */
export type GetRoundCategoriesReturnType = string[];

export type GetRoundCategoriesErrorType = PolityInvalidInputError | PolityWrongNetworkError | PolityRpcUnavailableError;

const roundOpened = getAbiItem({ abi: budgetRoundsAbi, name: 'RoundOpened' });

/**
 * The names of a round's project categories, as it was opened with them. The contract keeps only
 * their number, so the names are read from the round's `RoundOpened` event (searched from the
 * polity's `deployedAtBlock`: keep it in the polity you pass, or this scans from block 0).
 */
export async function getRoundCategories(client: PolityClient, parameters: GetRoundCategoriesParameters): Promise<GetRoundCategoriesReturnType> {
  const { polity, roundId } = parameters;
  return runPolityAction(client, polity, async () => {
    const count = await readContract(client, { address: polity.rounds, abi: budgetRoundsAbi, functionName: 'roundCount' });
    if (roundId < 1n || roundId > count) {
      throw new PolityInvalidInputError('roundId', `round ${roundId} does not exist: this polity has ${count === 0n ? 'no rounds yet' : `rounds 1 to ${count}`}`);
    }
    const logs = await pagedLogs(client, {
      address: [polity.rounds],
      event: roundOpened,
      args: { roundId },
      fromBlock: polity.deployedAtBlock ?? 0n,
      toBlock: await getBlockNumber(client, { cacheTime: 0 }),
      pageSize: parameters.pageSize ?? 5_000n,
    });
    for (const log of logs) {
      const event = decodeEventLog({ abi: budgetRoundsAbi, eventName: 'RoundOpened', data: log.data, topics: log.topics });
      if (event.args.roundId === roundId) return [...event.args.categories];
    }
    throw new PolityInvalidInputError(
      'polity.deployedAtBlock',
      `round ${roundId} exists but its RoundOpened event is not in blocks ${polity.deployedAtBlock ?? 0n} and later: is deployedAtBlock right, and does the node keep old logs?`,
    );
  });
}
