/**
 * A browser wallet, as an EIP-6963 extension announces itself: it starts on another network, can
 * switch, forwards reads to the chain, and refuses to send transactions (as a person who presses
 * "Reject" would). Signing typed data is forwarded to the local node (which holds the demo keys), and
 * every signature request is kept in `window.walletSignatureRequests` for the test to read.
 * Runs in the page (`page.addInitScript`): it must not use anything from outside the function.
 */
export function installWallet({ rpcUrl, account, sendTransactions = 'reject' }: { rpcUrl: string; account: string; sendTransactions?: 'reject' | 'forward' }) {
  let chainId = '0x1';
  // Like a real wallet, it shares the account only after the person approved the connection.
  let approved = false;
  const listeners = new Map<string, ((value: unknown) => void)[]>();
  const signatureRequests: unknown[] = [];
  Object.assign(window, { walletSignatureRequests: signatureRequests });
  const emit = (event: string, value: unknown) => (listeners.get(event) ?? []).forEach((listener) => listener(value));
  async function forward(method: string, params: unknown[] | undefined): Promise<unknown> {
    const response = await fetch(rpcUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
    const body = (await response.json()) as { result?: unknown; error?: { code: number; message: string; data?: unknown } };
    if (body.error) throw Object.assign(new Error(body.error.message), body.error);
    return body.result;
  }
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
          if (sendTransactions === 'reject') throw Object.assign(new Error('User rejected the request.'), { code: 4001 });
          return forward(method, params);
        case 'eth_signTypedData_v4':
          signatureRequests.push(JSON.parse(String(params?.[1])));
          return forward(method, params);
        default:
          return forward(method, params);
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
