import type { Page } from '@playwright/test';
import { createPublicClient, http, keccak256, toHex, type Address } from 'viem';
import { getResident, getTopics, residentRegistryAbi } from '@polity/sdk';
import { residentCode, shortResidentCode } from '../src/lib/passkey/resident-code';
import { App, demo, expect, test } from './fixtures';
import { admitByCode, City, desk, PhoneAuthenticator } from './passkey';
import { pngPhoto } from './photo';

/**
 * Every resident action through the passkey, each with exactly one prompt (the authenticator's
 * signature counter says how many): delegating one topic (to someone typed by their code), all topics,
 * taking the vote back on one and on all, casting and changing a ballot, voting with a reason over a
 * delegate, submitting a project with a description and a photo. Then what the resident and the city
 * read: no hex anywhere, a cancelled prompt said once, the demo bar whole on a phone, and the identity
 * office closing the account after a lost phone. On a phone, in English and Polish where the UI is new.
 */
const phone = { width: 390, height: 844 };
test.use({ viewport: phone });

async function speak(page: Page, locale: 'en' | 'pl'): Promise<void> {
  await new App(page).language(locale);
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

/** Nothing a resident reads speaks of wallets, gas or hex. */
async function expectPlainWords(page: Page): Promise<void> {
  for (const region of [page.locator('header'), page.locator('main')]) await expect(region).not.toContainText(/wallet|portfel|gas\b|injected|0x[0-9a-f]{6}/i);
}

async function openOnPhone(page: Page, path: string): Promise<void> {
  await page.goto(`${demo().url.replace('//127.0.0.1:', '//localhost:')}${path}`);
  await expect(page.locator('main')).not.toContainText('Loading…', { timeout: 30_000 });
}

/** The newest status entry for `label`, once it says "Done". */
async function done(page: Page, label: string | RegExp): Promise<void> {
  const entry = page.getByTestId('transaction').filter({ hasText: label }).first();
  await expect(entry).toHaveAttribute('data-phase', /confirmed|failed/, { timeout: 90_000 });
  if ((await entry.getAttribute('data-phase')) === 'failed') throw new Error(`"${String(label)}" failed: ${await entry.innerText()}`);
  await expect(entry).toContainText('Done');
}

/** Runs `act` and checks the resident confirmed exactly once with the passkey. */
async function withOnePrompt(phoneKey: PhoneAuthenticator, act: () => Promise<void>): Promise<void> {
  const before = await phoneKey.confirmations();
  await act();
  expect(await phoneKey.confirmations(), 'passkey prompts for this action').toBe(before + 1);
}


test('every resident action is one passkey prompt; no hex on their pages; the identity office closes a lost phone', async ({ app, page, browser }) => {
  test.setTimeout(900_000);
  const config = await (await page.request.get(`${demo().url}/config.json`)).json();
  const city = new City(config, demo().rpcUrl);
  const reader = createPublicClient({ transport: http(demo().rpcUrl) });
  const topics = (await getTopics(reader, { polity: city.polity })).topics.map((topic) => topic.topic);
  const zofia = city.person('resident', 'Zofia');
  const phoneKey = await PhoneAuthenticator.on(page);

  let code = '';
  let account = '' as Address;
  await test.step('a new resident makes a passkey; the demo bar names them whole on a phone; the office admits them', async () => {
    await openOnPhone(page, '/take-part');
    await page.getByRole('button', { name: "Use your phone's fingerprint, face or PIN" }).click();
    await expect(page.getByTestId('resident-code')).toBeVisible();
    code = (await page.getByTestId('resident-code').innerText()).trim().replace(/\s+/g, '-');
    account = await page.evaluate(() => JSON.parse(localStorage.getItem('polity.passkeys') ?? '[]')[0].account);
    expect(residentCode(account)).toBe(code);
    // "you (signed in with a passkey)" fits its select at 390 px (the text measured in the select's own font).
    const actAs = page.getByTestId('act-as');
    await expect(actAs.locator('option:checked')).toHaveText('you (signed in with a passkey)');
    const room = await actAs.evaluate((select: HTMLSelectElement) => {
      const style = getComputedStyle(select);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = context.measureText(select.selectedOptions[0]!.text).width;
      // The select's arrow takes about 1.25 rem on the right.
      return select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20 - text;
    });
    expect(room, 'room left beside "you (signed in with a passkey)" in the demo bar').toBeGreaterThan(0);
    await expectNoSidewaysScroll(page);
    await app.check('passkey-actions-demo-bar-phone');

    await admitByCode(browser, city, code);
    await expect(page.getByTestId('take-part-admitted')).toContainText('You are admitted', { timeout: 30_000 });
  });

  await test.step('delegating one topic to someone typed by their code, then all topics, then taking back all: one prompt each, read from the chain', async () => {
    await openOnPhone(page, '/delegation');
    const all = page.getByTestId('topic-all');
    await expect(all.getByRole('heading', { name: 'All topics at once' })).toBeVisible();
    await expectPlainWords(page);
    await expectNoSidewaysScroll(page);
    await app.check('passkey-actions-delegation-phone');

    // One topic, to a resident typed by their code (lower case, spaces: read forgivingly); a mistyped one is refused.
    const general = page.getByTestId('topic-general');
    await general.getByLabel('Choose a delegate').selectOption({ label: 'Another resident (their code)…' });
    const zofiaCode = residentCode(zofia.address);
    const mistyped = zofiaCode.slice(0, 5) + (zofiaCode[5] === 'A' ? 'B' : 'A') + zofiaCode.slice(6);
    await general.getByLabel("Their resident's code (or address)").fill(mistyped);
    await expect(general.getByRole('alert')).toHaveText("This is not a resident's code: a character was misread or mistyped. Check it with them, character by character.");
    await expect(general.getByRole('button', { name: 'Delegate', exact: true })).toBeDisabled();
    await general.getByLabel("Their resident's code (or address)").fill(zofiaCode.toLowerCase().replace(/-/g, ' '));
    await withOnePrompt(phoneKey, async () => {
      await general.getByRole('button', { name: 'Delegate', exact: true }).click();
      await done(page, 'Delegate general');
    });
    expect((await city.delegationOf(account, 0)).chain[0]).toBe(zofia.address);
    await expect(general.getByTestId('my-chain')).toContainText('Zofia');

    await all.getByLabel('Delegate for every topic').selectOption({ label: 'Hubert' });
    await withOnePrompt(phoneKey, async () => {
      await all.getByRole('button', { name: 'Delegate all topics' }).click();
      await done(page, 'Delegate all topics');
    });
    const hubert = city.person('resident', 'Hubert').address;
    for (const topic of topics) expect((await city.delegationOf(account, topic)).chain[0], `topic ${topic}`).toBe(hubert);
    await expect(all.getByTestId('delegated-topics')).toHaveText(`Your vote is handed on in ${topics.length} of ${topics.length} topics.`);
    await expect(general.getByTestId('my-chain')).toContainText('Hubert');
    await expectPlainWords(page);
    await app.check('passkey-actions-delegated-all-phone');

    await speak(page, 'pl');
    const wszystkie = page.getByTestId('topic-all');
    await expect(wszystkie.getByRole('heading', { name: 'Wszystkie tematy naraz' })).toBeVisible();
    await expect(wszystkie.getByTestId('delegated-topics')).toHaveText(`Twój głos jest powierzony w ${topics.length} z ${topics.length} tematów.`);
    await expectPlainWords(page);
    await expectNoSidewaysScroll(page);
    await app.check('passkey-actions-delegated-all-phone-polish');
    await withOnePrompt(phoneKey, async () => {
      await wszystkie.getByRole('button', { name: 'Odbierz mój głos we wszystkich tematach' }).click();
      await expect(page.getByTestId('transaction').filter({ hasText: 'Odebranie głosu: wszystkie tematy' }).first()).toHaveAttribute('data-phase', 'confirmed', { timeout: 90_000 });
    });
    for (const topic of topics) expect((await city.delegationOf(account, topic)).chain, `topic ${topic}`).toEqual([]);
    await expect(wszystkie.getByTestId('delegated-topics')).toHaveCount(0);
    await speak(page, 'en');
  });

  await test.step('voting with a reason over a delegate, then taking the vote back on that topic: one prompt each', async () => {
    await openOnPhone(page, '/delegation');
    const general = page.getByTestId('topic-general');
    await general.getByLabel('Choose a delegate').selectOption({ label: 'Zofia' });
    await withOnePrompt(phoneKey, async () => {
      await general.getByRole('button', { name: 'Delegate', exact: true }).click();
      await done(page, 'Delegate general');
    });
    const proposalId = await city.openProposal(`A fountain for the square (${Date.now()})`);
    await city.voteAs('Zofia', proposalId, 'for');
    await openOnPhone(page, `/proposals/${proposalId}`);
    await page.getByLabel('Against').check();
    await page.getByLabel('Reason (optional)').fill('The square floods already.');
    await withOnePrompt(phoneKey, async () => {
      await page.getByRole('button', { name: 'Vote myself (override my delegate)' }).click();
      await done(page, 'Vote');
    });
    const receipt = await city.voteOf(proposalId, account);
    expect(receipt).toMatchObject({ voted: true, support: 'against' });
    await openOnPhone(page, '/delegation');
    await withOnePrompt(phoneKey, async () => {
      await page.getByTestId('topic-general').getByRole('button', { name: 'Take my vote back' }).click();
      await done(page, 'Revoke general');
    });
    expect((await city.delegationOf(account, 0)).chain).toEqual([]);
  });

  await test.step('a project with a description and a photo: one prompt; the server publishes both by the transaction', async () => {
    const roundId = await city.openSubmissionRound('Passkey squares round');
    await openOnPhone(page, `/rounds/${roundId}`);
    const title = 'Shade sails on the square';
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Description').fill('Four sails over the benches, taken down in winter.');
    const photo = pngPhoto(120, 90, 7);
    await page.getByLabel('Photos (optional)').setInputFiles({ name: 'square.png', mimeType: 'image/png', buffer: photo });
    await expect(page.getByRole('img', { name: 'Attached photo 1: square.png' })).toBeVisible();
    const posted: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname.startsWith('/content')) posted.push(new URL(request.url()).pathname);
    });
    await withOnePrompt(phoneKey, async () => {
      await page.getByRole('button', { name: 'Submit project' }).press('Enter');
      await done(page, 'Submit project');
      await expect(page.getByTestId('project-sent')).toHaveText('Your project was submitted.');
    });
    // Nothing signed for the server: the text by its transaction, then the photo by the text.
    expect(posted).toEqual(['/content/referenced', '/content/referenced']);
    const [project] = await city.projectsOf(roundId);
    expect(project?.proposer).toBe(account);
    const meta = await (await page.request.get(`${demo().serverUrl}/content/${project!.descriptionHash}/meta`)).json();
    expect(meta.publisher).toBe(account);
    expect((await (await page.request.get(`${demo().serverUrl}/content/${keccak256(photo)}/meta`)).json()).publisher).toBe(account);
    await openOnPhone(page, `/rounds/${roundId}/projects/0`);
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    await expect(page.getByRole('img', { name: `${title}, photo 1` })).toHaveAttribute('data-content-hash', keccak256(photo));
    // The proposer is the resident themselves: "You", not an address.
    await expect(page.locator('main')).toContainText('You');
    await expectPlainWords(page);
  });

  const pointsRound = await city.openPointsRound('Passkey actions culture round');
  await test.step('casting and changing a ballot: one prompt each; a cancelled prompt said once, nothing lost', async () => {
    await openOnPhone(page, `/rounds/${pointsRound}`);
    await page.getByTestId('ballot-points-0').fill('4');
    await withOnePrompt(phoneKey, async () => {
      await page.getByRole('button', { name: 'Cast my ballot' }).click();
      await done(page, 'Cast ballot');
    });
    expect((await city.ballotOf(pointsRound, account)).points).toEqual([4]);
    await page.getByTestId('ballot-points-1').fill('2');
    await withOnePrompt(phoneKey, async () => {
      await page.getByRole('button', { name: 'Replace my ballot' }).click();
      await done(page, 'Cast ballot');
    });
    expect((await city.ballotOf(pointsRound, account)).points).toEqual([4, 2]);

    await phoneKey.verifies(false);
    await page.getByTestId('ballot-points-1').fill('5');
    await page.getByRole('button', { name: 'Replace my ballot' }).click();
    const cancelled = page.getByTestId('failure').filter({ hasText: 'You closed the prompt' });
    await expect(cancelled.first()).toBeVisible();
    await expect(page.getByTestId('transaction').first()).toHaveAttribute('data-phase', 'failed');
    // Said once: beside the ballot's button, and not again in the status panel (which still says it failed).
    await expect(cancelled).toHaveCount(1);
    await expect(page.locator('form').getByTestId('failure')).toHaveCount(1);
    await expect(page.getByTestId('ballot-points-1')).toHaveValue('5');
    expect((await city.ballotOf(pointsRound, account)).points).toEqual([4, 2]);
    await app.check('passkey-actions-cancelled-once-phone');
    await phoneKey.verifies(true);
  });

  await test.step('the audit page names the resident "You" for themselves and by the start of their code for the city: never hex', async () => {
    await openOnPhone(page, '/audit');
    const list = page.getByTestId('sponsored-list');
    await expect(list).toContainText('You');
    await expect(list).not.toContainText(/0x[0-9a-f]{4}/i);
    const office = await desk(browser, city.person('council').name);
    await office.app.open('/audit');
    const seen = office.app.page.getByTestId('sponsored-list');
    await expect(seen).toContainText(shortResidentCode(account));
    await expect(seen).not.toContainText(/0x[0-9a-f]{4}/i);
    await office.close();
  });

  await test.step('a lost phone: the identity office closes the account after a role check and a confirmation, on a phone, in both languages', async () => {
    // Not the office: told so before anything can be filled in.
    const council = await desk(browser, city.person('council').name, { viewport: phone });
    const notOffice = council.app.page.getByTestId('revoke-resident');
    await expect(notOffice.getByTestId('revoke-resident-not-office')).toHaveText("Only the identity office can close residents' accounts: sign in with the office's account to do it.");
    await expect(notOffice.getByRole('textbox')).toHaveCount(0);
    await council.close();

    const office = await desk(browser, city.person('registrar').name, { viewport: phone });
    const officePage = office.app.page;
    const revoke = officePage.getByTestId('revoke-resident');
    await revoke.scrollIntoViewIfNeeded();
    await expect(revoke.getByRole('heading', { name: "Close a resident's account" })).toBeVisible();
    await expectNoSidewaysScroll(officePage);
    await office.app.check('revoke-resident-phone');
    // A code nobody was admitted with: nothing to close.
    await revoke.getByLabel("Resident's code (or address)").fill(residentCode('0x00000000000000000000000000000000000000aB'));
    await revoke.getByRole('button', { name: 'Close this account…' }).click();
    await expect(revoke.getByTestId('revoke-resident-problem')).toHaveText('This account is not a resident now: there is nothing to close.');
    // The resident's code: a confirmation first; "No" leaves the account as it was.
    await revoke.getByLabel("Resident's code (or address)").fill(code);
    await revoke.getByLabel('Reason').selectOption({ label: 'Lost or reset phone' });
    await revoke.getByRole('button', { name: 'Close this account…' }).click();
    const confirmation = revoke.getByTestId('revoke-resident-confirm');
    await expect(confirmation).toContainText(`Close the account ${code}? Reason: Lost or reset phone.`);
    await expectNoSidewaysScroll(officePage);
    await office.app.check('revoke-resident-confirm-phone');
    await confirmation.getByRole('button', { name: 'No, keep it' }).click();
    await expect(confirmation).toHaveCount(0);
    expect((await getResident(reader, { polity: city.polity, account })).isResident).toBe(true);

    await speak(officePage, 'pl');
    const zamknij = officePage.getByTestId('revoke-resident');
    await expect(zamknij.getByRole('heading', { name: 'Zamknij konto mieszkańca' })).toBeVisible();
    await zamknij.getByLabel('Kod mieszkańca (lub adres)').fill(code.toLowerCase());
    await zamknij.getByLabel('Powód').selectOption({ label: 'Zgubiony lub wyczyszczony telefon' });
    await zamknij.getByRole('button', { name: 'Zamknij to konto…' }).click();
    await expect(zamknij.getByTestId('revoke-resident-confirm')).toContainText(`Zamknąć konto ${code}? Powód: Zgubiony lub wyczyszczony telefon.`);
    await expectNoSidewaysScroll(officePage);
    await office.app.check('revoke-resident-confirm-phone-polish');
    await zamknij.getByRole('button', { name: 'Tak, zamknij' }).click();
    await expect(zamknij.getByTestId('revoke-resident-done')).toHaveText(`Zamknięto: ${code}`, { timeout: 90_000 });
    await office.close();
    expect((await getResident(reader, { polity: city.polity, account })).isResident).toBe(false);
    const revoked = await reader.getContractEvents({ address: city.polity.registry, abi: residentRegistryAbi, eventName: 'ResidentRevoked', args: { account }, fromBlock: 0n });
    expect(revoked.map((event) => event.args.reason)).toEqual([toHex('lost-device', { size: 32 })]);

    // The old phone can do nothing more: told so before any prompt.
    await openOnPhone(page, '/delegation');
    await page.getByTestId('topic-general').getByLabel('Choose a delegate').selectOption({ label: 'Zofia' });
    const before = await phoneKey.confirmations();
    await page.getByTestId('topic-general').getByRole('button', { name: 'Delegate', exact: true }).click();
    await expect(page.getByTestId('transaction').filter({ hasText: 'Delegate general' }).first().getByTestId('failure')).toHaveAttribute('data-kind', 'not-admitted');
    expect(await phoneKey.confirmations()).toBe(before);
  });
});
