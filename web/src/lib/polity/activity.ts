/**
 * The polity's history: the audit log, and the lists the chain does not keep (rounds, proposals,
 * delegations, who voted how), derived from it. With a city server configured, the history up to the
 * server's indexed block comes from its index (one request instead of scanning the chain) and only
 * the blocks after it from the chain; without one, or when the server does not answer, all of it
 * from the chain. Afterwards, only new blocks are read from the chain.
 *
 * What a resident must be able to trust is never taken from this list alone: tallies, results,
 * ballots and delegations are read from the chain by the pages that show them, and the events a
 * decision rests on (a proposal's actions, a round's opening) are confirmed on chain (`confirm.ts`).
 */
import { getActivity, getIndexedActivity, type PolityActivity } from '@polity/sdk';
import { session } from '$lib/chain/session.svelte';

let history: PolityActivity[] = [];
let readTo: bigint | undefined;
/** The last block whose events came from the server's index (undefined: none did). */
let indexedTo: bigint | undefined;
let pending: Promise<readonly PolityActivity[]> | undefined;

/** Every event of the polity so far, oldest first. */
export function loadActivity(): Promise<readonly PolityActivity[]> {
  pending ??= (async () => {
    try {
      if (readTo === undefined) await readIndex();
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

/** The history the city's server has indexed, if it is configured and answers. */
async function readIndex(): Promise<void> {
  const serverUrl = session.config?.serverUrl;
  if (serverUrl === undefined) return;
  try {
    const { activity, indexedBlock } = await getIndexedActivity({ serverUrl, polity: session.polity });
    if (indexedBlock === undefined) return;
    history = [...activity];
    readTo = indexedBlock;
    indexedTo = indexedBlock;
  } catch (error) {
    // Nothing for residents to act on: the chain has the same history, it only takes longer to read.
    console.info('The city server did not give the polity history; reading it from the chain instead.', error);
  }
}

/** Whether an event was taken from the server's index (and so is confirmed on chain where it matters). */
export function fromIndex(entry: PolityActivity): boolean {
  return indexedTo !== undefined && entry.blockNumber <= indexedTo;
}

export { eventsNamed, type ActivityOf } from './events';
