import type { Page } from '@playwright/test';
import { App, demo, expect, test } from './fixtures';
import { City, freshCredential, PhoneAuthenticator } from './passkey';

/**
 * A resident with a phone and nothing else: a passkey (Chromium's virtual authenticator stands in for
 * the phone's screen lock), admitted by the identity office from the code on their screen, then
 * delegating and casting a ballot with no wallet, each action one prompt, the city paying. On a phone,
 * in English and Polish. The identity office and the council work in their own browser (demo "Act as").
 */
const phone = { width: 390, height: 844 };
test.use({ viewport: phone });

async function speak(page: Page, locale: 'en' | 'pl'): Promise<void> {
  await new App(page).language(locale);
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

/**
 * The resident's pages at http://localhost:PORT: WebAuthn refuses an IP address as the relying party,
 * so the phone opens the app by name (the office and the council may use the address).
 */
async function openOnPhone(page: Page, path: string): Promise<void> {
  await page.goto(`${demo().url.replace('//127.0.0.1:', '//localhost:')}${path}`);
  await expect(page.locator('main')).not.toContainText('Loading…', { timeout: 30_000 });
}

/** The newest entry of the status panel for `label`, once it says "Done" (a passkey action's last phase). */
async function done(page: Page, label: string | RegExp): Promise<void> {
  const entry = page.getByTestId('transaction').filter({ hasText: label }).first();
  await expect(entry).toHaveAttribute('data-phase', /confirmed|failed/, { timeout: 90_000 });
  if ((await entry.getAttribute('data-phase')) === 'failed') throw new Error(`"${String(label)}" failed: ${await entry.innerText()}`);
  await expect(entry).toContainText('Done');
  // No transaction hash shown to a resident who never needs one.
  await expect(entry).not.toContainText(/0x[0-9a-f]{8}/i);
}

/** Nothing a resident reads on their own pages speaks of wallets, gas or hex addresses. */
async function expectPlainWords(page: Page): Promise<void> {
  for (const region of [page.locator('header'), page.locator('main')]) await expect(region).not.toContainText(/wallet|portfel|gas\b|injected|0x[0-9a-f]{6}/i);
}

test('a resident takes part with a passkey only: admitted from their code, delegates and casts a ballot, one prompt each, the city pays', async ({ app, page, browser }) => {
  test.setTimeout(600_000);
  const config = await (await page.request.get(`${demo().url}/config.json`)).json();
  expect(config.bundlerUrl, 'the demo city offers passkeys (bundlerUrl in config.json)').toEqual(expect.any(String));
  const city = new City(config, demo().rpcUrl);
  const phoneKey = await PhoneAuthenticator.on(page);

  let code = '';
  let account = '' as `0x${string}`;
  await test.step('a visitor takes part: one button, then their code and QR code', async () => {
    await openOnPhone(page, '/');
    await page.getByTestId('take-part-link').click();
    await expect(page.getByRole('heading', { name: 'Take part', level: 1 })).toBeVisible();
    await expectPlainWords(page);
    await app.check('take-part-phone');
    await page.getByRole('button', { name: "Use your phone's fingerprint, face or PIN" }).click();
    await expect(page.getByTestId('resident-code')).toBeVisible();
    code = (await page.getByTestId('resident-code').innerText()).trim().replace(/\s+/g, '-');
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){8}$/);
    await expect(page.getByTestId('take-part-waiting')).toHaveText('Waiting for the identity office…');
    await expect(page.getByTestId('resident-qr').locator('svg')).toBeVisible();
    await expect(page.getByTestId('current-account')).toHaveText('You');
    // The demo bar says who acts when no demo person is picked: the resident, with their passkey.
    await expect(page.getByTestId('act-as').locator('option:checked')).toHaveText('you (signed in with a passkey)');
    expect(await phoneKey.credentialCount()).toBe(1);
    account = await page.evaluate(() => JSON.parse(localStorage.getItem('polity.passkeys') ?? '[]')[0].account);
    await expectPlainWords(page);
    await expectNoSidewaysScroll(page);
    await app.check('take-part-code-phone');
    await speak(page, 'pl');
    await expect(page.getByTestId('take-part-waiting')).toHaveText('Czekamy na biuro ewidencji…');
    await expectPlainWords(page);
    await expectNoSidewaysScroll(page);
    await app.check('take-part-code-phone-polish');
    await speak(page, 'en');
  });

  await test.step('the identity office admits the code; a mistyped code is refused with a clear message', async () => {
    const office = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const officePage = await office.newPage();
    const desk = new App(officePage);
    await desk.open('/council/residents');
    await desk.actAs(city.person('registrar').name);
    const form = officePage.getByTestId('admit-one');
    const mistyped = code.slice(0, 5) + (code[5] === 'A' ? 'B' : 'A') + code.slice(6);
    await form.getByLabel("Resident's code").fill(mistyped);
    await form.getByLabel('Document reference (hashed with the salt above) or credential commitment').fill(freshCredential());
    await form.getByRole('button', { name: 'Admit' }).click();
    await expect(form.getByTestId('admit-one-problem')).toHaveText(
      "This is not a resident's code: a character was misread or mistyped. Check it with the resident, character by character.",
    );
    await form.getByLabel("Resident's code").fill(code.toLowerCase().replace(/-/g, ' '));
    await form.getByRole('button', { name: 'Admit' }).click();
    await desk.confirmed('Admit residents');
    await expect(form.getByTestId('admit-one-done')).toHaveText(`Admitted: ${code}`);
    await desk.check('admit-one-by-code');
    await office.close();
  });

  await test.step("the resident's page turns to admitted by itself", async () => {
    await expect(page.getByTestId('take-part-admitted')).toContainText('You are admitted', { timeout: 30_000 });
    await app.check('take-part-admitted-phone');
  });

  await test.step('the resident delegates with one prompt, no wallet; the chain has it', async () => {
    await openOnPhone(page, '/delegation');
    const general = page.getByTestId('topic-general');
    await general.getByLabel('Choose a delegate').selectOption({ label: 'Zofia' });
    await general.getByRole('button', { name: 'Delegate' }).click();
    await done(page, 'Delegate general');
    await expect(general.getByTestId('my-chain')).toContainText('Zofia');
    const chain = await city.delegationOf(account, 0);
    expect(chain.chain).toContain(city.person('resident', 'Zofia').address);
    await expectPlainWords(page);
    await app.check('passkey-delegation-phone');
  });

  const roundId = await city.openPointsRound('Passkey culture round');
  await test.step('the resident casts a ballot with one prompt; the page and the chain show it', async () => {
    await openOnPhone(page, `/rounds/${roundId}`);
    await page.getByTestId('ballot-points-0').fill('5');
    await page.getByTestId('ballot-points-1').fill('3');
    await page.getByRole('button', { name: 'Cast my ballot' }).click();
    await done(page, 'Cast ballot');
    await expect(page.getByTestId('ballot-cast')).toBeVisible();
    const ballot = await city.ballotOf(roundId, account);
    expect(ballot.cast).toBe(true);
    expect(ballot.projects).toEqual([0, 1]);
    expect(ballot.points).toEqual([5, 3]);
    await app.check('passkey-ballot-phone');
  });

  await test.step('the resident overrides their delegate by voting with a reason, one prompt', async () => {
    const proposalId = await city.openProposal(`Passkey proposal: a bench for the library (${Date.now()})`);
    // Their delegate (Zofia, for the general topic) votes first: the resident's vote takes theirs back.
    await city.voteAs('Zofia', proposalId, 'for');
    await openOnPhone(page, `/proposals/${proposalId}`);
    await page.getByLabel('Against').check();
    await page.getByLabel('Reason (optional)').fill('The library has benches already.');
    await page.getByRole('button', { name: 'Vote myself (override my delegate)' }).click();
    await done(page, 'Vote');
    await expect(page.getByTestId('my-vote')).toContainText('You voted Against');
    const receipt = await city.voteOf(proposalId, account);
    expect(receipt.voted).toBe(true);
    expect(receipt.support).toBe('against');
    await app.check('passkey-vote-phone');
  });

  await test.step('the resident submits a project with a description: the action, then the text published by it', async () => {
    const submissions = await city.openSubmissionRound('Passkey streets round');
    await openOnPhone(page, `/rounds/${submissions}`);
    await page.getByLabel('Title').fill('Benches on Jana Pawła');
    await page.getByLabel('Description').fill('Three benches between the school and the bus stop.');
    await page.getByRole('button', { name: 'Submit project' }).click();
    await done(page, 'Submit project');
    await expect(page.getByText('Your project was submitted.')).toBeVisible();
    const projects = await city.projectsOf(submissions);
    expect(projects.map((project) => project.proposer)).toEqual([account]);
    // The server took the text on the strength of the project's transaction (POST /content/referenced): the page reads it back.
    await openOnPhone(page, `/rounds/${submissions}/projects/0`);
    await expect(page.getByRole('heading', { name: 'Benches on Jana Pawła' })).toBeVisible();
  });

  await test.step('a cancelled prompt: a clear message, nothing lost, and trying again works', async () => {
    await openOnPhone(page, `/rounds/${roundId}`);
    await expect(page.getByTestId('ballot-points-1')).toHaveValue('3');
    await phoneKey.verifies(false);
    await page.getByTestId('ballot-points-1').fill('5');
    await page.getByRole('button', { name: 'Replace my ballot' }).click();
    const failure = page.getByTestId('failure').filter({ hasText: 'You closed the prompt' }).first();
    await expect(failure).toHaveText(/You closed the prompt: nothing happened\. Try again when you are ready\./);
    await expect(page.getByTestId('ballot-points-1')).toHaveValue('5');
    expect((await city.ballotOf(roundId, account)).points).toEqual([5, 3]);
    await app.check('passkey-cancelled-phone');
    await phoneKey.verifies(true);
    await page.getByRole('button', { name: 'Replace my ballot' }).click();
    await done(page, 'Cast ballot');
    await expect.poll(async () => (await city.ballotOf(roundId, account)).points).toEqual([5, 5]);
  });

  await test.step("the city's budget used up: a clear message, nothing sent", async () => {
    await page.route('**/sponsorship/approve', (route) =>
      route.fulfill({ status: 429, json: { error: { code: 'budget_exhausted', message: "this period's budget for residents' actions is used up" } } }),
    );
    await openOnPhone(page, '/delegation');
    const general = page.getByTestId('topic-general');
    await general.getByRole('button', { name: 'Take my vote back' }).click();
    // The delegation card shows no failures of its own: the status panel does.
    const failure = page.getByTestId('transaction').filter({ hasText: 'Revoke general' }).first().getByTestId('failure');
    await expect(failure).toHaveAttribute('data-kind', 'budget-used-up');
    await expect(failure).toContainText("The city's budget for residents' actions is used up for this period: nothing was sent.");
    await expect(general.getByTestId('my-chain')).toContainText('Zofia');
    await expectPlainWords(page);
    await app.check('passkey-budget-used-up-phone');
    // In Polish (the language switch reloads the page, so the action is tried again).
    await speak(page, 'pl');
    await page.getByTestId('topic-general').getByRole('button', { name: 'Odbierz mój głos' }).click();
    const polish = page.getByTestId('transaction').filter({ hasText: 'Odebranie głosu' }).first().getByTestId('failure');
    await expect(polish).toContainText('Budżet miasta na działania mieszkańców w tym okresie się wyczerpał: nic nie zostało wysłane.');
    await app.check('passkey-budget-used-up-phone-polish');
    await speak(page, 'en');
    await page.unroute('**/sponsorship/approve');
  });

  await test.step('the council sees what the city paid for residents this period', async () => {
    const hall = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const council = new App(await hall.newPage());
    await council.open('/council');
    await council.actAs(city.person('council').name);
    const panel = council.page.getByTestId('council-sponsorship');
    // The server counts an action as paid once its indexer has read the operation on the chain.
    await expect
      .poll(
        async () => {
          await council.page.reload();
          await expect(council.page.getByTestId('council-sponsorship-count')).toBeVisible();
          return Number(await council.page.getByTestId('council-sponsorship-count').innerText());
        },
        { timeout: 60_000 },
      )
      .toBeGreaterThanOrEqual(3);
    await expect(panel.getByTestId('council-sponsorship-paid')).not.toHaveText(/^0 /);
    await council.check('council-sponsorship');
    await hall.close();
  });
});

test('signing in again: the passkey kept in this browser, or found from the passkey alone on another one', async ({ app, page }) => {
  const phoneKey = await PhoneAuthenticator.on(page);
  await openOnPhone(page, '/take-part');
  await page.getByRole('button', { name: "Use your phone's fingerprint, face or PIN" }).click();
  const code = (await page.getByTestId('resident-code').innerText()).trim();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByTestId('current-account')).toHaveCount(0);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('button', { name: 'Sign in with your passkey' }).click();
  await expect(page.getByTestId('current-account')).toHaveText('You');
  await openOnPhone(page, '/take-part');
  await expect(page.getByTestId('resident-code')).toHaveText(code);

  // Not admitted yet: told so before any prompt, with what to do.
  await openOnPhone(page, '/delegation');
  const general = page.getByTestId('topic-general');
  await general.getByLabel('Choose a delegate').selectOption({ label: 'Zofia' });
  await general.getByRole('button', { name: 'Delegate' }).click();
  const failure = page.getByTestId('transaction').filter({ hasText: 'Delegate general' }).first().getByTestId('failure');
  await expect(failure).toHaveAttribute('data-kind', 'not-admitted');
  await expect(failure).toContainText('You are not admitted yet: show your code to the identity office');

  // Another browser has the passkey (synced) but not its public key, and the chain knows neither account
  // the prompt's answer allows (not admitted, never acted): one more prompt, explained, tells them apart.
  await page.evaluate(() => localStorage.clear());
  await openOnPhone(page, '/take-part');
  const signIn = page.getByRole('button', { name: 'I made a passkey here before: sign in' });
  await signIn.click();
  await expect(page.getByTestId('take-part-problem')).toContainText('This device has not signed in here before, so your passkey is needed once more');
  await expect(page.getByTestId('current-account')).toHaveCount(0);
  await app.check('take-part-unknown-passkey');
  await signIn.click();
  await expect(page.getByTestId('current-account')).toHaveText('You');
  await openOnPhone(page, '/take-part');
  await expect(page.getByTestId('resident-code')).toHaveText(code);
  expect(await phoneKey.credentialCount()).toBe(1);
});
