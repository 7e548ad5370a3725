/**
 * Who lives in the demo city, where, and whom they trust: plain data the seed turns into transactions.
 * Named people are anvil's development accounts 3 to 19 (their keys are public, so anyone can also
 * import them into a browser wallet); the Stara Miłosna voters of the real 2017 election are extra
 * addresses the local node signs for (anvil's impersonation).
 */

export const cityName = 'Wesoła';

/** District numbers as the registry stores them; 0 is the whole city. */
export const districts: Record<number, string> = {
  0: 'Whole city',
  1: 'Stara Miłosna',
  2: 'Centrum',
  3: 'Groszówka',
  4: 'Zielona',
};

/** Delegation topics after "general" (topic 0), in registration order. */
export const topics = ['transport', 'education', 'environment'] as const;
export type TopicName = 'general' | (typeof topics)[number];
export const topicNumber = (name: TopicName): number => (name === 'general' ? 0 : topics.indexOf(name) + 1);

export interface NamedResident {
  readonly name: string;
  /** anvil account index (its mnemonic's derivation path index). */
  readonly index: number;
  readonly district: number;
}

/** Accounts 0 to 2: the deployer (no role), the council, the identity office. */
export const deployerIndex = 0;
export const councilIndex = 1;
export const registrarIndex = 2;
/** Accounts 20 and 21: the demo bundler's (Alto's) executor, which sends the bundles, and its utility account. */
export const bundlerExecutorIndex = 20;
export const bundlerUtilityIndex = 21;

export const residents: readonly NamedResident[] = [
  { name: 'Ana', index: 3, district: 1 },
  { name: 'Ben', index: 4, district: 1 },
  { name: 'Carla', index: 5, district: 2 },
  { name: 'Dan', index: 6, district: 1 },
  { name: 'Eva', index: 7, district: 3 },
  { name: 'Filip', index: 8, district: 4 },
  { name: 'Gosia', index: 9, district: 2 },
  { name: 'Hubert', index: 10, district: 2 },
  { name: 'Iga', index: 11, district: 3 },
  { name: 'Jan', index: 12, district: 1 },
  { name: 'Kasia', index: 13, district: 4 },
  { name: 'Leon', index: 14, district: 4 },
  { name: 'Maja', index: 15, district: 3 },
  { name: 'Nina', index: 16, district: 1 },
  { name: 'Olek', index: 17, district: 2 },
  { name: 'Piotr', index: 18, district: 3 },
  { name: 'Zofia', index: 19, district: 1 },
];

/**
 * Delegations: [delegator, topic, delegate]. Transport has chains three deep (Filip → Ana → Ben →
 * Carla); the Stara Miłosna voters who delegate "general" to Zofia are added by the seed.
 */
export const delegations: readonly (readonly [string, TopicName, string])[] = [
  ['Ben', 'transport', 'Carla'],
  ['Ana', 'transport', 'Ben'],
  ['Dan', 'transport', 'Carla'],
  ['Eva', 'transport', 'Dan'],
  ['Filip', 'transport', 'Ana'],
  ['Gosia', 'education', 'Hubert'],
  ['Iga', 'education', 'Hubert'],
  ['Jan', 'education', 'Iga'],
  ['Kasia', 'environment', 'Leon'],
  ['Maja', 'environment', 'Kasia'],
  ['Nina', 'environment', 'Leon'],
  ['Olek', 'general', 'Piotr'],
  ['Ben', 'general', 'Zofia'],
];

/** How many of the Stara Miłosna voters delegate "general" to Zofia, their neighbourhood delegate. */
export const zofiaDelegators = 60;

/** How many of the real 2017 ballots the pabulib round replays. */
export const pabulibBallots = 300;

/** The finished round's projects: [title, description, cost, category index, proposer]. */
export const greenProjects: readonly (readonly [string, string, number, number, string])[] = [
  ['Trees along Jana Pawła II', 'Plant 120 street trees along the main road, with three years of watering and care.', 42_000, 0, 'Kasia'],
  ['Rain garden at the school', 'Turn the school yard’s asphalt corner into a rain garden that soaks up storm water; pupils help plant it.', 18_500, 0, 'Leon'],
  ['Community compost points', 'Six neighbourhood compost points with sign-up and a gardener who runs them for a year.', 9_800, 1, 'Maja'],
  ['Cycle lane to the station', 'A protected 1.2 km cycle lane from Centrum to the railway station.', 78_000, 2, 'Carla'],
  ['Repair café', 'A monthly repair café in the library: tools, volunteers, and a small budget for parts.', 6_200, 1, 'Gosia'],
  ['Pond restoration', 'Dredge and replant the pond in Zielona park, with a boardwalk for school visits.', 55_000, 0, 'Filip'],
  ['Heated bus shelters', 'Twelve heated bus shelters on the busiest stops.', 96_000, 2, 'Olek'],
];
export const greenCategories = ['Greenery', 'Community', 'Transport'];

/**
 * Where each project is: [latitude, longitude, district, address line], in Warszawa-Wesoła (points
 * chosen on the demo's schematic map, see demo-map/; not surveyed). The seed stores the point on chain
 * with the project and the district and address in its published description.
 */
export type ProjectPlace = readonly [number, number, number, string];
export const greenPlaces: readonly ProjectPlace[] = [
  [52.2412, 21.2265, 2, 'ul. Jana Pawła II, Wesoła'],
  [52.2355, 21.1930, 1, 'Szkoła Podstawowa, ul. Jana Pawła II, Stara Miłosna'],
  [52.2540, 21.2475, 3, 'six points across Groszówka'],
  [52.2502, 21.2240, 2, 'from ul. Armii Krajowej to Wesoła station'],
  [52.2470, 21.2290, 2, 'Biblioteka, ul. Starzyńskiego'],
  [52.2675, 21.2050, 4, 'Zielona park pond'],
  [52.2445, 21.2320, 3, 'Trakt Brzeski bus stops'],
];
export const culturePlaces: readonly ProjectPlace[] = [
  [52.2660, 21.2150, 4, 'Zielona park meadow'],
  [52.2420, 21.1880, 1, 'Kościół, Stara Miłosna'],
  [52.2520, 21.2200, 2, 'Wesoła town hall'],
  [52.2515, 21.2390, 3, 'railway viaduct, Groszówka'],
  [52.2470, 21.2290, 2, 'Biblioteka, ul. Starzyńskiego'],
];

/** The points round's projects: [title, description, cost, category index, proposer]. */
export const cultureProjects: readonly (readonly [string, string, number, number, string])[] = [
  ['Open-air cinema nights', 'Eight summer film nights in the park, with a screen, sound and films chosen by residents.', 18_000, 0, 'Gosia'],
  ['Choir for all ages', 'A year of weekly rehearsals with a conductor, and two concerts.', 12_000, 1, 'Iga'],
  ['Local history trail', 'Twelve boards telling the history of Wesoła, with a printed map.', 22_000, 2, 'Piotr'],
  ['Street art on the viaduct', 'A mural designed with school pupils on the railway viaduct.', 15_000, 0, 'Olek'],
  ['Library reading garden', 'Benches, shade and shelves in the library garden for summer reading.', 9_500, 2, 'Maja'],
];
export const cultureCategories = ['Events', 'Music', 'Heritage'];

/**
 * The secret round's projects (city-wide, approval of at most two): [title, description, cost, category
 * index, proposer]. Nobody, not even the council, can tell who voted for which (docs/secret-ballots.md).
 */
export const secretProjects: readonly (readonly [string, string, number, number, string])[] = [
  ['Youth club in the old fire station', 'Open the old fire station as a youth club three evenings a week, with a youth worker for a year.', 35_000, 0, 'Iga'],
  ['Safe walking routes to schools', 'Raised crossings and school-street signs on the four busiest routes to primary schools.', 28_000, 1, 'Dan'],
  ['Shelter for homeless cats', 'A heated shelter and a year of vet care for the cats of the allotments, run with volunteers.', 12_000, 0, 'Maja'],
  ['Drinking fountains', 'Six drinking fountains in parks and at the station, maintained for three years.', 18_000, 1, 'Filip'],
];
export const secretCategories = ['Community', 'Streets'];
export const secretPlaces: readonly ProjectPlace[] = [
  [52.2490, 21.2310, 2, 'old fire station, ul. Starzyńskiego'],
  [52.2380, 21.1950, 1, 'routes to the schools of Stara Miłosna and Centrum'],
  [52.2600, 21.2420, 3, 'allotments, Groszówka'],
  [52.2500, 21.2245, 2, 'parks and Wesoła station'],
];

/**
 * Named residents who registered a secret-ballot identity before the secret round's snapshot (so they
 * vote online); Nina and Olek did not, so they vote on paper at a polling station. Each identity is
 * derived from a fixed seed (`secretIdentitySeed`), and its recovery phrase is in the demo's info file
 * for the browser tests; a real resident's comes from their passkey or a phrase only they hold.
 */
export const secretIdentityHolders = residents.map((resident) => resident.name).filter((name) => name !== 'Nina' && name !== 'Olek');

/** Who the seed casts a secret ballot for (through the relay's account), and the projects they approve. */
export const secretBallots: readonly (readonly [string, readonly number[]])[] = [
  ['Eva', [0, 1]],
  ['Jan', [1, 3]],
  ['Kasia', [0]],
];
