import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page, Request } from '@playwright/test';
import { demo, expect, test } from './fixtures';
import { ExploreCity } from './explore';

/**
 * Issue 10, sections 2 and 5: every page of the app, at a phone's width (390 px) and a desktop's
 * (1280 px), in English and Polish, fits the screen (the document and every element on it), passes
 * axe's WCAG 2 A/AA rules, and leaves a screenshot in test-results/screenshots/<page>-<lang>-<size>.png.
 * It runs after the other files, so the demo city has what they made: rounds in every phase, results,
 * proposals with actions, delegations, milestones paid. Long content (an error message, a long unbroken
 * word in a proposal, a long unbroken account) is tried on a phone first, then the sweep shows it.
 */

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } } as const;
const languages = ['en', 'pl'] as const;
type Size = keyof typeof sizes;
type Language = (typeof languages)[number];

interface Visit {
  /** Names the screenshot: <name>-<lang>-<size>.png. */
  readonly name: string;
  readonly path: string;
}

/** Every route of the app (a directory of src/routes with a +page.svelte), as SvelteKit names it. */
function routesOnDisk(directory = join(web, 'src', 'routes'), route = ''): string[] {
  const entries = readdirSync(directory, { withFileTypes: true });
  const here = entries.some((entry) => entry.isFile() && entry.name === '+page.svelte') ? [route || '/'] : [];
  return [...here, ...entries.filter((entry) => entry.isDirectory()).flatMap((entry) => routesOnDisk(join(directory, entry.name), `${route}/${entry.name}`))];
}

interface Listing {
  readonly href: string;
  readonly badge: string;
}

/** The cards of a list page: each card's link and its badge (a round's phase, a proposal's state). */
async function listings(page: Page, path: string, pattern: RegExp): Promise<Listing[]> {
  await open(page, path);
  const found = await page.locator('main article').evaluateAll((cards) =>
    cards.map((card) => ({ href: card.querySelector('h3 a')?.getAttribute('href') ?? '', badge: card.querySelector('.badge')?.textContent?.trim() ?? '' })),
  );
  return found.filter((listing) => pattern.test(listing.href));
}

/** One listing per badge (every phase, every state), then the ones named, without repeats. */
function onePerBadge(found: readonly Listing[], also: readonly string[] = []): string[] {
  const chosen = new Map<string, string>();
  for (const listing of found) if (!chosen.has(listing.badge)) chosen.set(listing.badge, listing.href);
  return [...new Set([...chosen.values(), ...also])];
}

const roundIdOf = (href: string) => /\/rounds\/(\d+)/.exec(href)?.[1] ?? '';

let roundsFound: string[] | undefined;
async function roundsInEveryPhase(page: Page): Promise<string[]> {
  const { finished, voting, points } = demo().rounds;
  return (roundsFound ??= onePerBadge(await listings(page, '/rounds', /^\/rounds\/\d+$/), [`/rounds/${finished}`, `/rounds/${voting}`, `/rounds/${points}`]).map(roundIdOf));
}

let finishedFound: string[] | undefined;
async function finishedRounds(page: Page): Promise<string[]> {
  if (finishedFound) return finishedFound;
  const found = await listings(page, '/rounds', /^\/rounds\/\d+$/);
  const results = found.filter((listing) => listing.badge === 'Result').map((listing) => roundIdOf(listing.href));
  return (finishedFound = [...new Set([demo().rounds.finished, ...results])].slice(0, 2));
}

/** For each route: the pages to visit, found the way a person finds them (from the lists). */
const visits: Record<string, (page: Page) => Promise<Visit[]>> = {
  '/': async () => [{ name: 'home', path: '/' }],
  '/audit': async () => [{ name: 'audit', path: '/audit' }],
  '/council': async () => [{ name: 'council', path: '/council' }],
  '/council/proposals/new': async () => [{ name: 'council-proposal-new', path: '/council/proposals/new' }],
  '/council/residents': async () => [{ name: 'council-residents', path: '/council/residents' }],
  '/council/rounds/new': async () => [{ name: 'council-round-new', path: '/council/rounds/new' }],
  '/council/translations': async () => [{ name: 'council-translations', path: '/council/translations' }],
  '/council/rounds/[roundId]': async (page) => (await roundsInEveryPhase(page)).map((id) => ({ name: `council-round-${id}`, path: `/council/rounds/${id}` })),
  '/delegation': async () => [{ name: 'delegation', path: '/delegation' }],
  '/proposals': async () => [{ name: 'proposals', path: '/proposals' }],
  '/proposals/[proposalId]': async (page) => {
    const found = await listings(page, '/proposals', /^\/proposals\/\d+$/);
    return [...new Set([`/proposals/${demo().openProposal}`, ...onePerBadge(found)])].slice(0, 5).map((path, index) => ({ name: `proposal-${index + 1}`, path }));
  },
  '/rounds': async () => [{ name: 'rounds', path: '/rounds' }],
  '/rounds/[roundId]': async (page) => (await roundsInEveryPhase(page)).map((id) => ({ name: `round-${id}`, path: `/rounds/${id}` })),
  '/rounds/[roundId]/projects/[projectId]': async (page) => {
    const chosen: Visit[] = [];
    for (const id of (await roundsInEveryPhase(page)).slice(0, 3)) {
      await open(page, `/rounds/${id}`);
      const href = await page.locator(`main a[href^="/rounds/${id}/projects/"]`).first().getAttribute('href', { timeout: 1_000 }).catch(() => null);
      if (href) chosen.push({ name: `project-${id}-${/projects\/(\d+)/.exec(href)?.[1]}`, path: href });
    }
    return chosen;
  },
  '/rounds/[roundId]/results': async (page) => (await finishedRounds(page)).map((id) => ({ name: `results-${id}`, path: `/rounds/${id}/results` })),
  '/rounds/[roundId]/progress': async (page) => (await finishedRounds(page)).map((id) => ({ name: `progress-${id}`, path: `/rounds/${id}/progress` })),
  '/take-part': async () => [{ name: 'take-part', path: '/take-part' }],
};

/** Opens a page and waits until it has shown what it read (no "Loading…" left, the network quiet). */
async function open(page: Page, path: string): Promise<void> {
  readingContent(page);
  await page.goto(`${demo().url}${path}`);
  await expect(page.locator('main')).not.toContainText(/Loading…|Wczytywanie…/, { timeout: 45_000 });
  await expect(page.locator('main :is(h1, h2)').first()).toBeVisible();
  // Published texts (titles, descriptions, photos) are read once the lists show: let them land first.
  await expect.poll(() => readingContent(page), { message: `texts still being read on ${path}` }).toBe(0);
}

const contentReads = new WeakMap<Page, Set<Request>>();
/** How many published texts and photos the page is still reading from the content service. */
function readingContent(page: Page): number {
  let pending = contentReads.get(page);
  if (!pending) {
    const reads = new Set<Request>();
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/content/')) reads.add(request);
    });
    page.on('requestfinished', (request) => reads.delete(request));
    page.on('requestfailed', (request) => reads.delete(request));
    contentReads.set(page, reads);
    pending = reads;
  }
  return pending.size;
}

/**
 * The language of every page opened from now on: set before the app's scripts run (the newest init
 * script runs last). Writing localStorage from the test and then navigating raced with Chromium
 * committing the write when the navigation took a new renderer.
 */
async function setLanguage(page: Page, language: Language): Promise<void> {
  await page.context().addInitScript((locale) => {
    try {
      localStorage.setItem('PARAGLIDE_LOCALE', locale);
    } catch {
      // about:blank has no storage
    }
  }, language);
  // A runtime compiled by `paraglide-js compile` without the app's strategy reads a cookie instead.
  await page.context().addCookies([{ name: 'PARAGLIDE_LOCALE', value: language, url: demo().url }]);
}

/**
 * Nothing wider than the screen: the document's scroll width, then every element that reaches past
 * either edge (inside a scrolling box too: a table that scrolls sideways on a phone is what cards
 * replace). Only the outermost offender of a branch is named, with its classes and its first words.
 */
async function expectFits(page: Page, where: string): Promise<void> {
  const measured = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const describe = (element: Element) => {
      const id = element.id ? `#${element.id}` : '';
      const classes = [...element.classList].filter((name) => !name.startsWith('svelte-')).map((name) => `.${name}`).join('');
      const testId = element.getAttribute('data-testid') ? `[data-testid=${element.getAttribute('data-testid')}]` : '';
      const rect = element.getBoundingClientRect();
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
      return `<${element.tagName.toLowerCase()}${id}${classes}${testId}> ${Math.round(rect.left)}..${Math.round(rect.right)} px "${text}"`;
    };
    const offending = (element: Element) => {
      const rect = element.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) return false; // visually hidden
      if (rect.right <= 0 || rect.left >= width) return false; // parked off screen on purpose (the skip link)
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.position === 'fixed') return false;
      return rect.right > width + 0.5 || rect.left < -0.5;
    };
    const offenders: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      if (!offending(element)) continue;
      if (element.parentElement && element.parentElement !== document.body && offending(element.parentElement)) continue;
      offenders.push(describe(element));
    }
    // Text that runs out of a box that fits (a long unbroken word): named by the element holding it,
    // unless a box that clips it (overflow hidden, a visually hidden label) keeps it from showing.
    const clipped = (element: Element | null): boolean => {
      for (let box = element; box && box !== document.body; box = box.parentElement) {
        const overflow = getComputedStyle(box).overflowX;
        if (overflow === 'hidden' || overflow === 'clip') return true;
      }
      return false;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim() || !node.parentElement || clipped(node.parentElement)) continue;
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      if (rect.width > 1 && rect.right > width + 0.5 && rect.left < width && getComputedStyle(node.parentElement).position !== 'fixed') {
        offenders.push(`text in ${describe(node.parentElement)} reaches ${Math.round(rect.right)} px`);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, offenders: [...new Set(offenders)].slice(0, 8) };
  });
  expect(measured.offenders, `elements wider than the ${measured.width} px screen on ${where}`).toEqual([]);
  expect(measured.scrollWidth, `document scroll width on ${where}`).toBeLessThanOrEqual(measured.width);
}

async function axe(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const violations = results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')})`);
  expect(violations, `accessibility violations on ${where}`).toEqual([]);
}

/** The whole page, or its first 12,000 px when longer (the audit log's 500 entries as cards on a phone). */
async function screenshot(page: Page, name: string): Promise<void> {
  const { width, height } = await page.evaluate(() => ({ width: document.documentElement.clientWidth, height: document.documentElement.scrollHeight }));
  await page.screenshot({ path: join(web, 'test-results', 'screenshots', `${name}.png`), fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(height, 12_000) } });
}

/** A page at one size in one language: fits, passes axe, screenshotted. */
async function checkPage(page: Page, visit: Visit, language: Language, size: Size): Promise<void> {
  const where = `${visit.path} (${language}, ${size})`;
  await page.setViewportSize(sizes[size]);
  await open(page, visit.path);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expectFits(page, where);
  await screenshot(page, `${visit.name}-${language}-${size}`);
  await axe(page, where);
}

test('the list of pages names every route of the app', () => {
  const missing = routesOnDisk().filter((route) => !(route in visits));
  expect(missing, 'routes without an entry in 9-pages.spec.ts (add how to visit them)').toEqual([]);
  const gone = Object.keys(visits).filter((route) => !routesOnDisk().includes(route));
  expect(gone, 'entries for routes that no longer exist').toEqual([]);
});

test.describe('long content on a phone', () => {
  test.use({ viewport: sizes.phone });

  test('an error message fits, in English and Polish', async ({ app, page }) => {
    for (const language of languages) {
      await setLanguage(page, language);
      await open(page, '/council/rounds/new');
      await app.actAs('Ana');
      await page.locator('#round-title').fill(`Bezpieczne-przejścia-dla-pieszych-przy-wszystkich-szkołach-podstawowych-${'x'.repeat(60)}`);
      await page.locator('#round-kind').selectOption('cumulative');
      await page.locator('#round-rule').selectOption('equal-shares');
      // The page says before anything is sent that this account may not open rounds.
      await expect(page.getByTestId('role-notice')).toBeVisible();
      await expectFits(page, `a refusal on /council/rounds/new (${language})`);
      await screenshot(page, `long-error-${language}-phone`);
      await axe(page, `a refusal on /council/rounds/new (${language})`);
    }
  });

  test("a long unbroken account and resident's codes fit", async ({ app, page }) => {
    for (const language of languages) {
      await setLanguage(page, language);
      await open(page, '/council/residents');
      await app.actAs('Identity office');
      const unbroken = `0x${'ab'.repeat(60)}`;
      await page.locator('#admit-code').fill(unbroken);
      await page.locator('#admit-credential').fill(unbroken);
      await page.locator('#admit-expires').fill('2030-01-01');
      await page.getByTestId('admit-one').locator('button[type=submit]').click();
      await expect(page.getByTestId('admit-one-problem')).toBeVisible();
      // A file with a long unbroken account: the preview shows whole codes, the rejection says why.
      const csv = `address,district,expires,credential\n${'0x1111111111111111111111111111111111111111'},1,2030-01-01,0x${'33'.repeat(32)}\n${unbroken},1,2030-01-01,0x${'44'.repeat(32)}\n`;
      await page.locator('input[type=file]').first().setInputFiles({ name: 'residents.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await expect(page.getByTestId('import-rejected')).toBeVisible();
      await expectFits(page, `long accounts on /council/residents (${language})`);
      await screenshot(page, `long-account-${language}-phone`);
      await axe(page, `long accounts on /council/residents (${language})`);
    }
  });

  test('a proposal with long unbroken words and several actions fits', async ({ app, page }) => {
    await app.open('/council/proposals/new');
    await app.actAs('Council');
    await page.getByLabel('Title').fill(`Przebudowa-skrzyżowania-Trakt-Brzeski-${'i'.repeat(40)}`);
    await page.getByLabel('Explanation for residents').fill(`See https://example.org/${'very-long-path-segment-'.repeat(8)} and ${'0x'.padEnd(66, 'f')}. (${crypto.randomUUID()})`);
    await page.getByTestId('action-to-0').selectOption({ label: 'Ana' });
    await page.getByLabel(/^Amount/).fill('1');
    await page.getByRole('button', { name: 'Add an action' }).click();
    await page.getByLabel('What should happen').nth(1).selectOption('registerTopic');
    await page.getByLabel('Topic name').fill(`Infrastruktura-${'o'.repeat(50)}`);
    await expectFits(page, 'the proposal form with two actions');
    await screenshot(page, 'long-proposal-form-en-phone');
    await page.getByRole('button', { name: 'Submit the proposal' }).click();
    await app.confirmed('Propose');
    await expect(page).toHaveURL(/\/proposals\/\d+$/);
    const path = new URL(page.url()).pathname;
    for (const language of languages) {
      await setLanguage(page, language);
      await open(page, path);
      await expectFits(page, `a proposal with long words (${language})`);
      await screenshot(page, `long-proposal-${language}-phone`);
      await axe(page, `a proposal with long words (${language})`);
    }
  });

  test('on a proposal the vote form comes before the list of votes', async ({ app, page }) => {
    await open(page, `/proposals/${demo().openProposal}`);
    await app.actAs('Nina');
    const form = page.locator('section[aria-labelledby=vote-heading]');
    const list = page.getByTestId('vote-list');
    await expect(form).toBeVisible();
    const [formBox, listBox] = [await form.boundingBox(), await list.boundingBox()];
    expect(formBox!.y + formBox!.height, 'the vote form ends above the list of votes').toBeLessThanOrEqual(listBox!.y);
    expect(await form.evaluate((section, votes) => Boolean(section.compareDocumentPosition(votes!) & Node.DOCUMENT_POSITION_FOLLOWING), await list.elementHandle()), 'the form is read before the list').toBe(true);
    await expectFits(page, 'the open proposal with the vote form');
  });

  // Its own round, opened now with long titles and voting: the demo city's voting round has ended by
  // the time this file runs in the whole suite (earlier files skip the chain's clock by weeks).
  test('ballot checkboxes keep their size next to long titles', async ({ app, page, request }) => {
    test.setTimeout(240_000);
    const config = await (await request.get(`${demo().url}/config.json`)).json();
    const city = new ExploreCity(config, demo().rpcUrl, demo().serverUrl);
    const place = { district: 2, address: 'Wesoła', location: { latitude: 52.25, longitude: 21.22 } };
    const roundId = await city.openVotingRound('Long titles on a ballot', [
      { ...place, title: 'Benches', body: 'Short title.', cost: 5_000n, category: 0 },
      { ...place, title: 'Renovation of the pedestrian underpass beneath the railway line at Wesoła station, with lighting and murals', body: 'A long title.', cost: 40_000n, category: 0 },
      { ...place, title: 'Trees', body: 'Short title.', cost: 8_000n, category: 0 },
      { ...place, title: 'Konstytucyjnobezpiecznościowodrogowozabezpieczającegoprzejściadlapieszych', body: 'A long unbroken word.', cost: 12_000n, category: 0 },
    ], { categories: ['Streets'] });
    await open(page, `/rounds/${roundId}`);
    await app.actAs('Dan');
    const boxes = page.locator('input[type=checkbox][data-testid^=ballot-project-]');
    await expect(boxes.first()).toBeVisible();
    const sizes = await boxes.evaluateAll((inputs) => inputs.map((input) => ({ width: input.getBoundingClientRect().width, height: input.getBoundingClientRect().height, title: input.closest('label')?.textContent?.trim().length ?? 0 })));
    expect(sizes.length).toBeGreaterThan(3);
    expect(Math.max(...sizes.map((size) => size.title)), 'some titles are long').toBeGreaterThan(40);
    for (const size of sizes) expect(size, 'every checkbox as large as the first, whatever its title').toMatchObject({ width: sizes[0]!.width, height: sizes[0]!.height });
    expect(sizes[0]!.width).toBeGreaterThanOrEqual(18);
    await expectFits(page, 'the ballot with long titles');
    await screenshot(page, 'long-ballot-en-phone');
  });
});

for (const route of Object.keys(visits)) {
  test(`${route} fits a phone and a desktop, in English and Polish, and passes axe`, async ({ page }) => {
    test.setTimeout(600_000);
    await page.goto(`${demo().url}/`);
    const chosen = await visits[route]!(page);
    expect(chosen.length, `pages found for ${route}`).toBeGreaterThan(0);
    for (const language of languages) {
      await setLanguage(page, language);
      for (const visit of chosen) for (const size of ['phone', 'desktop'] as const) await checkPage(page, visit, language, size);
    }
  });
}
