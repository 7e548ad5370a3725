/**
 * How many residents each district has: members now (admitted and neither revoked nor expired by the
 * registry), and how many of them hold a residency whose date has passed without anyone having
 * called `expire` yet (they cannot vote, but still count as members until then).
 */
import { z } from '@hono/zod-openapi';
import type { IndexView } from '../index-view.js';
import { sortForPages, type ListSort } from '../pagination.js';
import { residencies } from './residency.js';

export const districtSchema = z
  .object({
    district: z.number().int(),
    residents: z.number().int().openapi({ description: 'members of the registry in this district now' }),
    lapsed: z.number().int().openapi({ description: 'of those, how many have a residency whose date passed by the indexed block (not yet expired on chain)' }),
  })
  .openapi('District');
export type DistrictItem = z.infer<typeof districtSchema>;

export const districtSort: ListSort<DistrictItem> = { list: 'districts', orders: ['number-ascending'], keyOf: (district) => [String(district.district)] };

/**
 * Districts with at least one resident, by number. Counted per request from the folded residencies,
 * since `lapsed` moves with the index head's time, not only with events.
 */
export async function districtCounts(view: IndexView): Promise<DistrictItem[]> {
  const residents = await residencies(view);
  const now = view.head?.timestamp;
  const districts = new Map<number, DistrictItem>();
  for (const residency of residents.values()) {
    if (!residency.member) continue;
    const counts = districts.get(residency.district) ?? { district: residency.district, residents: 0, lapsed: 0 };
    const lapsed = now !== undefined && BigInt(residency.expiresAt) <= now ? 1 : 0;
    districts.set(residency.district, { district: residency.district, residents: counts.residents + 1, lapsed: counts.lapsed + lapsed });
  }
  return sortForPages([...districts.values()], districtSort);
}
