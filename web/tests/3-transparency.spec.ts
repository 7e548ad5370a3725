import { demo, expect, test } from './fixtures';

test('"verify this result" recounts the finished round in the browser and shows a match', async ({ app, page }) => {
  await app.open(`/rounds/${demo().rounds.finished}/results`);
  await page.getByRole('button', { name: 'Verify this result' }).click();
  await expect(page.getByTestId('verify-outcome')).toHaveAttribute('data-match', 'true');
  await expect(page.getByRole('heading', { name: 'How the money was split' })).toBeVisible();
  await app.check('results');
});

test('"verify this result" also recounts the greedy round the council ran', async ({ app, page }) => {
  await app.open('/rounds');
  await page.getByRole('link', { name: 'Playgrounds 2027' }).click();
  await page.getByRole('link', { name: 'See the results and check them' }).click();
  await expect(page.getByTestId('result-status')).toHaveText('Final');
  await page.getByRole('button', { name: 'Verify this result' }).click();
  await expect(page.getByTestId('verify-outcome')).toHaveAttribute('data-match', 'true');
  await app.check('results-greedy');
});

test('the audit log shows every step the other tests took', async ({ app, page }) => {
  await app.open('/audit');
  const log = page.getByTestId('audit-log');
  for (const event of ['TopicDelegateChanged', 'VoteCast', 'VoteReduced', 'BallotCast', 'RoundOpened', 'ProjectSubmitted', 'ProjectAccepted', 'ResultFinalised', 'ProposalExecuted', 'ProjectFunded', 'MilestoneReleased', 'ResidentAdmitted']) {
    await page.getByTestId('audit-search').fill(event);
    await expect(log).toContainText(event);
  }
  await page.getByTestId('audit-search').fill('Playgrounds');
  await page.getByTestId('audit-search').fill('');
  await app.check('audit');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as CSV' }).click();
  expect((await download).suggestedFilename()).toBe('polity-audit-log.csv');
});

test('the other pages pass their checks', async ({ app, page }) => {
  for (const [path, name] of [['/rounds', 'rounds'], ['/proposals', 'proposals'], ['/council', 'council'], [`/rounds/${demo().rounds.finished}`, 'round-finished'], ['/council/proposals/new', 'council-proposal'], ['/council/rounds/new', 'council-open-round'], [`/rounds/${demo().rounds.points}`, 'round-points-page']] as const) {
    await app.open(path);
    await expect(page.locator('h1')).toBeVisible();
    await app.check(name);
  }
});

test('works on a phone-sized screen', async ({ app, page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await app.open(`/rounds/${demo().rounds.voting}`);
  await expect(page.getByRole('heading', { name: 'Stara Miłosna 2017 (replayed)' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await app.check('phone-round');
});

test('an RPC that is down gets a clear message', async ({ app, page }) => {
  await page.route('**/config.json', async (route) => {
    const response = await route.fetch();
    const config = (await response.json()) as Record<string, unknown>;
    await route.fulfill({ response, json: { ...config, rpcUrl: 'http://127.0.0.1:9' } });
  });
  await page.goto(`${demo().url}/`);
  await expect(page.getByRole('alert')).toContainText("The polity's node does not answer");
  await app.check('rpc-down');
});

test('speaks Polish', async ({ app, page }) => {
  await app.open('/');
  await app.language('pl');
  await expect(page.getByRole('navigation', { name: 'Główna' })).toContainText('Budżet obywatelski');
  await expect(page.getByRole('heading', { name: 'Trwające edycje budżetu' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await app.check('home-polish');
  await app.language('en');
});
