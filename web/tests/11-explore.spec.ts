import type { Page } from '@playwright/test';
import { demo, expect, test, type App } from './fixtures';
import { ExploreCity, type ExploreProject } from './explore';

/**
 * Issue 10, section 4: exploring a round's projects (search, filters, sorts, state in the URL), the
 * ballot's random order per resident, "Add to my ballot" from a project page, live support counts
 * hidden unless the round shows them, results with turnout and money per category, and the progress
 * of funded projects. The rounds are opened by the test (through the SDK), so earlier files' skips of
 * the chain's clock do not matter.
 */
const categories = ['Greenery', 'Transport', 'Play'];
const projects: ExploreProject[] = [
  { title: 'Benches by the pond', body: 'Ten oak benches around the pond, for walkers and anglers.', cost: 9_000n, category: 0, district: 4, address: 'Zielona park pond', location: { latitude: 52.2675, longitude: 21.205 } },
  { title: 'Cycle racks at the station', body: 'Forty covered cycle racks beside Wesoła station.', cost: 4_500n, category: 1, district: 2, address: 'Wesoła station', location: { latitude: 52.2505, longitude: 21.2245 } },
  { title: 'Playground in Groszówka', body: 'Swings, a climbing frame and a sandpit for the youngest.', cost: 30_000n, category: 2, district: 3, address: 'ul. Groszówka', location: { latitude: 52.254, longitude: 21.2475 } },
  { title: 'Wildflower meadow', body: 'Łąka kwietna instead of a mown lawn: flowers for bees, less mowing.', cost: 12_000n, category: 0, district: 4, address: 'Zielona', location: { latitude: 52.266, longitude: 21.215 } },
];

let city: ExploreCity;
let hiddenRound: bigint;
let shownRound: bigint;

test.beforeAll(async ({ request }) => {
  test.setTimeout(240_000);
  const config = await (await request.get(`${demo().url}/config.json`)).json();
  city = new ExploreCity(config, demo().rpcUrl, demo().serverUrl);
  hiddenRound = await city.openVotingRound('Parks for Wesoła', projects, { categories });
  shownRound = await city.openVotingRound('Parks for Wesoła, counted in the open', projects, { categories, supportCounts: 'shown' });
  // Support on chain in both: the meadow 2, the benches 1.
  for (const round of [hiddenRound, shownRound]) {
    await city.castBallotAs('Ben', round, [0, 3]);
    await city.castBallotAs('Carla', round, [3]);
  }
});

/** The project numbers of the cards, in the order shown. */
async function cardOrder(page: Page): Promise<number[]> {
  const ids = await page.getByTestId('project-list').getByTestId(/^project-card-/).evaluateAll((cards) => cards.map((card) => card.getAttribute('data-testid')));
  return ids.map((id) => Number(id!.replace('project-card-', '')));
}

/** The project numbers on the ballot, in the order shown. */
async function ballotOrder(page: Page): Promise<number[]> {
  const ids = await page.getByTestId(/^ballot-project-\d+$/).evaluateAll((boxes) => boxes.map((box) => box.getAttribute('data-testid')));
  return ids.map((id) => Number(id!.replace('ballot-project-', '')));
}

async function openRound(app: App, roundId: bigint, query = ''): Promise<void> {
  await app.open(`/rounds/${roundId}${query}`);
  // Every card has its title (the texts are read and checked against their hashes).
  await expect(app.page.getByTestId('project-list')).toContainText('Wildflower meadow');
}

test.describe('exploring a round', () => {
  test('searches without diacritics, filters by category and district, sorts by cost; the URL keeps it', async ({ app, page }) => {
    await openRound(app, hiddenRound);
    await app.actAs('Eva');
    await expect(page.getByTestId('projects-shown')).toContainText('4');
    // "laka" finds "Łąka kwietna" in the meadow's description.
    await page.getByTestId('project-search').fill('laka');
    await expect.poll(() => cardOrder(page)).toEqual([3]);
    await expect(page).toHaveURL(/[?&]q=laka/);
    await expect(page.getByTestId('projects-shown')).toContainText('1 of 4');
    // A reload (or a shared link) shows the same search.
    await page.reload();
    await expect(page.getByTestId('project-search')).toHaveValue('laka');
    await expect.poll(() => cardOrder(page)).toEqual([3]);
    await page.getByTestId('project-search').fill('');
    await page.getByTestId('category-filter').selectOption({ label: 'Greenery' });
    await expect.poll(async () => (await cardOrder(page)).toSorted()).toEqual([0, 3]);
    await page.getByTestId('category-filter').selectOption({ label: 'All' });
    await page.getByTestId('district-filter').selectOption({ label: 'Groszówka' });
    await expect.poll(() => cardOrder(page)).toEqual([2]);
    await expect(page).toHaveURL(/[?&]district=3/);
    await page.getByTestId('district-filter').selectOption({ label: 'All districts' });
    await page.getByTestId('project-sort').selectOption({ label: 'Cost, lowest first' });
    await expect.poll(() => cardOrder(page)).toEqual([1, 0, 3, 2]);
    await page.getByTestId('project-sort').selectOption({ label: 'Cost, highest first' });
    await expect.poll(() => cardOrder(page)).toEqual([2, 3, 0, 1]);
    await page.getByTestId('project-sort').selectOption({ label: 'Title (A to Z)' });
    await expect.poll(() => cardOrder(page)).toEqual([0, 1, 2, 3]);
    await page.getByTestId('project-search').fill('no such project anywhere');
    await expect(page.getByTestId('no-project-matches')).toBeVisible();
    await app.check('explore-no-match');
  });

  test('"Clear search and filters" brings every project back', async ({ app, page }) => {
    await openRound(app, hiddenRound);
    await page.getByTestId('project-search').fill('no such project anywhere');
    await expect(page.getByTestId('no-project-matches')).toBeVisible();
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect.poll(async () => (await cardOrder(page)).toSorted()).toEqual([0, 1, 2, 3]);
    await app.check('explore-round');
  });

  test('hides live support counts while voting unless the round shows them', async ({ app, page }) => {
    await openRound(app, hiddenRound);
    await expect(page.getByTestId('support-hidden')).toBeVisible();
    await expect(page.getByTestId('project-list')).not.toContainText('Support');
    await expect(page.getByTestId('project-sort').locator('option', { hasText: 'Support' })).toHaveCount(0);
    // Asked for by the URL, a support order is not given either.
    await openRound(app, hiddenRound, '?sort=support');
    await expect(page.getByTestId('project-sort')).toHaveValue('random');
    await app.open(`/rounds/${hiddenRound}/projects/3`);
    await expect(page.getByRole('heading', { name: 'Wildflower meadow' })).toBeVisible();
    await expect(page.getByTestId('project-support')).toHaveCount(0);
    await expect(page.getByTestId('project-address')).toHaveText('Zielona');

    // The round that chose to show them: on the cards, the project page, and as an order.
    await openRound(app, shownRound);
    await expect(page.getByTestId('support-hidden')).toHaveCount(0);
    await expect(page.getByTestId('project-card-3').locator('dt', { hasText: 'Support' })).toBeVisible();
    await expect(page.getByTestId('project-card-3').locator('dd').nth(1)).toHaveText('2');
    await page.getByTestId('project-sort').selectOption({ label: 'Support, most first' });
    await expect.poll(() => cardOrder(page)).toEqual([3, 0, 1, 2]);
    await expect(page).toHaveURL(/[?&]sort=support/);
    await app.open(`/rounds/${shownRound}/projects/3`);
    await expect(page.getByTestId('project-support')).toHaveText('2');

    // The council's open-round form offers the choice, hidden by default.
    await app.open('/council/rounds/new');
    await app.actAs('Council');
    const choice = page.getByTestId('support-counts');
    await expect(choice.getByLabel('Hidden from residents until the results (recommended)')).toBeChecked();
    await expect(choice.getByLabel('Shown to residents as ballots come in')).not.toBeChecked();
    // The council always sees the counts, also of the round that hides them from residents.
    await app.open(`/council/rounds/${hiddenRound}`);
    await expect(page.getByTestId('council-support').getByRole('row', { name: /Wildflower meadow/ })).toContainText('2');
  });

  test('puts the ballot in a random order, the same for a resident all session, another for others', async ({ app, page }) => {
    await openRound(app, hiddenRound);
    await app.actAs('Eva');
    await expect(page.getByTestId('ballot-project-0')).toBeEnabled();
    const eva = await ballotOrder(page);
    expect(eva.toSorted()).toEqual([0, 1, 2, 3]);
    await page.reload();
    await expect(page.getByTestId('ballot-project-0')).toBeVisible();
    await expect.poll(() => ballotOrder(page)).toEqual(eva);
    // Other residents get other orders (with 4 projects, 24 are possible: five residents all drawing Eva's would be a broken shuffle).
    const others: number[][] = [];
    for (const name of ['Filip', 'Gosia', 'Hubert', 'Iga', 'Kasia']) {
      await app.actAs(name);
      await expect(page.getByTestId('ballot-project-0')).toBeEnabled();
      others.push(await ballotOrder(page));
    }
    expect(others.some((order) => order.join() !== eva.join())).toBe(true);
    await app.actAs('Eva');
    await expect.poll(() => ballotOrder(page)).toEqual(eva);
  });

  test('adds a project to the ballot from its page; it counts once cast', async ({ app, page }) => {
    await openRound(app, hiddenRound);
    await app.actAs('Eva');
    await app.open(`/rounds/${hiddenRound}/projects/2`);
    await expect(page.getByRole('heading', { name: 'Playground in Groszówka' })).toBeVisible();
    await app.check('explore-project');
    await page.getByTestId('add-to-ballot').click();
    await expect(page).toHaveURL(new RegExp(`/rounds/${hiddenRound}(#.*)?$`));
    await expect(page.getByTestId('ballot-project-2')).toBeChecked();
    await expect(page.getByTestId('ballot-added-2')).toContainText('Playground in Groszówka');
    // Not sent yet: the chain has no ballot from Eva.
    expect((await city.ballotOf(hiddenRound, 'Eva')).cast).toBe(false);
    await page.getByTestId('ballot-project-1').check();
    await page.getByRole('button', { name: 'Cast my ballot' }).click();
    await app.confirmed('Cast ballot');
    await expect(page.getByTestId('ballot-added-2')).toHaveCount(0);
    const ballot = await city.ballotOf(hiddenRound, 'Eva');
    expect([...ballot.projects].toSorted()).toEqual([1, 2]);
    await app.check('explore-ballot-added');
  });
});

test.describe('the map', () => {
  test('shows a round’s projects with the district outlines, following the search', async ({ app, page }) => {
    await openRound(app, hiddenRound);
    await page.getByTestId('view-map').check();
    await expect(page).toHaveURL(/[?&]view=map/);
    const map = page.getByTestId('project-map');
    await expect(map).toBeVisible();
    // A marker per project (their places are on chain), above the city's four district outlines.
    await expect(map.locator('.leaflet-projects-pane .project-marker')).toHaveCount(4);
    await expect.poll(() => map.locator('.leaflet-overlay-pane path').count()).toBeGreaterThanOrEqual(4);
    await page.getByTestId('project-search').fill('laka');
    await expect(map.locator('.leaflet-projects-pane .project-marker')).toHaveCount(1);
    await page.getByTestId('project-search').fill('');
    await expect(map.locator('.leaflet-projects-pane .project-marker')).toHaveCount(4);
    await app.check('explore-map');
    // Only the city's own files were asked for: no tile server.
    const external = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => !name.startsWith(location.origin) && !name.startsWith('http://127.0.0.1') && !name.startsWith('http://localhost')));
    expect(external).toEqual([]);
  });

  test('its markers are reached by keyboard: Tab to a project, Enter or Space opens it, Escape goes back', async ({ app, page }) => {
    await openRound(app, hiddenRound, '?sort=number');
    await page.getByTestId('view-map').check();
    const map = page.getByTestId('project-map');
    await expect(map.locator('.project-marker')).toHaveCount(4);
    // From the map itself (a stop in the tab order, for panning with the arrows), Tab goes to the markers,
    // each a button named by its project's title.
    await map.focus();
    await page.keyboard.press('Tab');
    const focused = page.locator('.project-marker:focus');
    await expect(focused).toHaveCount(1);
    await expect(focused).toHaveAttribute('role', 'button');
    const title = (await focused.getAttribute('aria-label')) ?? '';
    expect(projects.map((project) => project.title)).toContain(title);
    const seen = [title];
    for (let step = 1; step < projects.length; step++) {
      await page.keyboard.press('Tab');
      seen.push((await page.locator('.project-marker:focus').getAttribute('aria-label')) ?? '');
    }
    expect(seen.toSorted()).toEqual(projects.map((project) => project.title).toSorted());
    // Shift+Tab back to the first; Enter opens its popup with the focus on the project's link.
    for (let step = 1; step < projects.length; step++) await page.keyboard.press('Shift+Tab');
    await expect(page.locator('.project-marker:focus')).toHaveAttribute('aria-label', title);
    await page.keyboard.press('Enter');
    const popup = map.locator('.leaflet-popup');
    await expect(popup.getByRole('link', { name: title })).toBeFocused();
    await expect(page.locator('.project-marker:focus, .project-marker[aria-expanded=true]')).toHaveAttribute('aria-label', title);
    await app.check('explore-map-keyboard');
    // Escape closes it and gives the focus back to the marker; Space opens it as well.
    await page.keyboard.press('Escape');
    await expect(popup).toHaveCount(0);
    await expect(page.locator('.project-marker:focus')).toHaveAttribute('aria-label', title);
    await page.keyboard.press('Space');
    await expect(popup.getByRole('link', { name: title })).toBeFocused();
    // Enter on the link opens the project's page.
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/rounds/${hiddenRound}/projects/\\d+$`));
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
  });

  test('a resident gives a new project a place: an address, a district and a point picked on the map', async ({ app, page }) => {
    const roundId = await city.openSubmissionRound('Streets of Wesoła', ['Streets']);
    await app.open(`/rounds/${roundId}`);
    await app.actAs('Eva');
    await page.locator('#project-title').fill('Crossing by the school');
    await page.locator('#project-body').fill('A raised zebra crossing in front of the school gate.');
    await page.locator('#project-cost').fill('15000');
    await page.getByLabel('Address or place').fill('ul. Szkolna 3');
    await page.locator('#project-district').selectOption({ label: 'Groszówka' });
    await page.getByTestId('place-pick').click();
    const picker = page.getByTestId('place-picker');
    await expect(picker).toBeVisible();
    // The picker fits the city's district outlines once they arrive; a click at a fixed pixel picked a
    // different point at each zoom (once 21.075, west of the city). The middle of the fitted view is
    // the middle of the districts (longitude 21.17 to 21.26, latitude 52.225 to 52.275).
    await expect.poll(() => picker.locator('.leaflet-overlay-pane path').count()).toBeGreaterThanOrEqual(4);
    await picker.click();
    await expect(page.getByTestId('place-chosen')).toContainText('Place chosen: 52.');
    await app.check('project-form-place');
    await page.getByRole('button', { name: 'Submit project' }).press('Enter');
    await app.confirmed('Submit project');
    const [project] = await city.projectsOf(roundId);
    expect(project?.location?.latitude).toBeGreaterThan(52.225);
    expect(project?.location?.latitude).toBeLessThan(52.275);
    expect(project?.location?.longitude).toBeGreaterThan(21.17);
    expect(project?.location?.longitude).toBeLessThan(21.26);
    await app.open(`/rounds/${roundId}/projects/0`);
    await expect(page.getByTestId('project-address')).toHaveText('ul. Szkolna 3');
  });
});

test.describe('after a round', () => {
  test('the results show turnout, per district, and the money per category', async ({ app, page }) => {
    await app.open(`/rounds/${demo().rounds.finished}/results`);
    // Green Wesoła: 51 ballots, city-wide.
    await expect(page.getByTestId('turnout')).toContainText(/% of eligible residents cast a ballot \(51 of [\d,]+\)/);
    const districts = page.getByTestId('turnout-districts');
    for (const name of ['Stara Miłosna', 'Centrum', 'Groszówka', 'Zielona']) await expect(districts.getByRole('row', { name: new RegExp(name) })).toBeVisible();
    const money = page.getByTestId('money-by-category');
    for (const name of ['Greenery', 'Community', 'Transport']) await expect(money.getByRole('row', { name: new RegExp(name) })).toBeVisible();
    // The chart is drawn (Chart.js, loaded on this page only).
    await expect.poll(() => page.getByTestId('money-chart').evaluate((canvas: HTMLCanvasElement) => canvas.width)).toBeGreaterThan(0);
    await app.check('results-turnout');
  });

  test('the progress of funded projects: status, share paid, milestones with their evidence', async ({ app, page }) => {
    await app.open(`/rounds/${demo().rounds.finished}/progress`);
    await expect(page.getByRole('heading', { name: 'Progress of funded projects' })).toBeVisible();
    await expect(page.getByTestId('progress-summary')).toBeVisible();
    const cards = page.getByTestId(/^progress-project-\d+$/);
    await expect(cards.first()).toBeVisible();
    // The seed paid the first milestone of the funded projects: in progress, with what it was for and its evidence.
    await expect(page.getByTestId('progress-status').filter({ hasText: 'In progress' }).first()).toBeVisible();
    await expect(page.getByTestId('progress-evidence-0').first()).not.toBeEmpty();
    await expect(page.getByTestId('progress-paid').first()).toContainText(/paid \(\d+(\.\d)?%\)/);
    await app.check('progress');
    // The card's title links to the project's page; the progress shown there is that project's alone
    // (checked once the page has changed: the list page shows one progress per funded project).
    const link = cards.first().getByRole('heading').getByRole('link');
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/rounds\/\d+\/projects\/\d+$/);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.getByTestId('project-progress')).toHaveCount(1);
    await expect(page.getByTestId('project-progress')).toBeVisible();
    await app.check('project-progress');
  });
});
