/**
 * Delegates: everyone residents delegate to, with how many residents delegate to them directly and
 * how many they represent in all (everyone whose chain passes through them), per topic. Only residents
 * count, as only residents' units carry weight on chain.
 */
import { z } from '@hono/zod-openapi';
import type { Address } from 'viem';
import { groupBy } from '../collections.js';
import type { IndexView } from '../index-view.js';
import { sortForPages, type ListSort } from '../pagination.js';
import { address } from '../schemas.js';
import { residencies } from '../residents/residency.js';
import { delegationState } from './delegations.js';

const topicCountSchema = z.object({
  topic: z.number().int(),
  topicName: z.string().nullable(),
  delegators: z.number().int().openapi({ description: 'residents who delegate to this delegate directly on the topic' }),
  represented: z.number().int().openapi({ description: 'residents whose chain on the topic passes through this delegate (direct or not)' }),
});

export const delegateSchema = z
  .object({
    delegate: address,
    delegators: z.number().int().openapi({ description: 'direct delegators on the topic asked for; without `topic`, summed over the topics' }),
    topics: z.array(topicCountSchema).openapi({ description: 'per topic, largest first' }),
  })
  .openapi('Delegate');
export type DelegateItem = z.infer<typeof delegateSchema>;

/** Most delegators first. */
export const delegateSort: ListSort<DelegateItem> = {
  list: 'delegates',
  orders: ['number-descending', 'text-ascending'],
  keyOf: (delegate) => [String(delegate.delegators), delegate.delegate],
};

type TopicCount = DelegateItem['topics'][number];

/** Per topic: each delegate's direct and transitive resident delegators. */
function countsPerTopic(delegateOf: ReadonlyMap<Address, Address>, isResident: (account: Address) => boolean): Map<Address, { delegators: number; represented: number }> {
  const counts = new Map<Address, { delegators: number; represented: number }>();
  for (const [delegator, delegate] of delegateOf) {
    if (!isResident(delegator)) continue;
    const direct = counts.get(delegate) ?? { delegators: 0, represented: 0 };
    counts.set(delegate, { ...direct, delegators: direct.delegators + 1 });
    // Up the chain: the contract refuses cycles; `seen` keeps a corrupt index from looping anyway.
    const seen = new Set<Address>([delegator]);
    for (let above: Address | undefined = delegate; above !== undefined && !seen.has(above); above = delegateOf.get(above)) {
      seen.add(above);
      const entry = counts.get(above) ?? { delegators: 0, represented: 0 };
      counts.set(above, { ...entry, represented: entry.represented + 1 });
    }
  }
  return counts;
}

export async function listDelegates(view: IndexView, topic: number | undefined): Promise<DelegateItem[]> {
  const all = await view.fold('delegates', async () => {
    const [{ delegations, topicNames }, residents] = await Promise.all([delegationState(view), residencies(view)]);
    const isResident = (account: Address) => residents.get(account)?.member === true;
    const perDelegate = new Map<Address, TopicCount[]>();
    for (const [topicId, topicDelegations] of groupBy(delegations, (delegation) => delegation.topic)) {
      const delegateOf = new Map(topicDelegations.map((delegation) => [delegation.delegator as Address, delegation.delegate as Address] as const));
      for (const [delegate, counts] of countsPerTopic(delegateOf, isResident)) {
        if (counts.delegators === 0) continue;
        perDelegate.set(delegate, [...(perDelegate.get(delegate) ?? []), { topic: topicId, topicName: topicNames.get(topicId) ?? null, ...counts }]);
      }
    }
    return [...perDelegate].map(([delegate, topics]) => ({ delegate, topics: topics.sort((a, b) => b.delegators - a.delegators || a.topic - b.topic) }));
  });
  const items = all.flatMap(({ delegate, topics }) => {
    const chosen = topic === undefined ? topics : topics.filter((entry) => entry.topic === topic);
    if (chosen.length === 0) return [];
    return [{ delegate, delegators: chosen.reduce((total, entry) => total + entry.delegators, 0), topics: chosen }];
  });
  return sortForPages(items, delegateSort);
}
