import { demo, expect, test } from './fixtures';

test.describe('a resident', () => {
  test('reads the home page', async ({ app, page }) => {
    await app.open('/');
    await expect(page.getByRole('heading', { name: 'Open budget rounds' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Night bus N72 for one year' })).toBeVisible();
    // 2,000,000 minted to the treasury, 131,500 moved into the escrow for Green Wesoła's projects.
    await expect(page.getByTestId('treasury-balance')).toContainText('1,868,500');
    await app.check('home');
  });

  test('delegates a topic to someone from the directory', async ({ app, page }) => {
    await app.open('/delegation');
    await app.actAs('Nina');
    const education = page.getByTestId('topic-education');
    await expect(education).toContainText('You vote yourself');
    await page.getByTestId('directory-topic').selectOption({ label: 'education' });
    const hubert = page.getByTestId('delegate-directory').getByRole('row').filter({ hasText: 'Hubert' });
    await expect(hubert).toContainText('3 residents (2 directly)');
    await hubert.getByRole('button', { name: 'Delegate education to them' }).click();
    await app.confirmed('Delegate education');
    await expect(education.getByTestId('my-chain')).toContainText('Hubert');
    await expect(hubert).toContainText('4 residents (3 directly)');
    await app.check('delegation');
    // The chain several deep and revoking, on transport: Eva → Dan → Carla.
    await app.actAs('Eva');
    await expect(page.getByTestId('topic-transport').getByTestId('my-chain')).toContainText('Dan→Carla');
  });

  test('sees how their delegate voted and overrides by voting with a reason', async ({ app, page }) => {
    await app.open(`/proposals/${demo().openProposal}`);
    await app.actAs('Dan');
    await expect(page.getByTestId('delegate-vote')).toContainText('Your delegate voted For');
    await expect(page.getByTestId('delegate-vote')).toContainText('Carla');
    await app.check('proposal');
    await page.getByLabel('Against').check();
    await page.getByLabel('Reason (optional)').fill('The night bus should wait for the ridership study.');
    await page.getByRole('button', { name: 'Vote myself (override my delegate)' }).click();
    await app.confirmed('Vote');
    await expect(page.getByTestId('my-vote')).toContainText('You voted Against');
    await expect(page.getByTestId('vote-list')).toContainText('The night bus should wait for the ridership study.');
    await expect(page.getByTestId('vote-list')).toContainText('taken back by residents who voted themselves');
  });

  test('builds a knapsack ballot, casts it and changes it', async ({ app, page }) => {
    await app.open(`/rounds/${demo().rounds.voting}`);
    await app.actAs('Jan');
    await page.getByTestId('ballot-project-0').check();
    await page.getByTestId('ballot-project-3').check();
    await expect(page.getByTestId('budget-used')).toContainText('111,520');
    await page.getByRole('button', { name: 'Cast my ballot' }).click();
    await app.confirmed('Cast ballot');
    await expect(page.getByTestId('ballot-cast')).toBeVisible();
    await page.getByTestId('ballot-project-3').uncheck();
    await page.getByTestId('ballot-project-4').check();
    await page.getByRole('button', { name: 'Replace my ballot' }).click();
    await app.confirmed('Cast ballot');
    await page.reload();
    await expect(page.getByTestId('ballot-project-4')).toBeChecked();
    await expect(page.getByTestId('ballot-project-3')).not.toBeChecked();
    await app.check('round-ballot');
  });

  test('is told why an over-budget ballot cannot be sent', async ({ app, page }) => {
    await app.open(`/rounds/${demo().rounds.voting}`);
    await app.actAs('Nina');
    for (const project of [0, 1, 2, 12, 16]) await page.getByTestId(`ballot-project-${project}`).check();
    await expect(page.getByTestId('ballot-problem')).toContainText('more than the budget of 309,914');
    await expect(page.getByRole('button', { name: 'Cast my ballot' })).toBeDisabled();
    await app.check('round-over-budget');
  });

  test('shares out points on a cumulative ballot, within the limits', async ({ app, page }) => {
    await app.open(`/rounds/${demo().rounds.points}`);
    await app.actAs('Zofia');
    await page.getByTestId('ballot-points-0').fill('6');
    await expect(page.getByTestId('ballot-problem')).toContainText('at most 5 are allowed on one project');
    await page.getByTestId('ballot-points-0').fill('5');
    await page.getByTestId('ballot-points-2').fill('5');
    await page.getByTestId('ballot-points-4').fill('1');
    await expect(page.getByTestId('ballot-problem')).toContainText('You gave 11 points; you have 10.');
    await page.getByTestId('ballot-points-4').fill('0');
    await expect(page.getByTestId('ballot-problem')).toHaveCount(0);
    await page.getByRole('button', { name: 'Cast my ballot' }).click();
    await app.confirmed('Cast ballot');
    await expect(page.getByTestId('ballot-cast')).toBeVisible();
    await app.check('round-points');
  });

  test('reads a project page with its milestones', async ({ app, page }) => {
    await app.open(`/rounds/${demo().rounds.finished}/projects/0`);
    await expect(page.getByRole('heading', { name: 'Trees along Jana Pawła II' })).toBeVisible();
    await expect(page.getByText('Funding and milestones')).toBeVisible();
    await app.check('project');
  });
});
