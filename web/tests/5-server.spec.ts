import { readFileSync } from 'node:fs';
import { keccak256 } from 'viem';
import type { Locator, Page } from '@playwright/test';
import { App, demo, expect, test } from './fixtures';
import { logFile } from './global-setup';
import { pngPhoto } from './photo';
import { installWallet } from './wallet';

/**
 * A phone: every page this file changes is checked at this width, in English and in Polish. Set for
 * the whole file rather than with page.setViewportSize: after a full-page screenshot in a resized
 * page, Chromium clicked beside the button it had scrolled to (on its form).
 */
const phone = { width: 390, height: 844 };
test.use({ viewport: phone });
const photo = pngPhoto(120, 90);
const photoHash = keccak256(photo);
const title = 'A bench by the pond';

/** The image shows the photo's own pixels: it was read by hash, checked, and decoded. */
async function expectPhotoShown(image: Locator): Promise<void> {
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => (element.complete ? element.naturalWidth : 0))).toBe(120);
  await expect(image).toHaveAttribute('src', /^blob:/);
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

async function speak(page: Page, locale: 'en' | 'pl'): Promise<void> {
  await new App(page).language(locale);
}

/** Server API requests (not page navigations): the index and the read API, which the app may do without. */
const serverLists = (url: URL) => url.pathname === '/activity' || (url.pathname === '/rounds' && url.searchParams.has('limit'));

test.describe.serial('with the city server', () => {
  let roundId = '';

  test('a resident submits a project with a photo and sees it on its card and its page', async ({ app, page }) => {
    test.setTimeout(180_000);
    await app.open('/council/rounds/new');
    await app.actAs('Council');
    await page.getByLabel('Title').fill('Benches 2027');
    await page.getByLabel('Description for residents').fill('Places to sit in every district.');
    await page.getByLabel(/^Budget/).fill('30000');
    await page.getByLabel('Review starts in (days)').fill('1');
    await page.getByLabel('Voting starts in (days)').fill('2');
    await page.getByLabel('Voting lasts (days)').fill('1');
    await page.getByRole('button', { name: 'Open a round' }).click();
    await app.confirmed('Open round');
    await expect(page).toHaveURL(/\/council\/rounds\/\d+$/);
    roundId = /\/council\/rounds\/(\d+)$/.exec(page.url())?.[1] ?? '';

    await app.open(`/rounds/${roundId}`);
    await app.actAs('Ana');
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Description').fill('A wooden bench facing the pond, in the shade of the willows.');
    await page.getByLabel(/^Cost/).fill('4000');
    const photos = page.getByLabel('Photos (optional)');
    // Refused before anything is uploaded: not an image whatever its name says, and too large.
    await photos.setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('minutes of the district meeting') });
    await expect(page.getByTestId('photo-problems')).toContainText('notes.png is not a PNG, JPEG or WebP photo');
    const huge = Buffer.concat([photo, Buffer.alloc(2 * 1024 * 1024)]);
    await photos.setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: huge });
    await expect(page.getByTestId('photo-problems')).toContainText('huge.png is 2.0 MB: a photo may be at most 2 MB');
    await photos.setInputFiles({ name: 'pond.png', mimeType: 'image/png', buffer: photo });
    await expect(page.getByRole('img', { name: 'Attached photo 1: pond.png' })).toBeVisible();
    await expect(page.getByTestId('photo-problems')).toHaveCount(0);
    await app.check('server-project-form-phone');

    const published: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/content') published.push(request.headers()['content-type'] ?? '');
    });
    // From the keyboard: after the full-page screenshot above, Chromium routed a mouse click at this
    // button (low on a phone-sized page) to its form, though the page itself had the button there.
    await page.getByRole('button', { name: 'Submit project' }).press('Enter');
    await app.confirmed('Submit project');
    // The photo first, then the description that shows it; both signed by Ana's account.
    expect(published).toEqual(['image/png', 'text/markdown; charset=utf-8']);

    const card = page.getByTestId('project-card-0');
    await card.scrollIntoViewIfNeeded();
    await expect(card.getByRole('link', { name: title })).toBeVisible();
    await expectPhotoShown(card.getByRole('img', { name: title }));
    await expectNoSidewaysScroll(page);
    await app.check('server-round-cards-phone');

    await card.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    const onPage = page.getByRole('img', { name: `${title}, photo 1` });
    await expectPhotoShown(onPage);
    await expect(onPage).toHaveAttribute('data-content-hash', photoHash);
    await expectNoSidewaysScroll(page);
    await app.check('server-project-page-phone');

    await speak(page, 'pl');
    await expectPhotoShown(page.getByRole('img', { name: `${title}, photo 1` }));
    await app.check('server-project-page-phone-polish');
    await app.open(`/rounds/${roundId}`);
    // Photos load once their card nears the screen.
    await page.getByTestId('project-card-0').scrollIntoViewIfNeeded();
    await expectPhotoShown(page.getByTestId('project-card-0').getByRole('img', { name: title }));
    await expect(page.getByText('Zdjęcia (opcjonalnie)')).toBeVisible();
    await expectNoSidewaysScroll(page);
    await app.check('server-round-cards-phone-polish');
    await speak(page, 'en');
  });

  test("the server's refusal is explained in the resident's language, and nothing reaches the chain", async ({ app, page }) => {
    await page.route(
      (url) => url.pathname === '/content',
      async (route) => {
        if (route.request().method() !== 'POST') return route.fallback();
        await route.fulfill({ status: 403, json: { error: { code: 'not_allowed', message: 'may not publish on this server' } } });
      },
    );
    await app.open(`/rounds/${roundId}`);
    await app.actAs('Ben');
    await speak(page, 'pl');
    await page.getByLabel('Tytuł').fill('Ławka przy szkole');
    await page.getByLabel('Opis').fill('Ławka przy wejściu do szkoły.');
    await page.getByLabel('Zdjęcia (opcjonalnie)').setInputFiles({ name: 'szkola.png', mimeType: 'image/png', buffer: pngPhoto(120, 90, 7) });
    await expect(page.getByRole('img', { name: 'Dołączone zdjęcie 1: szkola.png' })).toBeVisible();
    await page.getByRole('button', { name: 'Zgłoś projekt' }).click();
    const failure = page.getByTestId('failure').first();
    await expect(failure).toHaveAttribute('data-kind', 'server-refused');
    await expect(failure).toContainText('Serwer miasta nie przyjął tego, co publikujesz');
    await expect(failure).toContainText('poproś biuro ewidencji miasta o przyjęcie tego konta');
    await app.check('server-refusal-phone-polish');
    // Still one project: the submission stopped before its transaction.
    await expect(page.getByTestId(/^project-card-/)).toHaveCount(1);
    await speak(page, 'en');
  });

  test('with a wallet, the app says beforehand what the "Polity content" signature is, and the wallet is asked for it', async ({ app, page }) => {
    const nina = '0x2546BcD3c84621e976D8185a91A922aE77ECEc30';
    await page.addInitScript(installWallet, { rpcUrl: demo().rpcUrl, account: nina });
    await app.open(`/rounds/${roundId}`);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('button', { name: 'Test Wallet' }).click();
    await expect(page.getByTestId('current-account')).toContainText('Nina');
    // Connecting asks the wallet to switch to the polity's chain.
    await expect(page.getByText('Your wallet is on the wrong network')).toHaveCount(0);
    await expect(page.getByTestId('publish-hint')).toContainText('sign “Polity content” for each text and photo');
    await page.getByLabel('Title').fill('Bench at the bus stop');
    await page.getByLabel('Description').fill('Somewhere to wait for the 173.');
    await page.getByRole('button', { name: 'Submit project' }).click();
    // The test wallet signs the text and then refuses the transaction, as a person pressing "Reject" would.
    await expect(page.getByTestId('failure').first()).toHaveAttribute('data-kind', 'rejected');
    const requests = await page.evaluate(() => (window as unknown as { walletSignatureRequests: unknown[] }).walletSignatureRequests);
    expect(requests).toEqual([
      expect.objectContaining({ primaryType: 'Publication', domain: expect.objectContaining({ name: 'Polity content' }), message: expect.objectContaining({ publisher: expect.stringMatching(new RegExp(`^${nina}$`, 'i')) }) }),
    ]);
    await app.check('server-wallet-hint-phone');
  });

  test('without the server lists the app reads the chain, says nothing alarming, and verifies from the chain', async ({ app, page }) => {
    await page.route(serverLists, (route) => route.abort('connectionrefused'));
    await app.open('/rounds');
    await expect(page.locator(`a[href="/rounds/${roundId}"]`)).toHaveText('Benches 2027');
    await expect(page.getByRole('link', { name: 'Green Wesoła 2026' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await app.open(`/rounds/${demo().rounds.finished}/results`);
    await page.getByRole('button', { name: 'Verify this result' }).click();
    await expect(page.getByTestId('verify-outcome')).toHaveAttribute('data-match', 'true');
  });

  test('texts and photos are still there after the server restarts', async ({ app, page }) => {
    test.setTimeout(120_000);
    const restarts = () => readFileSync(logFile, 'utf8').split('the server is back').length - 1;
    const before = restarts();
    process.kill(demo().pid, 'SIGHUP');
    await expect.poll(restarts, { timeout: 60_000 }).toBeGreaterThan(before);
    const ready = async () => {
      try {
        return (await page.request.get(`${demo().serverUrl}/ready`)).status();
      } catch {
        return 0;
      }
    };
    await expect.poll(ready, { timeout: 60_000 }).toBe(200);

    const stored = await page.request.get(`${demo().serverUrl}/content/${photoHash}`);
    expect(stored.status()).toBe(200);
    expect(keccak256(await stored.body())).toBe(photoHash);

    await app.open(`/rounds/${roundId}/projects/0`);
    await page.reload();
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    await expect(page.getByText('in the shade of the willows')).toBeVisible();
    await expectPhotoShown(page.getByRole('img', { name: `${title}, photo 1` }));
    await app.open(`/rounds/${roundId}`);
    await page.getByTestId('project-card-0').scrollIntoViewIfNeeded();
    await expectPhotoShown(page.getByTestId('project-card-0').getByRole('img', { name: title }));
    await app.check('server-after-restart-phone');
  });
});
