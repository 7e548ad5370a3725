import { demo, expect, test } from './fixtures';
import { installWallet } from './wallet';

test('a browser wallet on the wrong network is told to switch, and a rejected signature is explained', async ({ app, page }) => {
  await page.addInitScript(installWallet, { rpcUrl: demo().rpcUrl, account: '0x2546BcD3c84621e976D8185a91A922aE77ECEc30' });
  await app.open('/delegation');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('button', { name: 'Test Wallet' }).click();
  await expect(page.getByTestId('current-account')).toContainText('Nina');
  await page.evaluate(() => (window as unknown as { switchTestWallet(id: string): void }).switchTestWallet('0x1'));
  await expect(page.getByRole('alert').filter({ hasText: 'Your wallet is on the wrong network' })).toBeVisible();
  await app.check('wallet-wrong-network');
  await page.getByRole('button', { name: 'Switch network' }).click();
  await expect(page.getByText('Your wallet is on the wrong network')).toHaveCount(0);

  const general = page.getByTestId('topic-general');
  await general.getByLabel('Choose a delegate').selectOption({ label: 'Zofia' });
  await general.getByRole('button', { name: 'Delegate' }).click();
  const failure = general.getByTestId('failure');
  await expect(failure).toHaveAttribute('data-kind', 'rejected');
  await expect(failure).toContainText('You rejected the signature in your wallet');
});

test('the keyboard reaches the main content and every control shows focus', async ({ app, page }) => {
  await app.open('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).not.toBe('none');
});
