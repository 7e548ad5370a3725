/**
 * Who is a resident now, in which district, replayed from the registry: admitted (or re-admitted),
 * renewed (possibly into another district), revoked, expired. Kept inside the server: the API answers
 * counts per district, never a list of residents or their credentials.
 */
import type { Address } from 'viem';
import type { IndexView } from '../index-view.js';
import { readEvents } from '../indexed-events.js';

export interface Residency {
  readonly member: boolean;
  readonly district: number;
  /** Seconds since 1970. */
  readonly expiresAt: number;
}

export function residencies(view: IndexView): Promise<Map<Address, Residency>> {
  return view.fold('residencies', async () => {
    const events = await readEvents(view.db, { contract: 'registry', names: ['ResidentAdmitted', 'ResidentRenewed', 'ResidentRevoked', 'ResidentExpired'], upTo: view.upTo });
    const residents = new Map<Address, Residency>();
    for (const event of events) {
      const { account } = event.args;
      if (event.eventName === 'ResidentAdmitted' || event.eventName === 'ResidentRenewed') {
        residents.set(account, { member: true, district: event.args.district, expiresAt: event.args.expiresAt });
      } else {
        const known = residents.get(account);
        if (known) residents.set(account, { ...known, member: false });
      }
    }
    return residents;
  });
}
