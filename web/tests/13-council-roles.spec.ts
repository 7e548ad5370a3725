import type { Page } from '@playwright/test';
import { demo, expect, test } from './fixtures';

/** The notice a page shows before any field when the account acting now lacks the right its actions need. */
const notice = (page: Page) => page.getByTestId('role-notice');

test('the council sees no notice; opening a round and the round page during voting (turnout so far)', async ({ app, page }) => {
  test.setTimeout(120_000);
  await app.open('/council');
  await app.actAs('Council');
  // The identity office's work is its own, not among the council's actions.
  await expect(page.getByRole('navigation', { name: 'Council' }).getByRole('link', { name: 'Admit residents' })).toHaveCount(0);
  await expect(page.getByTestId('identity-office').getByRole('heading', { name: 'Identity office' })).toBeVisible();
  await expect(page.getByTestId('identity-office').getByRole('link', { name: 'Admit residents' })).toHaveAttribute('href', '/council/residents');
  await expect(notice(page)).toHaveCount(0);

  // The council's round page while residents vote: turnout so far, as the results page counts it.
  await app.open(`/council/rounds/${demo().rounds.voting}`);
  await expect(page.getByTestId('current-account')).toContainText('Council');
  const turnout = page.getByTestId('council-turnout');
  await expect(turnout).toContainText(/^\d+ of \d+ eligible residents have cast a ballot so far \(\d+(\.\d)?%\)\.$/);
  const [ballots, eligible] = ((await turnout.innerText()).match(/\d+/g) ?? []).map(Number);
  expect(eligible).toBeGreaterThan(0);
  expect(ballots).toBeLessThanOrEqual(eligible!);
  await expect(notice(page)).toHaveCount(0);
  await app.check('council-round-voting-turnout');

  // A round opened here is the next test's round in its submission phase.
  await app.open('/council/rounds/new');
  await expect(page.getByTestId('current-account')).toContainText('Council');
  await page.getByLabel('Title').fill('Shade sails 2027');
  await page.getByLabel('Description for residents').fill('Shade sails over the playgrounds.');
  await expect(notice(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Open a round' }).click();
  await app.confirmed('Open round');
  await expect(page).toHaveURL(/\/council\/rounds\/\d+$/);
  await expect(page.getByRole('button', { name: 'Start review now' })).toBeEnabled();
  await expect(notice(page)).toHaveCount(0);
});

test('a resident is told on every council page, before any field, that the actions need a right they lack; buttons disabled', async ({ app, page }) => {
  test.setTimeout(120_000);
  await app.open('/council');
  await app.actAs('Zofia');
  await expect(notice(page)).toHaveText(
    "You are signed in as Zofia, who is not on the council: these actions need the council's right. Ask governance to grant it, or sign in as a council member.",
  );
  await app.check('council-home-resident');

  // Opening a round: told before the first field, and the send button is disabled.
  await app.open('/council/rounds/new');
  await expect(notice(page)).toContainText("You are signed in as Zofia, who may not open rounds: opening a round needs the round manager's right.");
  await expect(notice(page)).toBeVisible();
  expect(await notice(page).evaluate((node) => Boolean(node.compareDocumentPosition(document.getElementById('round-title')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
  await expect(page.getByRole('button', { name: 'Open a round' })).toBeDisabled();
  await app.check('council-new-round-resident');

  // A round in its submission phase (opened by the council in the test before): phases and review.
  await app.open('/council');
  const newest = page.getByRole('link', { name: 'Shade sails 2027' });
  const href = (await newest.getAttribute('href')) ?? '';
  await app.open(href);
  await expect(notice(page)).toContainText('You are signed in as Zofia, who is not on the council');
  await expect(page.getByRole('button', { name: 'Start review now' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Save the review' })).toBeDisabled();
  await app.check('council-round-resident');

  // During voting the round page says so too (no phase button there: voting cannot be closed early).
  await app.open(`/council/rounds/${demo().rounds.voting}`);
  await expect(notice(page)).toContainText('You are signed in as Zofia, who is not on the council');

  // Admitting residents is the identity office's right.
  await app.open('/council/residents');
  await expect(notice(page)).toHaveText(
    "You are signed in as Zofia, who is not the identity office: admitting residents needs the identity office's right. Ask governance to grant it, or sign in as the identity office.",
  );
  await expect(page.getByTestId('admit-one').getByRole('button', { name: 'Admit', exact: true })).toBeDisabled();
  await app.check('council-residents-resident');

  // The same in Polish.
  await app.language('pl');
  await expect(notice(page)).toContainText('Działasz jako Zofia, a ta osoba nie jest biurem ewidencji');
  await expect(page.getByTestId('admit-one').getByRole('button', { name: 'Przyjmij', exact: true })).toBeDisabled();
  await app.open(href);
  await expect(notice(page)).toContainText('Działasz jako Zofia, a ta osoba nie zasiada w radzie: te działania wymagają uprawnienia rady.');
  await expect(page.getByRole('button', { name: 'Rozpocznij weryfikację teraz' })).toBeDisabled();
  await app.open('/council/rounds/new');
  await expect(notice(page)).toContainText('Działasz jako Zofia, a ta osoba nie może otwierać edycji');
  await expect(page.getByRole('button', { name: 'Otwórz edycję' })).toBeDisabled();
  await app.check('council-new-round-resident-pl');
  await app.open('/council');
  await expect(page.getByTestId('identity-office').getByRole('heading', { name: 'Biuro ewidencji' })).toBeVisible();
  await app.check('council-home-resident-pl');
});

test('a change of account is followed at once: the council after a resident sees no notice, the resident after the council does', async ({ app, page }) => {
  await app.open('/council/rounds/new');
  await app.actAs('Zofia');
  await expect(notice(page)).toBeVisible();
  await page.getByLabel('Title').fill('Typed before switching');
  await app.actAs('Council');
  await expect(notice(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Open a round' })).toBeEnabled();
  // What was typed stays.
  await expect(page.getByLabel('Title')).toHaveValue('Typed before switching');
  await app.actAs('Zofia');
  await expect(notice(page)).toContainText('You are signed in as Zofia');
  await expect(page.getByRole('button', { name: 'Open a round' })).toBeDisabled();

  // The identity office may admit, and is not told otherwise.
  await app.open('/council/residents');
  await app.actAs('Identity office');
  await expect(notice(page)).toHaveCount(0);
  await expect(page.getByTestId('admit-one').getByRole('button', { name: 'Admit', exact: true })).toBeEnabled();
});
