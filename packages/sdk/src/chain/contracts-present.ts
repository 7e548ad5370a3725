import { getCode } from 'viem/actions';
import type { Client } from 'viem';
import { PolityNoContractError } from './errors/base.js';
import { polityComponents, type PolityAddresses } from './polity.js';

/** Addresses already seen to hold code, per client: contracts do not disappear, so each is asked once. */
const confirmed = new WeakMap<Client, Set<string>>();

/**
 * Refuses a polity whose addresses hold no code on the connected chain, before anything is read or
 * sent. Without this a read fails with viem's "returned no data" and, worse, a write to an empty
 * address succeeds and does nothing. Costs one `eth_getCode` per component, once per client.
 */
export async function requireContracts(client: Client, polity: PolityAddresses): Promise<void> {
  let known = confirmed.get(client);
  if (!known) confirmed.set(client, (known = new Set()));
  const seen = known;
  const unchecked = polityComponents.filter((component) => !seen.has(`${polity.chainId}:${polity[component].toLowerCase()}`));
  const codes = await Promise.all(unchecked.map((component) => getCode(client, { address: polity[component] })));
  unchecked.forEach((component, index) => {
    const code = codes[index];
    if (code === undefined || code === '0x') throw new PolityNoContractError({ address: polity[component], chainId: polity.chainId, component });
    seen.add(`${polity.chainId}:${polity[component].toLowerCase()}`);
  });
}
