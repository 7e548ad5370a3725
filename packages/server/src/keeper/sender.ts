/**
 * The account the keeper sends from: the city's relay account (its key in the environment variable
 * `relay.senderKeyEnv` names, never in the configuration file). The relay sends ballots from the same
 * account, so both take their nonces from viem's one process-wide nonce manager: a sync and a ballot
 * sent at the same moment get different nonces instead of replacing each other.
 */
import { createWalletClient, http, nonceManager, type Account, type Address } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import type { PolityClient } from '@polity/sdk';
import type { ServerContext } from '../context.js';

export type KeeperSender = { readonly wallet: PolityClient; readonly address: Address } | { readonly off: string };

export function keeperSender(context: ServerContext, environment: NodeJS.ProcessEnv = process.env): KeeperSender {
  const variable = context.config.relay.senderKeyEnv;
  const key = environment[variable]?.trim();
  if (!key) return { off: `the environment variable ${variable} (relay.senderKeyEnv) holds no key, so the server has no account to send syncs from` };
  if (!/^0x[0-9a-fA-F]{64}$/.test(key)) return { off: `the environment variable ${variable} (relay.senderKeyEnv) is not a private key: it must be 0x followed by 64 hexadecimal digits` };
  const account: Account = privateKeyToAccount(key as `0x${string}`, { nonceManager });
  const wallet = createWalletClient({ account, chain: context.chain.chain, transport: http(context.config.chain.rpcUrls[0]) });
  return { wallet, address: account.address };
}
