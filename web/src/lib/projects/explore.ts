/**
 * Searching, filtering and ordering a round's projects (pure: plain data in, plain data out). The
 * state lives in the page's URL, so a search can be shared and survives a reload; the ballot's
 * default order is a shuffle seeded per resident, against the order bias of a fixed list.
 */

/** What the list needs of a project: its number, cost, support, category and the texts it is found by. */
export interface ExploredProject {
  readonly projectId: number;
  readonly cost: bigint;
  readonly support: bigint;
  readonly category: number;
  readonly status: string;
  /** The district the project is in, when it says (city-wide rounds). */
  readonly district: number | undefined;
  /** Title and description as the reader sees them (in the reader's language where published so). */
  readonly title: string;
  readonly description: string;
}

export const projectSorts = ['random', 'number', 'title', 'cost-ascending', 'cost-descending', 'support'] as const;
export type ProjectSort = (typeof projectSorts)[number];

export interface ExploreState {
  query: string;
  /** A category index, or 'all'. */
  category: string;
  /** A district number, or 'all'. */
  district: string;
  /** A project status, or 'all'. */
  status: string;
  sort: ProjectSort;
  /** The projects as a list or on the map. */
  view: 'list' | 'map';
}

/**
 * The state a URL's query describes; anything missing or unknown takes its default. Sorting by
 * support is refused (falls back to the default) when the round does not show counts.
 */
export function readExploreState(params: URLSearchParams, defaults: { status: string; sort: ProjectSort; supportShown: boolean }): ExploreState {
  const sortParameter = params.get('sort');
  const known = (projectSorts as readonly string[]).includes(sortParameter ?? '') ? (sortParameter as ProjectSort) : defaults.sort;
  const sort = known === 'support' && !defaults.supportShown ? defaults.sort : known;
  return {
    query: params.get('q') ?? '',
    category: params.get('category') ?? 'all',
    district: params.get('district') ?? 'all',
    status: params.get('status') ?? defaults.status,
    sort,
    view: params.get('view') === 'map' ? 'map' : 'list',
  };
}

/** The URL query for a state: only what differs from the defaults, so a plain page keeps a plain URL. */
export function exploreQuery(state: ExploreState, defaults: { status: string; sort: ProjectSort }): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim() !== '') params.set('q', state.query);
  if (state.category !== 'all') params.set('category', state.category);
  if (state.district !== 'all') params.set('district', state.district);
  if (state.status !== defaults.status) params.set('status', state.status);
  if (state.sort !== defaults.sort) params.set('sort', state.sort);
  if (state.view === 'map') params.set('view', 'map');
  return params;
}

/**
 * Text as a search compares it: lower case, without diacritics (so "zielen" finds "zieleń" and
 * "lodz" finds "Łódź"), spaces collapsed.
 */
export function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a project matches the search: every word of the query is in its title or description. */
export function matchesQuery(project: Pick<ExploredProject, 'title' | 'description'>, query: string): boolean {
  const words = searchable(query).split(' ').filter((word) => word !== '');
  if (words.length === 0) return true;
  const haystack = searchable(`${project.title} ${project.description}`);
  return words.every((word) => haystack.includes(word));
}

export function filterProjects<T extends ExploredProject>(projects: readonly T[], state: ExploreState): T[] {
  return projects.filter(
    (project) =>
      (state.category === 'all' || String(project.category) === state.category) &&
      (state.district === 'all' || String(project.district) === state.district) &&
      (state.status === 'all' || project.status === state.status) &&
      matchesQuery(project, state.query),
  );
}

const compareBigints = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Projects in the chosen order; ties keep the project number's order. `seed` orders 'random': the
 * same seed gives the same order every time.
 */
export function sortProjects<T extends ExploredProject>(projects: readonly T[], sort: ProjectSort, seed: number, locale: string): T[] {
  const byNumber = projects.toSorted((a, b) => a.projectId - b.projectId);
  switch (sort) {
    case 'random':
      return seededShuffle(byNumber, seed);
    case 'number':
      return byNumber;
    case 'title': {
      const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
      return byNumber.toSorted((a, b) => collator.compare(a.title, b.title));
    }
    case 'cost-ascending':
      return byNumber.toSorted((a, b) => compareBigints(a.cost, b.cost));
    case 'cost-descending':
      return byNumber.toSorted((a, b) => compareBigints(b.cost, a.cost));
    case 'support':
      return byNumber.toSorted((a, b) => compareBigints(b.support, a.support));
  }
}

/** mulberry32: a small, well-mixed 32-bit generator; enough for ordering a list fairly. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Fisher-Yates shuffle driven by `seed`: every order equally likely, the same seed the same order. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const next = generator(seed);
  const shuffled = [...items];
  for (let index = shuffled.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1));
    [shuffled[index], shuffled[other]] = [shuffled[other]!, shuffled[index]!];
  }
  return shuffled;
}

/** A 32-bit seed from text (FNV-1a): the session's random value, the resident and the round. */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
