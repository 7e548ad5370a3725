/**
 * A resident's passkey account as the app uses it: making the passkey, and a PolityClient whose every
 * transaction is sent as one ERC-4337 user operation of the resident's `PolityAccount`, paid by the
 * city's paymaster after its server approved it, signed with one passkey prompt. The SDK's write
 * actions (castBallot, delegateOnTopic, castVote, …) run unchanged on that client: they simulate as the
 * account, estimate, and "send a transaction", which becomes the user operation; the bundle's
 * transaction hash comes back once the operation succeeded, and its receipt carries the action's events.
 * See docs/passkey-accounts.md for the contracts and docs/web.md for the flow.
 */
import {
  BaseError,
  createWalletClient,
  custom,
  HttpRequestError,
  TimeoutError,
  type Address,
  type Chain,
  type Hash,
  type Hex,
  type PublicClient,
} from 'viem';
import { createBundlerClient, createWebAuthnCredential, type BundlerClient, type SmartAccount } from 'viem/account-abstraction';
import { polityAccountFactoryAbi, type PolityClient } from '@polity/sdk';
import type { AppConfig, PasskeySettings } from '$lib/config';
import { polityAccount, publicKeyPoint } from './polity-account';
import { sponsorshipPaymaster } from './sponsorship-paymaster';
import { BundlerUnreachableError, PasskeyCancelledError, UserOperationFailedError } from './errors';
import type { StoredPasskey } from './stored-passkeys';

/** Hears when the resident has confirmed (the operation is signed and on its way). */
export interface PasskeyProgress {
  readonly onConfirmed?: () => void;
}

/** The account's first and every later operation: index 0 of the passkey (docs/passkey-accounts.md). */
const accountIndex = 0n;

/** Creates a passkey on this device (one prompt) and predicts its account's address from the city's factory. */
export async function makePasskey({ config, passkeys, reader }: { config: AppConfig; passkeys: PasskeySettings; reader: PublicClient }): Promise<StoredPasskey> {
  let credential: Awaited<ReturnType<typeof createWebAuthnCredential>>;
  try {
    credential = await createWebAuthnCredential({
      name: config.name,
      rp: { id: location.hostname, name: config.name },
      authenticatorSelection: { residentKey: 'required', requireResidentKey: true, userVerification: 'required' },
    });
  } catch (error) {
    throw isCancellation(error) ? new PasskeyCancelledError(error) : error;
  }
  const { x, y } = publicKeyPoint(credential.publicKey);
  const account = await reader.readContract({ address: passkeys.accountFactory, abi: polityAccountFactoryAbi, functionName: 'predictAddress', args: [x, y, accountIndex] });
  return { credentialId: credential.id, publicKey: credential.publicKey, account, factory: passkeys.accountFactory, chainId: config.chainId };
}

/**
 * A client that acts as the passkey's account: reads go to the chain; `eth_sendTransaction` becomes a
 * sponsored user operation. Each call makes a fresh client, so a cancelled prompt leaves nothing behind.
 */
export function passkeyClient(parameters: {
  config: AppConfig;
  passkeys: PasskeySettings;
  chain: Chain;
  reader: PublicClient;
  passkey: StoredPasskey;
  progress?: PasskeyProgress | undefined;
}): PolityClient {
  const { config, passkeys, chain, reader, passkey, progress } = parameters;
  const account = polityAccount({ client: reader, passkey, index: accountIndex, onSigned: () => progress?.onConfirmed?.() });
  const bundler = createBundlerClient({
    client: reader,
    chain,
    transport: customBundlerTransport(passkeys.bundlerUrl),
    paymaster: sponsorshipPaymaster({ serverUrl: config.serverUrl ?? '', paymaster: passkeys.paymaster }),
    pollingInterval: reader.pollingInterval,
  });
  return createWalletClient({
    account: passkey.account,
    chain,
    pollingInterval: reader.pollingInterval,
    transport: custom({
      async request({ method, params }: { method: string; params?: unknown }) {
        if (method === 'eth_sendTransaction') {
          const [transaction] = params as [{ to: Address; data?: Hex; input?: Hex; value?: Hex; gas?: Hex }];
          return sendAsUserOperation(bundler, account, passkeys.bundlerUrl, transaction);
        }
        if (method === 'eth_accounts' || method === 'eth_requestAccounts') return [passkey.account];
        return reader.request({ method, params } as Parameters<PublicClient['request']>[0]);
      },
    }),
  });
}

function customBundlerTransport(url: string) {
  return custom({
    async request({ method, params }: { method: string; params?: unknown }) {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) }).catch(
        (error: unknown) => {
          throw new BundlerUnreachableError(url, error);
        },
      );
      if (!response.ok && response.status >= 500) throw new BundlerUnreachableError(url, new Error(`HTTP ${response.status}`));
      const body = (await response.json()) as { result?: unknown; error?: { code: number; message: string; data?: unknown } };
      if (body.error) throw Object.assign(new Error(body.error.message), body.error);
      return body.result;
    },
  });
}

/**
 * One call, one operation: signed with one prompt, sent, and waited for. Returns the hash of the bundle
 * transaction that carried it (so the SDK reads its receipt and events as for any transaction).
 */
async function sendAsUserOperation(
  bundler: BundlerClient,
  smartAccount: Promise<SmartAccount>,
  bundlerUrl: string,
  transaction: { to: Address; data?: Hex; input?: Hex; value?: Hex; gas?: Hex },
): Promise<Hash> {
  const data = transaction.data ?? transaction.input ?? '0x';
  // The SDK estimated the call as the account and added its margin; `execute` costs a little on top.
  const callGasLimit = transaction.gas ? BigInt(transaction.gas) + 40_000n : undefined;
  let hash: Hash;
  try {
    const account = await smartAccount;
    hash = await bundler.sendUserOperation({
      account,
      calls: [{ to: transaction.to, data, value: transaction.value ? BigInt(transaction.value) : 0n }],
      ...(callGasLimit ? { callGasLimit } : {}),
      // Validation checks a P-256 signature (about 7,000 gas with the precompile, 300,000 without) and, the
      // first time, deploys the account: the bundler's estimate with a stub signature skips the former.
      verificationGasLimit: 600_000n,
    });
  } catch (error) {
    throw classify(error, bundlerUrl);
  }
  const receipt = await bundler.waitForUserOperationReceipt({ hash, timeout: 120_000 }).catch((error: unknown) => {
    throw classify(error, bundlerUrl);
  });
  if (!receipt.success) throw new UserOperationFailedError(hash, receipt.reason);
  return receipt.receipt.transactionHash;
}

function classify(error: unknown, bundlerUrl: string): unknown {
  if (isCancellation(error)) return new PasskeyCancelledError(error);
  if (error instanceof BaseError && error.walk((cause) => cause instanceof BundlerUnreachableError)) return error.walk((cause) => cause instanceof BundlerUnreachableError);
  if (error instanceof BaseError && error.walk((cause) => cause instanceof HttpRequestError || cause instanceof TimeoutError)) return new BundlerUnreachableError(bundlerUrl, error);
  return error;
}

/** A WebAuthn prompt the resident closed (or that timed out) ends in NotAllowedError or AbortError, however wrapped. */
function isCancellation(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 10; depth += 1) {
    if (current.name === 'NotAllowedError' || current.name === 'AbortError' || current.name === 'PasskeyCancelledError') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

