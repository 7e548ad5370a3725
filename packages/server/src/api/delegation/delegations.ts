/**
 * Who delegates to whom now, per topic, replayed from the registry's TopicDelegateChanged (emitted for
 * every topic, the general topic 0 included, and once per topic by "delegate on all topics"; the
 * general topic's ERC-5805 DelegateChanged repeats it and is not read). Zero as the new delegate revokes.
 */
import { z } from '@hono/zod-openapi';
import { zeroAddress, type Address } from 'viem';
import type { IndexView } from '../index-view.js';
import { readEvents } from '../indexed-events.js';
import { sortForPages, type ListSort } from '../pagination.js';
import { address, positionOf, positionSchema } from '../schemas.js';

export const delegationSchema = z
  .object({
    delegator: address,
    topic: z.number().int(),
    topicName: z.string().nullable(),
    delegate: address,
    since: positionSchema,
  })
  .openapi('Delegation');
export type DelegationItem = z.infer<typeof delegationSchema>;

/** By topic, then delegator. */
export const delegationSort: ListSort<DelegationItem> = {
  list: 'delegations',
  orders: ['number-ascending', 'text-ascending'],
  keyOf: (delegation) => [String(delegation.topic), delegation.delegator],
};

export interface DelegationState {
  /** Every current delegation, in list order. */
  readonly delegations: readonly DelegationItem[];
  readonly topicNames: ReadonlyMap<number, string>;
}

export function delegationState(view: IndexView): Promise<DelegationState> {
  return view.fold('delegations', async () => {
    const events = await readEvents(view.db, { contract: 'registry', names: ['TopicRegistered', 'TopicDelegateChanged'], upTo: view.upTo });
    const topicNames = new Map<number, string>();
    const current = new Map<string, Omit<DelegationItem, 'topicName'>>();
    for (const event of events) {
      if (event.eventName === 'TopicRegistered') {
        topicNames.set(event.args.topic, event.args.name);
        continue;
      }
      const { delegator, topic, toDelegate } = event.args;
      const key = `${topic}:${delegator}`;
      if (toDelegate === zeroAddress) current.delete(key);
      else current.set(key, { delegator, topic, delegate: toDelegate, since: positionOf(event) });
    }
    const delegations = sortForPages(
      [...current.values()].map((delegation) => ({ ...delegation, topicName: topicNames.get(delegation.topic) ?? null })),
      delegationSort,
    );
    return { delegations, topicNames };
  });
}

export interface DelegationFilter {
  readonly topic?: number;
  readonly delegate?: Address;
  readonly delegator?: Address;
}

export async function listDelegations(view: IndexView, filter: DelegationFilter): Promise<DelegationItem[]> {
  const { delegations } = await delegationState(view);
  return delegations.filter(
    (delegation) =>
      (filter.topic === undefined || delegation.topic === filter.topic) &&
      (filter.delegate === undefined || delegation.delegate === filter.delegate) &&
      (filter.delegator === undefined || delegation.delegator === filter.delegator),
  );
}
