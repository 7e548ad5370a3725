import { demo, expect, test } from './fixtures';

test('a closed proposal says why it passed, with the quorum and the margin; dates stand where block numbers stood', async ({ app, page }) => {
  await app.open('/proposals');
  await page.getByRole('link', { name: /Let the council open budget rounds/ }).first().click();
  await expect(page).toHaveURL(/\/proposals\/\d+$/);
  await expect(page.getByTestId('proposal-text')).toBeVisible();
  await expect(page.getByTestId('proposal-state')).toHaveText('Executed');
  const verdict = page.getByTestId('proposal-verdict');
  await expect(verdict).toHaveAttribute('data-verdict', 'passed');
  await expect(verdict).toContainText(/Passed: the quorum was reached \([\d,]+ votes counted of [\d,]+ needed, [\d,]+ more than needed\), and there were more votes for than against \([\d,]+ more for\)\./);
  const timeline = page.locator('.timeline');
  await expect(timeline).toContainText(/Proposed on \w{3} \d{1,2}, \d{4}/);
  await expect(timeline).toContainText(/Carried out on \w{3} \d{1,2}, \d{4}/);
  await expect(page.locator('main')).not.toContainText(/\bblock\b/i);
  await app.check('proposal-verdict-passed');

  await app.language('pl');
  await expect(page.getByTestId('proposal-verdict')).toContainText(/Przyjęty: osiągnięto kworum \(policzono [\d\s]+ głosów z [\d\s]+ potrzebnych/);
  await expect(page.locator('.timeline')).toContainText('Zgłoszona');
  await expect(page.locator('main')).not.toContainText(/\bblok/i);
  await app.language('en');

  // While voting is open there is nothing to explain yet.
  await app.open(`/proposals/${demo().openProposal}`);
  await expect(page.getByTestId('proposal-text')).toBeVisible();
  await expect(page.getByTestId('proposal-verdict')).toHaveCount(0);
});

test('the audit log tells each event as a sentence with its date, in the reader\'s language; the raw record is one click away', async ({ app, page }) => {
  await app.open('/audit');
  const log = page.getByTestId('audit-log');
  await page.getByTestId('audit-search').fill('opened round');
  // The search also reads the raw record, so a secret round's "SecretRoundOpened roundId" matches too:
  // pick the row whose sentence is the opening.
  const opened = log
    .getByTestId('audit-row')
    .filter({ has: page.getByTestId('audit-sentence').filter({ hasText: /opened round \d+, with a budget of/ }) })
    .first();
  await expect(opened.getByTestId('audit-sentence')).toHaveText(/^.+ opened round \d+, with a budget of .+\.$/);
  await expect(opened.locator('td').first()).toHaveText(/\w{3} \d{1,2}, \d{4}/);
  // The record as the chain has it, for auditors: behind a click, not in the sentence.
  const raw = opened.locator('details');
  await expect(raw).not.toHaveAttribute('open', '');
  await raw.locator('summary').click();
  await expect(raw).toContainText('RoundOpened');
  await page.getByTestId('audit-search').fill('');
  await page.getByTestId('audit-search').fill('voted for proposal');
  await expect(log.getByTestId('audit-sentence').first()).toHaveText(/voted for proposal \d+, with [\d,]+ votes/);
  await app.check('audit-sentences');

  await app.language('pl');
  await page.getByTestId('audit-search').fill('otwiera edycję');
  await expect(log.getByTestId('audit-sentence').first()).toHaveText(/otwiera edycję \d+, budżet: .+\./);
  await app.language('en');
});
