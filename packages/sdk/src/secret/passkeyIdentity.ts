/**
 * The resident's secret-ballot identity from their passkey: one more passkey prompt asks the
 * authenticator to evaluate its PRF (WebAuthn `prf` extension, CTAP2 `hmac-secret`) on a fixed salt.
 * The output never leaves the device's memory; the identity follows from it (identity.ts).
 */
import type { Identity } from '@semaphore-protocol/identity';
import { PasskeyCancelledError } from '../account/errors.js';
import { PasskeyPrfUnsupportedError } from './errors.js';
import { identitySeedFromPrf, secretIdentityFromSeed, secretIdentityPrfSalt, type SecretIdentityPolity } from './identity.js';

export interface DeriveSecretIdentityParameters {
  readonly polity: SecretIdentityPolity;
  /** The passkey to use (base64url id); any of the site's passkeys when absent. */
  readonly credentialId?: string;
  /** The relying party; default: the page's host. */
  readonly rpId?: string;
  /** `navigator.credentials.get` by default (a test passes its own). */
  readonly getFn?: (options: CredentialRequestOptions) => Promise<Credential | null>;
}

export interface DeriveSecretIdentityReturnType {
  readonly seed: Uint8Array;
  readonly identity: Identity;
}

export type DeriveSecretIdentityErrorType = PasskeyPrfUnsupportedError | PasskeyCancelledError;

/** Asks the passkey for its PRF output and derives the resident's identity in this polity from it. */
export async function deriveSecretIdentityWithPasskey(parameters: DeriveSecretIdentityParameters): Promise<DeriveSecretIdentityReturnType> {
  const get = parameters.getFn ?? ((options: CredentialRequestOptions) => navigator.credentials.get(options));
  const publicKey: PublicKeyCredentialRequestOptions = {
    // The assertion itself is not checked by anyone: only the PRF output is used.
    challenge: crypto.getRandomValues(new Uint8Array(32)),
    userVerification: 'required',
    timeout: 120_000,
    extensions: { prf: { eval: { first: secretIdentityPrfSalt as Uint8Array<ArrayBuffer> } } },
    ...(parameters.rpId ? { rpId: parameters.rpId } : {}),
    ...(parameters.credentialId ? { allowCredentials: [{ type: 'public-key', id: base64UrlToBytes(parameters.credentialId) }] } : {}),
  };
  let credential: Credential | null;
  try {
    credential = await get({ publicKey });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'NotAllowedError') throw new PasskeyCancelledError({ cause });
    throw cause;
  }
  if (!credential) throw new PasskeyCancelledError({ cause: new Error('no passkey was chosen') });
  const first = (credential as PublicKeyCredential).getClientExtensionResults().prf?.results?.first;
  if (!first) throw new PasskeyPrfUnsupportedError();
  const prfOutput = first instanceof ArrayBuffer ? new Uint8Array(first) : new Uint8Array(first.buffer, first.byteOffset, first.byteLength);
  const seed = await identitySeedFromPrf(prfOutput, parameters.polity);
  return { seed, identity: secretIdentityFromSeed(seed) };
}

function base64UrlToBytes(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '=');
  return Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
}
