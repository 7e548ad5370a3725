import { readContract } from 'viem/actions';
import { residentRegistryAbi } from '../../contracts/generated.js';
import { requireInteger, type PolityClient } from '../../chain/client.js';
import { PolityDelegationError } from '../../chain/errors/contract.js';
import type { PolityAddresses } from '../../chain/polity.js';

/** A topic number, checked against the registry's topics before anything is sent. */
export async function requireTopic(client: PolityClient, polity: PolityAddresses, topic: number, parameter = 'topic'): Promise<number> {
  const checked = Number(requireInteger(topic, parameter, { max: 255n }));
  const count = await readContract(client, { address: polity.registry, abi: residentRegistryAbi, functionName: 'topicCount' });
  if (checked >= count) {
    throw new PolityDelegationError({
      errorName: 'LiquidVotesUnknownTopic',
      args: [checked],
      message: `topic ${checked} is not registered (this polity has topics 0 to ${count - 1}): read them with getTopics`,
    });
  }
  return checked;
}
