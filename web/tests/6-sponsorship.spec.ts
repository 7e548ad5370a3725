import { expect, test } from './fixtures';

// The demo city's server has sponsorship off: the audit page says so, plainly, on a phone.
test('the audit page says the city does not pay fees for residents, on a phone, without errors', async ({ app, page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.setViewportSize({ width: 390, height: 844 });
  await app.open('/audit');
  const section = page.getByTestId('sponsored-actions');
  await expect(section.getByRole('heading', { name: 'What the city paid for residents' })).toBeVisible();
  await expect(section.getByTestId('sponsored-off')).toHaveText('The city does not pay fees for residents at the moment.');
  await expect(section.getByRole('alert')).toHaveCount(0);
  await expect(section).not.toContainText(/gas|paymaster/i);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await app.check('audit-sponsorship-off');
  expect(errors).toEqual([]);
});
