/**
 * A resident's passkey account as the app uses it: making the passkey, and a PolityClient whose every
 * transaction is sent as one ERC-4337 user operation of the resident's `PolityAccount`, paid by the
 * city's paymaster after its server approved it, signed with one passkey prompt (the SDK's
 * `toPolityAccount`, `polityPaymaster` and `sendPolityCalls`). The SDK's write actions (castBallot,
 * delegateOnTopic, castVote, …) run unchanged on that client: they simulate as the account, estimate,
 * and "send a transaction", which becomes the user operation; the bundle's transaction hash comes back
 * once the operation succeeded, and its receipt carries the action's events. Texts the resident
 * publishes are signed by the account too (ERC-7739 in ERC-6492 until the account is deployed).
 * See docs/passkey-accounts.md for the contracts and docs/web.md for the flow.
 */
import { createWalletClient, custom, http, serializeErc6492Signature, type Address, type Chain, type Hash, type Hex, type PublicClient, type TypedDataDefinition } from 'viem';
import { createBundlerClient, toWebAuthnAccount, type WebAuthnAccount } from 'viem/account-abstraction';
import { createPasskey, polityPaymaster, predictPolityAccountAddress, sendPolityCalls, toPolityAccount, type PolityClient } from '@polity/sdk';
import type { AppConfig, PasskeySettings } from '$lib/config';
import type { StoredPasskey } from './stored-passkeys';

/** Hears when the resident has confirmed (the operation is signed and on its way). */
export interface PasskeyProgress {
  readonly onConfirmed?: () => void;
}

/** The passkey's first account (docs/passkey-accounts.md: one passkey can have several). */
const accountIndex = 0n;

/** Creates a passkey on this device (one prompt) and predicts its account's address from the city's factory. */
export async function makePasskey({ config, passkeys, reader }: { config: AppConfig; passkeys: PasskeySettings; reader: PublicClient }): Promise<StoredPasskey> {
  const credential = await createPasskey({ name: config.name, rp: { id: location.hostname, name: config.name } });
  const account = await predictPolityAccountAddress(reader, { factory: passkeys.accountFactory, publicKey: credential.publicKey, index: accountIndex });
  return { credentialId: credential.id, publicKey: credential.publicKey, account, factory: passkeys.accountFactory, chainId: config.chainId, ...(credential.prf === undefined ? {} : { prf: credential.prf }) };
}

/**
 * A client that acts as the passkey's account: reads go to the chain; `eth_sendTransaction` becomes a
 * sponsored user operation and `eth_signTypedData_v4` the account's signature. Each action gets a fresh
 * client, so a cancelled prompt leaves nothing behind.
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
  const owner = confirming(toWebAuthnAccount({ credential: { id: passkey.credentialId, publicKey: passkey.publicKey }, rpId: location.hostname }), progress);
  const account = toPolityAccount({ client: reader, owner, factory: passkey.factory, index: accountIndex, address: passkey.account });
  const bundlerClient = createBundlerClient({
    client: reader,
    chain,
    transport: http(passkeys.bundlerUrl, { retryCount: 0, timeout: 60_000 }),
    paymaster: polityPaymaster({ serverUrl: config.serverUrl ?? '', paymaster: passkeys.paymaster }),
    pollingInterval: reader.pollingInterval,
  });

  async function send(transaction: { to: Address; data?: Hex; input?: Hex }): Promise<Hash> {
    const { transactionHash } = await sendPolityCalls({ bundlerClient, account: await account, calls: [{ to: transaction.to, data: transaction.data ?? transaction.input ?? '0x' }] });
    return transactionHash;
  }

  async function signTypedData(json: string): Promise<Hex> {
    const smartAccount = await account;
    const signature = await smartAccount.signTypedData(JSON.parse(json) as TypedDataDefinition);
    // Until its first action deploys it, the account is checked through its factory (ERC-6492).
    if (await reader.getCode({ address: passkey.account })) return signature;
    const { factory, factoryData } = await smartAccount.getFactoryArgs();
    return factory && factoryData ? serializeErc6492Signature({ address: factory, data: factoryData, signature }) : signature;
  }

  return createWalletClient({
    account: passkey.account,
    chain,
    pollingInterval: reader.pollingInterval,
    transport: custom({
      async request({ method, params }: { method: string; params?: unknown }) {
        if (method === 'eth_sendTransaction') return send((params as [{ to: Address; data?: Hex; input?: Hex }])[0]);
        if (method === 'eth_signTypedData_v4') return signTypedData((params as [Address, string])[1]);
        if (method === 'eth_accounts' || method === 'eth_requestAccounts') return [passkey.account];
        return reader.request({ method, params } as Parameters<PublicClient['request']>[0]);
      },
    }),
  });
}

/** The passkey, telling `progress` once the resident has confirmed a signature. */
function confirming(owner: WebAuthnAccount, progress: PasskeyProgress | undefined): WebAuthnAccount {
  return {
    ...owner,
    async sign(parameters) {
      const signed = await owner.sign(parameters);
      progress?.onConfirmed?.();
      return signed;
    },
  };
}

