/**
 * The key the server signs approvals with: read once from the environment variable the configuration
 * names (never from the configuration file, which is often shared). When sponsorship is off or a
 * setting is missing, every approval answers 503 with a message for the city's IT staff naming it.
 */
import type { Address, LocalAccount } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import type { ServerConfig } from '../config.js';
import { SponsorshipUnavailableError } from './errors.js';

export type SponsorSigner = { readonly ready: true; readonly account: LocalAccount; readonly paymaster: Address } | { readonly ready: false; readonly reason: string };

export function sponsorSigner(config: ServerConfig['sponsorship'], environment: NodeJS.ProcessEnv = process.env): SponsorSigner {
  if (!config.enabled) {
    return { ready: false, reason: 'this city does not pay for residents\' transactions: the server\'s setting sponsorship.enabled is false (the city\'s IT staff can turn it on)' };
  }
  if (!config.paymaster) {
    return { ready: false, reason: "sponsorship is on but sponsorship.paymaster is not set: the city's IT staff must put the paymaster contract's address in the server's configuration" };
  }
  const key = environment[config.signerKeyEnv]?.trim();
  if (!key) {
    return {
      ready: false,
      reason: `sponsorship is on but the environment variable ${config.signerKeyEnv} (named by sponsorship.signerKeyEnv) holds no signing key: the city's IT staff must set it to the paymaster signer's private key and restart the server`,
    };
  }
  if (!/^0x[0-9a-fA-F]{64}$/.test(key)) {
    return {
      ready: false,
      reason: `the environment variable ${config.signerKeyEnv} (named by sponsorship.signerKeyEnv) is not a private key: it must be 0x followed by 64 hexadecimal digits`,
    };
  }
  return { ready: true, account: privateKeyToAccount(key as `0x${string}`), paymaster: config.paymaster };
}

/** The signer, or the 503 that says which setting is missing. */
export function requireSigner(signer: SponsorSigner): { account: LocalAccount; paymaster: Address } {
  if (!signer.ready) throw new SponsorshipUnavailableError(signer.reason);
  return signer;
}
