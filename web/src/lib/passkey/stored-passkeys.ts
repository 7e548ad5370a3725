/**
 * The passkeys this browser made or signed in with, kept in localStorage so that a resident comes back
 * signed in. Only public things are kept: the passkey's credential id and public key (the private key
 * never leaves the phone's authenticator) and the account's address, which follows from the key.
 */
import { getAddress, isAddress, isHex, type Address, type Hex } from 'viem';

export interface StoredPasskey {
  /** The WebAuthn credential id (base64url), as the authenticator knows it. */
  readonly credentialId: string;
  /** The P-256 public key, x ‖ y (64 bytes). */
  readonly publicKey: Hex;
  /** The resident's account, predicted from the key by the city's account factory. */
  readonly account: Address;
  readonly factory: Address;
  readonly chainId: number;
  /**
   * Whether the authenticator enabled the PRF extension when the passkey was made (false: the
   * resident's secret-ballot identity comes from a recovery phrase instead; undefined: not said).
   */
  readonly prf?: boolean;
}

const key = 'polity.passkeys';
const currentKey = 'polity.passkey';

function valid(entry: unknown): entry is StoredPasskey {
  const candidate = entry as Partial<StoredPasskey> | null;
  return (
    typeof candidate?.credentialId === 'string' &&
    isHex(candidate.publicKey) &&
    candidate.publicKey.length === 130 &&
    typeof candidate.account === 'string' &&
    isAddress(candidate.account, { strict: false }) &&
    typeof candidate.factory === 'string' &&
    isAddress(candidate.factory, { strict: false }) &&
    Number.isSafeInteger(candidate.chainId)
  );
}

/** Every passkey kept here (a damaged entry is skipped, never thrown). */
export function storedPasskeys(): StoredPasskey[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(valid).map((entry) => ({ ...entry, account: getAddress(entry.account), factory: getAddress(entry.factory) })) : [];
  } catch {
    return [];
  }
}

/** The passkey of a credential id, for this polity's chain and factory. */
export function findPasskey(credentialId: string, chainId: number, factory: Address): StoredPasskey | undefined {
  return storedPasskeys().find((entry) => entry.credentialId === credentialId && entry.chainId === chainId && entry.factory === factory);
}

export function keepPasskey(passkey: StoredPasskey): void {
  const others = storedPasskeys().filter((entry) => !(entry.credentialId === passkey.credentialId && entry.chainId === passkey.chainId && entry.factory === passkey.factory));
  localStorage.setItem(key, JSON.stringify([...others, passkey]));
}

/** The passkey the resident is signed in with (until they sign out), if any. */
export function currentPasskeyId(): string | undefined {
  return localStorage.getItem(currentKey) ?? undefined;
}

export function setCurrentPasskey(credentialId: string | undefined): void {
  if (credentialId === undefined) localStorage.removeItem(currentKey);
  else localStorage.setItem(currentKey, credentialId);
}
