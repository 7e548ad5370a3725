import type { Address } from 'viem';
import { addressOfResidentCode, residentCode } from '../src/lib/passkey/resident-code';
import { expect, test } from './fixtures';

test('the council opens a round, reviews it, finalises it and funds its projects', async ({ app, page }) => {
  test.setTimeout(240_000);
  // Open a round from the form.
  await app.open('/council/rounds/new');
  await app.actAs('Council');
  await page.getByLabel('Title').fill('Playgrounds 2027');
  await page.getByLabel('Description for residents').fill('Better playgrounds in every district.');
  await page.getByLabel(/^Budget/).fill('50000');
  await page.getByLabel('Ballot design').selectOption('approval');
  await page.getByLabel('Review starts in (days)').fill('1');
  await page.getByLabel('Voting starts in (days)').fill('2');
  await page.getByLabel('Voting lasts (days)').fill('1');

  await page.getByRole('button', { name: 'Open a round' }).click();
  await app.confirmed('Open round');
  await expect(page).toHaveURL(/\/council\/rounds\/\d+$/);
  await app.check('council-new-round');
  const roundId = /\/council\/rounds\/(\d+)$/.exec(page.url())?.[1] ?? '';

  // Residents propose projects.
  for (const [name, title, cost] of [['Olek', 'Swings for Centrum', '20000'], ['Piotr', 'Sandpit in Groszówka', '25000']] as const) {
    await app.open(`/rounds/${roundId}`);
    await app.actAs(name);
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Description').fill(`${title}, with benches for parents.`);
    await page.getByLabel(/^Cost/).fill(cost);
    await page.getByRole('button', { name: 'Submit project' }).click();
    await app.confirmed('Submit project');
  }

  // The council reviews: starts review, accepts both, starts voting.
  await app.open(`/council/rounds/${roundId}`);
  await app.actAs('Council');
  await page.getByRole('button', { name: 'Start review now' }).click();
  await app.confirmed('Advance phase');
  await page.getByTestId('decision-0').selectOption('accept');
  await page.getByTestId('decision-1').selectOption('accept');
  await app.check('council-review');
  await page.getByRole('button', { name: 'Save the review' }).click();
  await app.confirmed('Review projects');
  await page.getByRole('button', { name: 'Start voting now' }).click();
  await app.confirmed('Advance phase');

  // Residents vote.
  for (const [name, projects] of [['Olek', [0]], ['Piotr', [0, 1]], ['Zofia', [1]]] as const) {
    await app.open(`/rounds/${roundId}`);
    await app.actAs(name);
    for (const project of projects) await page.getByTestId(`ballot-project-${project}`).check();
    await page.getByRole('button', { name: 'Cast my ballot' }).click();
    await app.confirmed('Cast ballot');
  }

  // Voting ends; the council finalises.
  await app.skip('Skip 1 week');
  await app.open(`/council/rounds/${roundId}`);
  await app.actAs('Council');
  await page.getByRole('button', { name: 'Finalise the result' }).click();
  await app.confirmed('Finalise round');
  await expect(page.getByTestId('round-final')).toContainText('2 projects are funded');

  // Funding goes through a proposal: drafted here, passed by residents, queued and executed.
  await page.getByRole('button', { name: 'Draft the funding proposal' }).click();
  await app.confirmed('Propose funding');
  await expect(page).toHaveURL(/\/proposals\/\d+$/);
  await app.skip('Skip 1 hour');
  await app.actAs('Zofia');
  await page.getByLabel('For', { exact: true }).check();
  await page.getByRole('button', { name: 'Vote', exact: true }).click();
  await app.confirmed('Vote');
  await app.skip('Skip 1 week');
  await page.getByRole('button', { name: 'Queue' }).click();
  await app.confirmed('Queue proposal');
  await app.skip('Skip 1 day');
  await page.getByRole('button', { name: 'Execute' }).click();
  await app.confirmed('Execute proposal');
  await expect(page.getByTestId('proposal-state')).toHaveText('Executed');

  // The council pays the first milestone with its evidence.
  await app.open(`/council/rounds/${roundId}`);
  await app.actAs('Council');
  await page.getByLabel(/Evidence for milestone 1/).first().fill('Invoice 2027/14 and photos of the delivered swings.');
  await page.getByRole('button', { name: 'Release the milestone' }).first().click();
  await app.confirmed('Release milestone');
  await expect(page.getByText('Paid', { exact: true }).first()).toBeVisible();
  await app.check('council-round');
});

test('the council sees rejected rows before admitting residents from a CSV file', async ({ app, page }) => {
  await app.open('/council/residents');
  await app.actAs('Identity office');
  await page.getByLabel('CSV file').setInputFiles('static/examples/residents.csv');
  // Without the council's salt only the ready commitment (0x3333...) can be admitted.
  await expect(page.getByTestId('import-rejected')).toContainText("enter the council's credential salt");
  await page.getByLabel('Credential salt').fill(`0x${'5a'.repeat(32)}`);
  // Accounts are shown as whole resident's codes (what the office compares with the resident's), one per row.
  const accounts = page.getByTestId('import-preview').getByTestId('preview-account');
  const admitted = ['1', '2', '3', '4'].map((digit) => `0x${digit.repeat(40)}` as Address);
  await expect(accounts).toHaveText(admitted.map(residentCode));
  const codes = await accounts.allInnerTexts();
  expect(codes.map((code) => addressOfResidentCode(code).toLowerCase())).toEqual(admitted);
  await expect(page.getByTestId('import-preview')).not.toContainText('0x');
  // The address column takes addresses and resident's codes: a row with neither says what a code looks like.
  await expect(page.getByTestId('import-rejected').locator('li').first()).toContainText(
    "Line 6: This is not a resident's code: it is not nine groups of four characters (or 0x and 40 hexadecimal digits).",
  );
  await expect(page.getByTestId('import-rejected')).toContainText('unknown district');
  await expect(page.getByTestId('import-rejected')).toContainText('in the past');
  await app.check('council-residents');
  await page.getByRole('button', { name: 'Admit 4 residents' }).click();
  await app.confirmed('Admit residents');
  await expect(page.getByTestId('import-done')).toContainText('4 residents admitted');
});

test('an account without the council role is told so', async ({ app, page }) => {
  await app.open('/council/rounds/new');
  await app.actAs('Ana');
  // Told before filling anything in (the chain is asked for the account's rights), and the form cannot be sent.
  await expect(page.getByTestId('role-notice')).toContainText("You are signed in as Ana, who may not open rounds");
  await expect(page.getByRole('button', { name: 'Open a round' })).toBeDisabled();
});
