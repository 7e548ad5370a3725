/**
 * Whether the identity office has admitted an account yet, read from the registry through the SDK every
 * few seconds while the page is open. It only moves forward: once admitted, it stays so for the page
 * (a later revocation is the registry's business, shown elsewhere), so the page never flickers back.
 */
import type { Address } from 'viem';
import { getResident } from '@polity/sdk';
import { session } from '$lib/chain/session.svelte';

const interval = 3_000;

export class Admission {
  admitted = $state(false);
  district = $state<number | undefined>(undefined);

  /** Starts watching; returns the function that stops. */
  watch(account: Address): () => void {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async () => {
      if (stopped || this.admitted) return;
      try {
        const resident = await getResident(session.reader, { polity: session.polity, account });
        if (resident.isResident && !stopped) {
          this.admitted = true;
          this.district = resident.district;
          return;
        }
      } catch {
        // The node did not answer this time: the next look will tell.
      }
      if (!stopped) timer = setTimeout(check, interval);
    };
    void check();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }
}
