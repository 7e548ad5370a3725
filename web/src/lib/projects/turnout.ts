/**
 * Turnout of a round and the money its result funds per category (pure: plain events and numbers in).
 * Residents and their districts are replayed from the registry's events as the activity log gives them
 * (admitted, renewed, revoked, expired), the way the city's server counts them.
 */

export interface RegistryEvent {
  readonly eventName: string;
  readonly args: { readonly account?: string; readonly district?: number };
}

/** Each account that is a resident now, with its district. */
export function residentDistricts(events: readonly RegistryEvent[]): Map<string, number> {
  const residents = new Map<string, number>();
  for (const { eventName, args } of events) {
    const account = args.account?.toLowerCase();
    if (account === undefined) continue;
    if ((eventName === 'ResidentAdmitted' || eventName === 'ResidentRenewed') && args.district !== undefined) residents.set(account, args.district);
    else if (eventName === 'ResidentRevoked' || eventName === 'ResidentExpired') residents.delete(account);
  }
  return residents;
}

export interface DistrictTurnout {
  readonly district: number;
  readonly ballots: number;
  readonly residents: number;
}

export interface Turnout {
  readonly ballots: number;
  readonly eligible: number;
  /** Per district of the voters, for a city-wide round; empty for a district round. */
  readonly districts: readonly DistrictTurnout[];
}

/**
 * Ballots against eligible residents: the round's district, or the whole city (district 0) with a
 * line per district. `voters`: who cast a ballot (a changed ballot counts once). A voter no longer a
 * resident still counts as a ballot, under district `-1` when per district.
 */
export function roundTurnout(roundDistrict: number, voters: readonly string[], residents: ReadonlyMap<string, number>): Turnout {
  const unique = [...new Set(voters.map((voter) => voter.toLowerCase()))];
  const eligible = roundDistrict === 0 ? residents.size : [...residents.values()].filter((district) => district === roundDistrict).length;
  if (roundDistrict !== 0) return { ballots: unique.length, eligible, districts: [] };
  const lines = new Map<number, { ballots: number; residents: number }>();
  const line = (district: number) => lines.get(district) ?? lines.set(district, { ballots: 0, residents: 0 }).get(district)!;
  for (const district of residents.values()) line(district).residents += 1;
  for (const voter of unique) line(residents.get(voter) ?? -1).ballots += 1;
  const districts = [...lines.entries()].map(([district, counts]) => ({ district, ...counts })).toSorted((a, b) => (a.district === -1 ? 1 : b.district === -1 ? -1 : a.district - b.district));
  return { ballots: unique.length, eligible, districts };
}

/** What the funded projects cost, per category, in the round's category order (categories with nothing funded included). */
export function fundedByCategory(categories: readonly string[], projects: readonly { readonly projectId: number; readonly category: number; readonly cost: bigint }[], funded: readonly number[]): { name: string; amount: bigint; projects: number }[] {
  const totals = categories.map((name) => ({ name, amount: 0n, projects: 0 }));
  for (const projectId of funded) {
    const project = projects.find((candidate) => candidate.projectId === projectId);
    const total = project && totals[project.category];
    if (!project || !total) continue;
    total.amount += project.cost;
    total.projects += 1;
  }
  return totals;
}
