/**
 * The polity's history, read once through the SDK's activity reader and then only the new blocks:
 * the audit log, and the lists the chain does not keep (rounds, proposals, delegations, who voted
 * how) are derived from it.
 */
import { getActivity, type PolityActivity } from '@polity/sdk';
import { session } from '$lib/chain/session.svelte';

let history: PolityActivity[] = [];
let readTo: bigint | undefined;
let pending: Promise<readonly PolityActivity[]> | undefined;

/** Every event of the polity so far, oldest first. */
export function loadActivity(): Promise<readonly PolityActivity[]> {
  pending ??= (async () => {
    try {
      const latest = await session.reader.getBlockNumber({ cacheTime: 0 });
      if (readTo === undefined || latest > readTo) {
        const fromBlock = readTo === undefined ? (session.polity.deployedAtBlock ?? 0n) : readTo + 1n;
        const fresh = await getActivity(session.reader, { polity: session.polity, fromBlock, toBlock: latest });
        history = [...history, ...fresh];
        readTo = latest;
      }
      return history;
    } finally {
      pending = undefined;
    }
  })();
  return pending;
}

export { eventsNamed, type ActivityOf } from './events';
