import { readContract } from 'viem/actions';
import { residentRegistryAbi } from '../../contracts/generated.js';
import { runPolityAction, type PolityActionParameters, type PolityClient } from '../../chain/client.js';
import type { PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';

export type GetTopicsParameters = PolityActionParameters;

export interface GetTopicsReturnType {
  /** Registered topics; topic 0 is "general", which proposals use unless they name another. */
  readonly topics: readonly { readonly topic: number; readonly name: string }[];
  /** How many topics this polity can have at most. */
  readonly maxTopics: number;
  /** The longest delegation chain allowed, in hops. */
  readonly maxDepth: number;
  /** Residents holding a voting unit now. */
  readonly residentCount: bigint;
}

export type GetTopicsErrorType = PolityWrongNetworkError | PolityRpcUnavailableError;

/** The polity's delegation topics and limits, and how many residents it has. */
export async function getTopics(client: PolityClient, parameters: GetTopicsParameters): Promise<GetTopicsReturnType> {
  const { polity } = parameters;
  return runPolityAction(client, polity, async () => {
    const registry = { address: polity.registry, abi: residentRegistryAbi } as const;
    const [count, maxTopics, maxDepth, residentCount] = await Promise.all([
      readContract(client, { ...registry, functionName: 'topicCount' }),
      readContract(client, { ...registry, functionName: 'maxTopics' }),
      readContract(client, { ...registry, functionName: 'maxDepth' }),
      readContract(client, { ...registry, functionName: 'residentCount' }),
    ]);
    const names = await Promise.all(
      Array.from({ length: count }, (_, topic) => readContract(client, { ...registry, functionName: 'topicName', args: [topic] })),
    );
    return { topics: names.map((name, topic) => ({ topic, name })), maxTopics: Number(maxTopics), maxDepth: Number(maxDepth), residentCount };
  });
}
