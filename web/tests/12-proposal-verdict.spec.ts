import { demo, expect, test } from './fixtures';

test('a closed proposal says why it passed, with the quorum and the margin; dates stand where block numbers stood', async ({ app, page }) => {
  await app.open('/proposals');
  await page.getByRole('link', { name: /Let the council open budget rounds/ }).first().click();
  await expect(page.getByTestId('proposal-state')).toHaveText('Executed');
  const verdict = page.getByTestId('proposal-verdict');
  await expect(verdict).toHaveAttribute('data-verdict', 'passed');
  await expect(verdict).toContainText(/Passed: the quorum was reached \([\d,]+ votes counted of [\d,]+ needed, [\d,]+ more than needed\), and there were more votes for than against \([\d,]+ more for\)\./);
  const timeline = page.locator('.timeline');
  await expect(timeline).toContainText(/Proposed on \w{3} \d{1,2}, \d{4}/);
  await expect(timeline).toContainText(/Carried out on \w{3} \d{1,2}, \d{4}/);
  await expect(page.locator('main')).not.toContainText(/\bblock\b/i);
  await app.check('proposal-verdict-passed');

  await page.getByLabel('Language').selectOption('pl');
  await expect(page.getByTestId('proposal-verdict')).toContainText(/Przyjęty: osiągnięto kworum \(policzono [\d\s]+ głosów z [\d\s]+ potrzebnych/);
  await expect(page.locator('.timeline')).toContainText('Zgłoszona');
  await expect(page.locator('main')).not.toContainText(/\bblok/i);
  await page.getByLabel('Język').selectOption('en');

  // While voting is open there is nothing to explain yet.
  await app.open(`/proposals/${demo().openProposal}`);
  await expect(page.getByTestId('proposal-text')).toBeVisible();
  await expect(page.getByTestId('proposal-verdict')).toHaveCount(0);
});
