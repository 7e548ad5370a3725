import type { Browser, Page } from '@playwright/test';
import { createPublicClient, createTestClient, createWalletClient, http, keccak256, toHex, type Address } from 'viem';
import {
  advanceRoundPhase,
  getProjects,
  getRound,
  openRound,
  randomIdentitySeed,
  readRoundSecrecy,
  readSecretIdentity,
  recoveryPhraseFromSeed,
  reviewProjects,
  secretIdentityFromSeed,
  seedFromRecoveryPhrase,
  submitProject,
} from '@polity/sdk';
import { residentCode } from '../src/lib/passkey/resident-code';
import { App, demo, expect, test } from './fixtures';
import { admitByCode, City, desk, PhoneAuthenticator } from './passkey';

/**
 * Secret ballots for a resident with only a passkey (a phone whose authenticator supports the PRF
 * extension): setting up secret voting once (one prompt to make the voting identity, one to register
 * it, read back from the chain), being told before any ballot that a round whose voting began earlier
 * is closed to them, then casting and changing a secret ballot in a secret round opened after the
 * registration (the group is fixed when voting opens): the tallies follow the change, and the audit
 * log shows both ballots' contents and no account. On a phone, in English and Polish.
 */
const phone = { width: 390, height: 844 };
test.use({ viewport: phone });

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

/**
 * No crypto words on a resident's page. The 24 recovery words are left out: BIP-39's list holds
 * "wallet", "gas" and "proof", which a random phrase may show.
 */
async function expectPlainWords(page: Page): Promise<void> {
  const text = await page.locator('main').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[data-testid="secret-voting-words"]').forEach((list) => list.remove());
    return copy.textContent ?? '';
  });
  expect(text).not.toMatch(/wallet|portfel|gas\b|0x[0-9a-f]{6}|nullifier|commitment|semaphore|zero.knowledge|proof\b|dowód|hash/i);
}

async function openOnPhone(page: Page, path: string): Promise<void> {
  await page.goto(`${demo().url.replace('//127.0.0.1:', '//localhost:')}${path}`);
  await expect(page.locator('main')).not.toContainText('Loading…', { timeout: 30_000 });
}

/** Runs `act` and checks the resident confirmed exactly once with the passkey. */
async function withOnePrompt(phoneKey: PhoneAuthenticator, act: () => Promise<void>): Promise<void> {
  const before = await phoneKey.confirmations();
  await act();
  expect(await phoneKey.confirmations(), 'passkey prompts for this action').toBe(before + 1);
}


/**
 * A city-wide secret round opened now by the council through its form, as council staff would (after
 * the resident registered), with three accepted projects, in voting: its group, fixed as voting opens,
 * holds the resident's identity.
 */
async function openSecretRound(browser: Browser, city: City, rpcUrl: string, title: string): Promise<bigint> {
  const reader = createPublicClient({ transport: http(rpcUrl), pollingInterval: 100 });
  const test = createTestClient({ mode: 'anvil', transport: http(rpcUrl) });
  // The snapshot is the second before voting opens: the registration must lie in an earlier one.
  await test.increaseTime({ seconds: 5 });
  await test.mine({ blocks: 1 });
  const council = createWalletClient({ account: city.person('council').address, transport: http(rpcUrl), pollingInterval: 100 });
  const proposer = createWalletClient({ account: city.person('resident', 'Ana').address, transport: http(rpcUrl), pollingInterval: 100 });

  const office = await desk(browser, city.person('council').name, { path: '/council/rounds/new' });
  const { app, app: { page } } = office;
  const ballots = page.getByTestId('round-ballots');
  // In Polish first: the choice and why a secret round takes no delegation.
  await app.language('pl');
  await expect(ballots).toContainText('Głosowanie: jawne czy tajne');
  await ballots.getByRole('radio', { name: 'Tajne' }).check();
  await expect(page.getByTestId('round-secret-no-delegation')).toContainText('W tajnej edycji nie ma powierzania głosów');
  await app.language('en');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Description for residents').fill('A park by the pond, chosen in secret.');
  await page.getByLabel(/^Budget/).fill('60000');
  await page.getByLabel('Project categories').fill('Parks');
  await page.getByLabel('Ballot design').selectOption('approval');
  await page.getByLabel('At most (projects)').fill('2');
  await page.getByLabel('Review starts in (days)').fill('1');
  await page.getByLabel('Voting starts in (days)').fill('2');
  await page.getByLabel('Voting lasts (days)').fill('21');
  await expect(ballots.getByRole('radio', { name: 'Public' })).toBeChecked();
  await expect(page.getByLabel('Ballots carry delegated votes (city-wide rounds)')).toBeVisible();
  await ballots.getByRole('radio', { name: 'Secret' }).check();
  await expect(ballots).toContainText('No one, not even the council, can tell who voted for what');
  await expect(ballots).toContainText('set up secret voting');
  await expect(ballots).toContainText('vote on paper at a polling station');
  // Choosing secret takes the delegation choice away, and says why.
  await expect(page.getByLabel('Ballots carry delegated votes (city-wide rounds)')).toHaveCount(0);
  await expect(page.getByTestId('round-secret-no-delegation')).toContainText('No delegation in a secret round');
  await app.check('council-new-secret-round');
  await page.getByRole('button', { name: 'Open a round' }).click();
  await app.confirmed('Open round');
  await expect(page).toHaveURL(/\/council\/rounds\/\d+$/);
  const roundId = BigInt(/\/council\/rounds\/(\d+)$/.exec(page.url())![1]!);
  // The council's own page of the round says that its ballots are secret.
  await expect(page.getByTestId('council-round-secrecy')).toHaveText('Secret ballots: no one, not even the council, can see who voted for what.');
  await office.close();
  // The chain holds it as a secret round.
  expect((await readRoundSecrecy(reader, { rounds: city.polity.rounds, roundId })).secret).toBe(true);

  for (const [index, name] of ['Benches by the pond', 'A bigger sandpit', 'Lights on the path'].entries()) {
    await submitProject(proposer, { polity: city.polity, roundId, cost: 15_000n + BigInt(index), category: 0, descriptionHash: keccak256(toHex(`${title}: ${name}`)) });
  }
  await advanceRoundPhase(council, { polity: city.polity, roundId, to: 'review' });
  await reviewProjects(council, { polity: city.polity, roundId, decisions: [0, 1, 2].map((projectId) => ({ projectId, decision: 'accept' as const })) });
  await advanceRoundPhase(council, { polity: city.polity, roundId, to: 'voting' });
  return roundId;
}

test('a resident with only a passkey sets up secret voting, casts and changes a secret ballot; the audit log shows both ballots and no account', async ({ app, page, browser }) => {
  test.setTimeout(900_000);
  const config = await (await page.request.get(`${demo().url}/config.json`)).json();
  const city = new City(config, demo().rpcUrl);
  const secretBallots = city.polity.secretBallots;
  expect(secretBallots, 'the demo polity has secret ballots').toBeDefined();
  const reader = createPublicClient({ transport: http(demo().rpcUrl) });
  const phoneKey = await PhoneAuthenticator.on(page, { prf: true });
  const demoSecretRound = (demo().rounds as { secret?: string }).secret;

  let account = '' as Address;
  await test.step('a new resident makes a passkey and the identity office admits them', async () => {
    await openOnPhone(page, '/take-part');
    await page.getByRole('button', { name: "Use your phone's fingerprint, face or PIN" }).click();
    await expect(page.getByTestId('resident-code')).toBeVisible();
    const code = (await page.getByTestId('resident-code').innerText()).trim().replace(/\s+/g, '-');
    account = await page.evaluate(() => JSON.parse(localStorage.getItem('polity.passkeys') ?? '[]')[0].account);
    // The virtual authenticator supports PRF, and the app asked for it when making the passkey.
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('polity.passkeys') ?? '[]')[0].prf)).toBe(true);
    await admitByCode(browser, city, code);
    await expect(page.getByTestId('take-part-admitted')).toContainText('You are admitted', { timeout: 30_000 });
  });

  if (demoSecretRound) {
    await test.step("the demo's secret round, whose voting began before: the resident is told they have not set up secret voting, before any ballot", async () => {
      await openOnPhone(page, `/rounds/${demoSecretRound}`);
      await expect(page.getByTestId('secret-standing')).toContainText('set up secret voting first');
      await expect(page.getByTestId('secret-no-delegation')).toContainText('No one can vote for you in this round');
      await expect(page.locator('[data-testid^="ballot-project-"]')).toHaveCount(0);
    });
  }

  await test.step('setting up secret voting: one prompt makes the identity, 24 words to keep, one prompt registers it; "set up" read from the chain', async () => {
    await openOnPhone(page, '/take-part');
    const card = page.getByTestId('secret-voting');
    await withOnePrompt(phoneKey, () => card.getByRole('button', { name: 'Set up secret voting' }).click().then(() => expect(card.getByTestId('secret-voting-words')).toBeVisible()));
    await expect(card.getByTestId('secret-voting-words').locator('li')).toHaveCount(24);
    await expect(card).toContainText('Write these words down as well');
    await expect(card.getByRole('link', { name: 'Download a backup file' })).toBeVisible();
    await expectPlainWords(page);
    await expectNoSidewaysScroll(page);
    await app.check('secret-voting-words-phone');
    await expect(card.getByRole('button', { name: 'Register my voting identity' })).toBeDisabled();
    await card.getByLabel('I have written the words down').check();
    await withOnePrompt(phoneKey, async () => {
      await card.getByRole('button', { name: 'Register my voting identity' }).click();
      await expect(card.getByTestId('secret-voting-registered')).toBeVisible({ timeout: 90_000 });
    });
    const registered = await readSecretIdentity(reader, { secretBallots: secretBallots!, account });
    expect(registered.registered).toBe(true);
    // Read from the chain, not from this browser: a reload still says so.
    await openOnPhone(page, '/take-part');
    await expect(page.getByTestId('secret-voting-registered')).toHaveText('Secret voting is set up for your account.');
    await app.check('secret-voting-registered-phone');
    await new App(page).language('pl');
    await expect(page.getByTestId('secret-voting-registered')).toHaveText('Tajne głosowanie jest włączone dla Twojego konta.');
    await expectNoSidewaysScroll(page);
    await app.check('secret-voting-registered-phone-polish');
    await new App(page).language('en');
  });

  if (demoSecretRound) {
    await test.step("the demo's secret round: registered after its voting began, the resident is told they cannot vote in it online", async () => {
      await openOnPhone(page, `/rounds/${demoSecretRound}`);
      await expect(page.getByTestId('secret-standing')).toContainText('after voting in this round began');
      await expect(page.locator('[data-testid^="ballot-project-"]')).toHaveCount(0);
      await expectPlainWords(page);
      await app.check('secret-round-not-in-group-phone');
    });
  }

  let roundId = 0n;
  await test.step('the council opens a secret round through its form: the choice explained, no delegation, in English and Polish', async () => {
    roundId = await openSecretRound(browser, city, demo().rpcUrl, `Pond park (secret) ${Date.now()}`);
  });
  const support = async () => (await getProjects(reader, { polity: city.polity, roundId })).map((project) => project.support);

  await test.step('casting a secret ballot: the ballot builder, one prompt, the sealing shown as it goes, sent by the city; the tally counts it', async () => {
    await openOnPhone(page, `/rounds/${roundId}`);
    await expect(page.getByTestId('secret-ballot')).toContainText('nobody, not even the city, can see which ballot is yours');
    await expect(page.getByTestId('secret-no-delegation')).toBeVisible();
    await expectPlainWords(page);
    await expectNoSidewaysScroll(page);
    await app.check('secret-ballot-phone');
    await page.getByTestId('ballot-project-0').check();
    await page.getByTestId('ballot-project-2').check();
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/relay/secret-ballot') sent.push(request.postData() ?? '');
    });
    await withOnePrompt(phoneKey, async () => {
      await page.getByRole('button', { name: 'Send my secret ballot' }).click();
      await expect(page.getByTestId('secret-progress')).toBeVisible();
      await expect(page.getByTestId('secret-cast-done')).toContainText('Your secret ballot was counted.', { timeout: 120_000 });
    });
    await expect(page.getByTestId('secret-cast-done')).toContainText('Public: the projects you chose');
    await expect(page.getByTestId('secret-cast-done')).toContainText("Secret: that this ballot is yours. The city's server sent it, not your account.");
    // The relay got the ballot and its proof, and nothing that names the resident.
    expect(sent).toHaveLength(1);
    expect(sent[0]!.toLowerCase()).not.toContain(account.slice(2).toLowerCase());
    expect(await support()).toEqual([1n, 0n, 1n]);
    await expectPlainWords(page);
    await expectNoSidewaysScroll(page);
    await app.check('secret-ballot-cast-phone');
  });

  await test.step('changing it: the new ballot replaces the first (the tally moves, the count of ballots does not grow)', async () => {
    await expect(page.getByRole('heading', { name: 'Change your secret ballot' })).toBeVisible();
    await page.getByTestId('ballot-project-0').uncheck();
    await page.getByTestId('ballot-project-1').check();
    await withOnePrompt(phoneKey, async () => {
      await page.getByRole('button', { name: 'Change my secret ballot' }).click();
      await expect(page.getByTestId('secret-cast-done')).toContainText('Your ballot was changed: only the new one counts.', { timeout: 120_000 });
    });
    expect(await support()).toEqual([0n, 1n, 1n]);
    expect(await getRound(reader, { polity: city.polity, roundId })).toMatchObject({ ballots: 1n, secrecy: 'secret' });
    await new App(page).language('pl');
    await expect(page.getByTestId('secret-ballot')).toContainText('nikt, nawet miasto, nie może zobaczyć, która karta jest Twoja');
    // The reload finds this phone's note of the ballot: the button offers to change it.
    await expect(page.getByRole('button', { name: 'Zmień moją tajną kartę' })).toBeVisible({ timeout: 60_000 });
    await expectPlainWords(page);
    await expectNoSidewaysScroll(page);
    await app.check('secret-ballot-phone-polish');
    await new App(page).language('en');
  });

  await test.step('after a reload the page says the resident voted, from a note kept only on this phone, starts the ballot from it, and can forget it', async () => {
    await openOnPhone(page, `/rounds/${roundId}`);
    const note = page.getByTestId('secret-note');
    await expect(note).toContainText('You sent your secret ballot on', { timeout: 60_000 });
    await expect(note.locator('li')).toHaveCount(2);
    await expect(note.getByTestId('secret-note-kept-here')).toHaveText(/^Only this phone keeps this note/);
    await expect(note.getByRole('link', { name: 'Change my ballot' })).toBeVisible();
    // The ballot starts from the one this phone sent last (projects 1 and 2), as a change of it.
    await expect(page.getByTestId('ballot-project-1')).toBeChecked();
    await expect(page.getByTestId('ballot-project-2')).toBeChecked();
    await expect(page.getByTestId('ballot-project-0')).not.toBeChecked();
    await expect(page.getByRole('heading', { name: 'Change your secret ballot' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Change my secret ballot' })).toBeVisible();
    await expectPlainWords(page);
    await expectNoSidewaysScroll(page);
    await app.check('secret-note-phone');
    await new App(page).language('pl');
    await expect(note).toContainText('Tajna karta wysłana');
    await expect(note.getByTestId('secret-note-kept-here')).toHaveText(/^Tę notatkę ma tylko ten telefon/);
    await expect(note.getByRole('button', { name: 'Usuń tę notatkę' })).toBeVisible();
    await expectPlainWords(page);
    await expectNoSidewaysScroll(page);
    await app.check('secret-note-phone-polish');
    await new App(page).language('en');
    await page.getByTestId('secret-note').getByRole('button', { name: 'Forget this note' }).click();
    await expect(page.getByTestId('secret-note-forgotten')).toHaveText('The note was removed from this phone. Your ballot still counts.');
    await openOnPhone(page, `/rounds/${roundId}`);
    await expect(page.getByRole('button', { name: 'Send my secret ballot' })).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('secret-note')).toHaveCount(0);
    // Forgetting touches only this phone: the chain still counts the ballot.
    expect(await support()).toEqual([0n, 1n, 1n]);
  });

  await test.step('the audit log: both ballots by their contents, and no account with them', async () => {
    const rows = page.getByTestId('audit-row');
    // The log is read when the page opens, from the server's index, which follows the chain within seconds.
    await expect(async () => {
      await openOnPhone(page, '/audit');
      await page.getByTestId('audit-search').fill(`A secret ballot in round ${roundId} `);
      await expect(rows).toHaveCount(2, { timeout: 5_000 });
    }).toPass({ timeout: 90_000 });
    await expect(rows.nth(0).getByTestId('audit-sentence')).toHaveText(`A secret ballot in round ${roundId} chose projects 1, 2. No account is recorded with it.`);
    await expect(rows.nth(1).getByTestId('audit-sentence')).toHaveText(`A secret ballot in round ${roundId} chose projects 0, 2. No account is recorded with it.`);
    for (const row of await rows.all()) {
      const text = (await row.textContent()) ?? '';
      expect(text.toLowerCase()).not.toContain(account.slice(2).toLowerCase());
      expect(text).not.toContain(residentCode(account));
    }
    await expectNoSidewaysScroll(page);
    await app.check('secret-audit-phone');
  });
});

/**
 * A city-wide secret round opened now through the SDK (approve one or two of three projects), in
 * voting: its group, fixed as voting opens, holds every identity registered before.
 */
async function openSecretRoundNow(city: City, rpcUrl: string, title: string): Promise<bigint> {
  const reader = createPublicClient({ transport: http(rpcUrl), pollingInterval: 100 });
  const chain = createTestClient({ mode: 'anvil', transport: http(rpcUrl) });
  await chain.increaseTime({ seconds: 5 });
  await chain.mine({ blocks: 1 });
  const council = createWalletClient({ account: city.person('council').address, transport: http(rpcUrl), pollingInterval: 100 });
  const proposer = createWalletClient({ account: city.person('resident', 'Ana').address, transport: http(rpcUrl), pollingInterval: 100 });
  const start = Number((await reader.getBlock()).timestamp);
  const { roundId } = await openRound(council, {
    polity: city.polity,
    ballots: 'secret',
    categories: ['Parks'],
    config: {
      token: city.config.token,
      district: 0,
      delegation: false,
      topic: 0,
      budget: 60_000n,
      ballot: { kind: 0, minProjects: 1, maxProjects: 2, minSpendBps: 0, points: 0, maxPointsPerProject: 0 },
      timeline: { reviewStart: start + 3_600, votingStart: start + 7_200, votingEnd: start + 21 * 86_400 },
      counting: { rule: 0, stopAtMisfit: false, minSupport: 0n, completion: 0, challengeWindow: 0, challengeBond: 0n },
      descriptionHash: keccak256(toHex(title)),
      maxSubmissionsPerResident: 5,
    },
  });
  for (const [index, name] of ['Benches by the pond', 'A bigger sandpit', 'Lights on the path'].entries()) {
    await submitProject(proposer, { polity: city.polity, roundId, cost: 15_000n + BigInt(index), category: 0, descriptionHash: keccak256(toHex(`${title}: ${name}`)) });
  }
  await advanceRoundPhase(council, { polity: city.polity, roundId, to: 'review' });
  await reviewProjects(council, { polity: city.polity, roundId, decisions: [0, 1, 2].map((projectId) => ({ projectId, decision: 'accept' as const })) });
  await advanceRoundPhase(council, { polity: city.polity, roundId, to: 'voting' });
  return roundId;
}

/** Runs `act` and checks that it asked for no passkey prompt. */
async function withNoPrompt(phoneKey: PhoneAuthenticator, act: () => Promise<void>): Promise<void> {
  const before = await phoneKey.confirmations();
  await act();
  expect(await phoneKey.confirmations(), 'passkey prompts for this action').toBe(before);
}

test('a resident whose passkey has no PRF keeps 24 words, votes with them, and changes the same ballot from a new phone with them', async ({ app, page, browser }) => {
  test.setTimeout(900_000);
  const config = await (await page.request.get(`${demo().url}/config.json`)).json();
  const city = new City(config, demo().rpcUrl);
  const secretBallots = city.polity.secretBallots!;
  const reader = createPublicClient({ transport: http(demo().rpcUrl) });
  const phoneKey = await PhoneAuthenticator.on(page, { prf: false });

  let account = '' as Address;
  await test.step('a new resident makes a passkey (no PRF) and the identity office admits them', async () => {
    await openOnPhone(page, '/take-part');
    await page.getByRole('button', { name: "Use your phone's fingerprint, face or PIN" }).click();
    await expect(page.getByTestId('resident-code')).toBeVisible();
    const code = (await page.getByTestId('resident-code').innerText()).trim().replace(/\s+/g, '-');
    account = await page.evaluate(() => JSON.parse(localStorage.getItem('polity.passkeys') ?? '[]')[0].account);
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('polity.passkeys') ?? '[]')[0].prf)).toBe(false);
    await admitByCode(browser, city, code);
    await expect(page.getByTestId('take-part-admitted')).toContainText('You are admitted', { timeout: 30_000 });
  });

  let words: string[] = [];
  await test.step('setting up secret voting: the 24 words are the only copy, said plainly (Polish, then English); one prompt registers them', async () => {
    await openOnPhone(page, '/take-part');
    const card = page.getByTestId('secret-voting');
    const list = card.getByTestId('secret-voting-words');
    await new App(page).language('pl');
    // Without PRF the passkey cannot make the identity: it is made at random, with no prompt.
    await withNoPrompt(phoneKey, () => card.getByRole('button', { name: 'Włącz tajne głosowanie' }).click().then(() => expect(list).toBeVisible()));
    await expect(card).toContainText('aplikacja utworzyła ją z tych 24 słów');
    await expect(list.locator('li')).toHaveCount(24);
    await expectPlainWords(page);
    await expectNoSidewaysScroll(page);
    await app.check('secret-no-prf-words-phone-polish');
    // The language switch reloads the page: the words shown in Polish are forgotten, never registered.
    await new App(page).language('en');
    await withNoPrompt(phoneKey, () => card.getByRole('button', { name: 'Set up secret voting' }).click().then(() => expect(list).toBeVisible()));
    await expect(card).toContainText('so the app made one from these 24 words');
    await expect(card).toContainText('you will type them each time you vote in a secret round, and without them you cannot vote secretly');
    words = await list.locator('li').allInnerTexts();
    expect(words).toHaveLength(24);
    await expect(card.getByRole('link', { name: 'Download a backup file' })).toBeVisible();
    await expectPlainWords(page);
    await expectNoSidewaysScroll(page);
    await app.check('secret-no-prf-words-phone');
    await card.getByLabel('I have written the words down').check();
    await withOnePrompt(phoneKey, async () => {
      await card.getByRole('button', { name: 'Register my voting identity' }).click();
      await expect(card.getByTestId('secret-voting-registered')).toBeVisible({ timeout: 90_000 });
    });
    const registered = await readSecretIdentity(reader, { secretBallots, account });
    expect(registered.registered).toBe(true);
    // The words written down give exactly the identity registered on chain.
    expect(secretIdentityFromSeed(seedFromRecoveryPhrase(words.join(' '))).commitment).toBe(registered.commitment);
  });

  const roundId = await openSecretRoundNow(city, demo().rpcUrl, `Pond park, words only ${Date.now()}`);
  const support = async () => (await getProjects(reader, { polity: city.polity, roundId })).map((project) => project.support);

  await test.step('voting with the words: other words are refused before anything is sent; the right ones send with no prompt', async () => {
    await openOnPhone(page, `/rounds/${roundId}`);
    const field = page.getByLabel('Your 24 recovery words');
    await expect(field).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('secret-note')).toHaveCount(0);
    await expectPlainWords(page);
    await expectNoSidewaysScroll(page);
    await app.check('secret-no-prf-ballot-phone');
    await page.getByTestId('ballot-project-0').check();
    await page.getByTestId('ballot-project-2').check();
    await field.fill(recoveryPhraseFromSeed(randomIdentitySeed()));
    await page.getByRole('button', { name: 'Send my secret ballot' }).click();
    await expect(page.getByTestId('secret-problem')).toContainText('These words belong to another voting identity');
    expect(await support()).toEqual([0n, 0n, 0n]);
    await field.fill(words.join(' '));
    await withNoPrompt(phoneKey, async () => {
      await page.getByRole('button', { name: 'Send my secret ballot' }).click();
      await expect(page.getByTestId('secret-cast-done')).toContainText('Your secret ballot was counted.', { timeout: 120_000 });
    });
    await expect(page.getByTestId('secret-other-device')).toHaveCount(0);
    expect(await support()).toEqual([1n, 0n, 1n]);
  });

  const newPhone = await browser.newContext({ viewport: phone });
  try {
    const newPage = await newPhone.newPage();
    const newApp = new App(newPage);
    await test.step('a new phone: the passkey synced to it (still no PRF), no note of the ballot there; the words change the same ballot, and the page says it replaced one sent elsewhere', async () => {
      const newKey = await PhoneAuthenticator.on(newPage, { prf: false });
      await newKey.receive(await phoneKey.passkeys());
      // Nothing of the first phone's is here: the app finds the account from the passkey's answer alone.
      await openOnPhone(newPage, '/take-part');
      expect(await newPage.evaluate(() => localStorage.getItem('polity.passkeys'))).toBeNull();
      await newPage.getByRole('button', { name: 'I made a passkey here before: sign in' }).click();
      await expect(newPage.getByTestId('secret-voting-registered')).toBeVisible({ timeout: 30_000 });
      // The same account as on the first phone, kept here now with what this phone's passkey can do.
      expect(await newPage.evaluate(() => JSON.parse(localStorage.getItem('polity.passkeys') ?? '[]'))).toMatchObject([{ account, prf: false }]);
      // The take-part page checks the words against the number registered for the account, sending nothing.
      const check = newPage.getByTestId('secret-check-words');
      await check.getByText('Check my 24 words').click();
      const swapped = [words[1]!, words[0]!, ...words.slice(2)];
      await check.getByLabel('Your 24 recovery words').fill(swapped.join(' '));
      await check.getByRole('button', { name: 'Check the words' }).click();
      if (words[0] !== words[1]) await expect(check.getByTestId('secret-check-result')).toHaveText('The recovery phrase or key is not valid. Check it word by word.');
      await check.getByLabel('Your 24 recovery words').fill(recoveryPhraseFromSeed(randomIdentitySeed()));
      await check.getByRole('button', { name: 'Check the words' }).click();
      await expect(check.getByTestId('secret-check-result')).toContainText('These words belong to another voting identity');
      await check.getByLabel('Your 24 recovery words').fill(words.join(' '));
      await check.getByRole('button', { name: 'Check the words' }).click();
      await expect(check.getByTestId('secret-check-result')).toHaveText('These words give back your voting identity. Keep them safe, and type them when a secret round asks for them.');
      await expectPlainWords(newPage);
      await expectNoSidewaysScroll(newPage);
      await newApp.check('secret-check-words-new-phone');

      await openOnPhone(newPage, `/rounds/${roundId}`);
      const field = newPage.getByLabel('Your 24 recovery words');
      await expect(field).toBeVisible({ timeout: 60_000 });
      await expect(newPage.getByTestId('secret-note')).toHaveCount(0);
      await field.fill(words.join('  ').toUpperCase());
      await newPage.getByTestId('ballot-project-1').check();
      await withNoPrompt(newKey, async () => {
        await newPage.getByRole('button', { name: 'Send my secret ballot' }).click();
        await expect(newPage.getByTestId('secret-cast-done')).toContainText('Your ballot was changed: only the new one counts.', { timeout: 120_000 });
      });
      await expect(newPage.getByTestId('secret-other-device')).toHaveText(/^You had already voted in this round from another phone or browser/);
      // The same identity: the ballot was replaced, not added to.
      expect(await support()).toEqual([0n, 1n, 0n]);
      expect(await getRound(reader, { polity: city.polity, roundId })).toMatchObject({ ballots: 1n, secrecy: 'secret' });
      await expectPlainWords(newPage);
      await expectNoSidewaysScroll(newPage);
      await newApp.check('secret-no-prf-new-phone');
      await newApp.language('pl');
      await expect(newPage.getByTestId('secret-note')).toContainText('Tajna karta wysłana', { timeout: 60_000 });
      await expectNoSidewaysScroll(newPage);
      await newApp.check('secret-no-prf-new-phone-polish');
    });
  } finally {
    await newPhone.close();
  }

  await test.step("the old phone's note is out of date until its next send, which reads the chain's count and corrects it", async () => {
    await openOnPhone(page, `/rounds/${roundId}`);
    await expect(page.getByTestId('secret-note').locator('li')).toHaveCount(2, { timeout: 60_000 });
    await page.getByLabel('Your 24 recovery words').fill(words.join(' '));
    await page.getByTestId('ballot-project-0').uncheck();
    await page.getByRole('button', { name: 'Change my secret ballot' }).click();
    await expect(page.getByTestId('secret-cast-done')).toContainText('Your ballot was changed', { timeout: 120_000 });
    await expect(page.getByTestId('secret-other-device')).toBeVisible();
    expect(await support()).toEqual([0n, 0n, 1n]);
    await openOnPhone(page, `/rounds/${roundId}`);
    await expect(page.getByTestId('secret-note').locator('li')).toHaveCount(1, { timeout: 60_000 });
  });

  await test.step("the council's page of the round says whether its ballots are secret, on a phone, in English and Polish", async () => {
    const office = await desk(browser, city.person('council').name, { path: `/council/rounds/${roundId}`, viewport: phone });
    const { app: councilApp, app: { page: councilPage } } = office;
    await expect(councilPage.getByTestId('council-round-secrecy')).toHaveText('Secret ballots: no one, not even the council, can see who voted for what.');
    await expectNoSidewaysScroll(councilPage);
    await councilApp.check('council-round-secret-phone');
    await councilApp.language('pl');
    await expect(councilPage.getByTestId('council-round-secrecy')).toHaveText('Głosowanie tajne: nikt, nawet rada, nie może zobaczyć, kto na co głosował.');
    await expectNoSidewaysScroll(councilPage);
    await councilApp.check('council-round-secret-phone-polish');
    await councilApp.open(`/council/rounds/${demo().rounds.voting}`);
    await expect(councilPage.getByTestId('council-round-secrecy')).toHaveText('Głosowanie jawne: w publicznym rejestrze widać, które konto oddało każdą kartę.');
    await councilApp.language('en');
    await expect(councilPage.getByTestId('council-round-secrecy')).toHaveText('Public ballots: the public record shows which account cast each ballot.');
    await expectNoSidewaysScroll(councilPage);
    await councilApp.check('council-round-public-phone');
    await office.close();
  });
});
