import { describe, expect, it } from 'vitest';
import { exploreQuery, filterProjects, matchesQuery, readExploreState, searchable, seededShuffle, seedOf, sortProjects, type ExploredProject, type ExploreState } from './explore';

const project = (projectId: number, title: string, cost: number, support: number, category = 0, district?: number, description = ''): ExploredProject => ({
  projectId, title, description, cost: BigInt(cost), support: BigInt(support), category, district, status: 'accepted',
});
const projects = [
  project(0, 'Trees along Jana Pawła II', 42_000, 40, 0, 1, 'Plant 120 street trees'),
  project(1, 'Rain garden at the school', 18_500, 55, 0, 2),
  project(2, 'Ścieżka rowerowa', 78_000, 12, 2, 2, 'Zieleń i łąka przy torach'),
  project(3, 'Ławki w Zielonej', 9_800, 55, 1, 4),
];
const all: ExploreState = { query: '', category: 'all', district: 'all', status: 'all', sort: 'number', view: 'list' };

describe('search', () => {
  it('ignores case and diacritics, Polish ł included', () => {
    expect(searchable('  Zieleń  i ŁĄKA ')).toBe('zielen i laka');
    expect(matchesQuery(projects[2]!, 'zielen laka')).toBe(true);
    expect(matchesQuery(projects[3]!, 'lawki')).toBe(true);
  });
  it('finds by title or description, every word required', () => {
    expect(filterProjects(projects, { ...all, query: 'trees' }).map((p) => p.projectId)).toEqual([0]);
    expect(filterProjects(projects, { ...all, query: 'street trees' }).map((p) => p.projectId)).toEqual([0]);
    expect(filterProjects(projects, { ...all, query: 'street school' })).toEqual([]);
    expect(filterProjects(projects, { ...all, query: '   ' })).toHaveLength(4);
  });
});

describe('filters', () => {
  it('by category, district and status, combined', () => {
    expect(filterProjects(projects, { ...all, category: '0' }).map((p) => p.projectId)).toEqual([0, 1]);
    expect(filterProjects(projects, { ...all, district: '2' }).map((p) => p.projectId)).toEqual([1, 2]);
    expect(filterProjects(projects, { ...all, category: '0', district: '2' }).map((p) => p.projectId)).toEqual([1]);
    expect(filterProjects(projects, { ...all, status: 'rejected' })).toEqual([]);
  });
});

describe('sort', () => {
  it('by cost either way, by support, by title in the reader’s language; ties by project number', () => {
    expect(sortProjects(projects, 'cost-ascending', 1, 'en').map((p) => p.projectId)).toEqual([3, 1, 0, 2]);
    expect(sortProjects(projects, 'cost-descending', 1, 'en').map((p) => p.projectId)).toEqual([2, 0, 1, 3]);
    expect(sortProjects(projects, 'support', 1, 'en').map((p) => p.projectId)).toEqual([1, 3, 0, 2]);
    // Polish collation puts Ł after L and Ś after S.
    expect(sortProjects(projects, 'title', 1, 'pl').map((p) => p.title)).toEqual(['Ławki w Zielonej', 'Rain garden at the school', 'Ścieżka rowerowa', 'Trees along Jana Pawła II']);
  });
  it('random: the same seed gives the same order, whatever order the projects came in', () => {
    const once = sortProjects(projects, 'random', 42, 'en');
    expect(sortProjects(projects.toReversed(), 'random', 42, 'en')).toEqual(once);
    expect(once.map((p) => p.projectId).toSorted()).toEqual([0, 1, 2, 3]);
  });
});

describe('seeded shuffle', () => {
  const items = Array.from({ length: 10 }, (_, index) => index);
  it('differs between residents', () => {
    const orders = new Set(['0xaaa', '0xbbb', '0xccc', '0xddd', '0xeee'].map((account) => seededShuffle(items, seedOf(`session:${account}:1`)).join(',')));
    expect(orders.size).toBe(5);
  });
  it('puts each project first about equally often (no order bias of its own)', () => {
    const first = new Array<number>(4).fill(0);
    const runs = 40_000;
    for (let run = 0; run < runs; run++) {
      const top = seededShuffle([0, 1, 2, 3], seedOf(`s${run}`))[0]!;
      first[top] = (first[top] ?? 0) + 1;
    }
    for (const times of first) expect(Math.abs(times / runs - 0.25)).toBeLessThan(0.02);
  });
});

describe('state in the URL', () => {
  const defaults = { status: 'accepted', sort: 'random' as const, supportShown: false };
  it('round-trips, writing only what differs from the defaults', () => {
    const state: ExploreState = { query: 'trees', category: '0', district: '2', status: 'all', sort: 'cost-ascending', view: 'map' };
    const query = exploreQuery(state, defaults);
    expect(query.toString()).toBe('q=trees&category=0&district=2&status=all&sort=cost-ascending&view=map');
    expect(readExploreState(query, defaults)).toEqual(state);
    expect(exploreQuery(readExploreState(new URLSearchParams(), defaults), defaults).toString()).toBe('');
  });
  it('refuses sorting by support when the round hides counts, and unknown sorts', () => {
    expect(readExploreState(new URLSearchParams('sort=support'), defaults).sort).toBe('random');
    expect(readExploreState(new URLSearchParams('sort=support'), { ...defaults, supportShown: true }).sort).toBe('support');
    expect(readExploreState(new URLSearchParams('sort=bogus'), defaults).sort).toBe('random');
  });
});
