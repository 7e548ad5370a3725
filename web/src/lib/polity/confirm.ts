import { getActivity, type PolityActivity } from '@polity/sdk';
import { session } from '$lib/chain/session.svelte';
import { fromIndex } from './activity';
import { sameEvent } from './events';

/** The city server listed an event the chain does not have, or has differently. */
export class IndexDisagreesError extends Error {
  override name = 'IndexDisagreesError';
  constructor(entry: PolityActivity) {
    super(
      `the city's server lists a ${entry.eventName} event (block ${entry.blockNumber}, transaction ${entry.transactionHash}) that the chain does not have as listed: the chain's record is what counts, and the server's operator should re-index`,
    );
  }
}

/** Confirmations already made, by transaction and log index: an event on chain does not change. */
const confirmed = new Map<string, Promise<PolityActivity>>();

/**
 * The chain's own record of an event a decision rests on (what a proposal would execute, how a round
 * was opened): an event from the server's index is read again from its block on chain, through the
 * SDK, and must be the same. An event already read from the chain is returned as it is.
 */
export function confirmOnChain<entry extends PolityActivity>(entry: entry): Promise<entry> {
  if (!fromIndex(entry)) return Promise.resolve(entry);
  const key = `${entry.transactionHash}:${entry.logIndex}`;
  let confirmation = confirmed.get(key);
  if (!confirmation) {
    confirmation = readBack(entry);
    confirmed.set(key, confirmation);
    // A node that did not answer is asked again next time.
    confirmation.catch(() => confirmed.delete(key));
  }
  return confirmation as Promise<entry>;
}

async function readBack<entry extends PolityActivity>(entry: entry): Promise<entry> {
  const block = await getActivity(session.reader, { polity: session.polity, components: [entry.contract], fromBlock: entry.blockNumber, toBlock: entry.blockNumber });
  const onChain = block.find((candidate) => candidate.transactionHash === entry.transactionHash && candidate.logIndex === entry.logIndex);
  if (!onChain || !sameEvent(onChain, entry)) throw new IndexDisagreesError(entry);
  return onChain as entry;
}
