import { demo, expect, test } from './fixtures';

/**
 * A browser wallet, as an EIP-6963 extension announces itself: it starts on another network, can
 * switch, forwards reads to the chain, and refuses to sign (as a person who presses "Reject" would).
 */
function installWallet({ rpcUrl, account }: { rpcUrl: string; account: string }) {
  let chainId = '0x1';
  // Like a real wallet, it shares the account only after the person approved the connection.
  let approved = false;
  const listeners = new Map<string, ((value: unknown) => void)[]>();
  const emit = (event: string, value: unknown) => (listeners.get(event) ?? []).forEach((listener) => listener(value));
  const provider = {
    async request({ method, params }: { method: string; params?: unknown[] }): Promise<unknown> {
      switch (method) {
        case 'eth_requestAccounts':
          approved = true;
          return [account];
        case 'eth_accounts':
          return approved ? [account] : [];
        case 'eth_chainId':
          return chainId;
        case 'wallet_switchEthereumChain':
          chainId = (params?.[0] as { chainId: string }).chainId;
          emit('chainChanged', chainId);
          return null;
        case 'wallet_requestPermissions':
        case 'wallet_getPermissions':
          return [{ parentCapability: 'eth_accounts' }];
        case 'eth_sendTransaction':
          throw Object.assign(new Error('User rejected the request.'), { code: 4001 });
        default: {
          const response = await fetch(rpcUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
          const body = (await response.json()) as { result?: unknown; error?: { code: number; message: string; data?: unknown } };
          if (body.error) throw Object.assign(new Error(body.error.message), body.error);
          return body.result;
        }
      }
    },
    on(event: string, listener: (value: unknown) => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    },
    removeListener(event: string, listener: (value: unknown) => void) {
      listeners.set(event, (listeners.get(event) ?? []).filter((candidate) => candidate !== listener));
    },
  };
  const icon = 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32"><rect width="32" height="32" fill="%23333"/></svg>';
  const announce = () =>
    window.dispatchEvent(new CustomEvent('eip6963:announceProvider', { detail: Object.freeze({ info: { uuid: '7d1a3c2e-0000-4000-8000-000000000001', name: 'Test Wallet', icon, rdns: 'org.polity.test-wallet' }, provider }) }));
  // The person switches networks in the wallet itself.
  Object.assign(window, { switchTestWallet: (id: string) => ((chainId = id), emit('chainChanged', id)) });
  window.addEventListener('eip6963:requestProvider', announce);
  announce();
}

test('a browser wallet on the wrong network is told to switch, and a rejected signature is explained', async ({ app, page }) => {
  await page.addInitScript(installWallet, { rpcUrl: demo().rpcUrl, account: '0x2546BcD3c84621e976D8185a91A922aE77ECEc30' });
  await app.open('/delegation');
  await page.getByRole('button', { name: 'Connect wallet' }).click();
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
