import { createWebAuthnCredential, type CreateWebAuthnCredentialParameters, type P256Credential } from 'viem/account-abstraction';
import { signWithPasskeyErrors } from './signWithPasskey.js';
import type { PasskeyCancelledError } from './errors.js';

export type CreatePasskeyParameters = CreateWebAuthnCredentialParameters;

/** The new passkey: `id` to sign with it later, `publicKey` for the account's address. */
export type CreatePasskeyReturnType = P256Credential;

export type CreatePasskeyErrorType = PasskeyCancelledError | Error;

/**
 * Creates a resident's passkey (viem's `createWebAuthnCredential`) with Polity's defaults: the device
 * must verify the user (fingerprint, face or PIN: the account refuses assertions without the UV flag)
 * and keep the credential as a discoverable (resident) key, so the resident can sign in again on this
 * device without typing anything. Other options pass through (`name`, `rp`, `createFn` for tests).
 * A dismissed prompt is a {@link PasskeyCancelledError}.
 */
export async function createPasskey(parameters: CreatePasskeyParameters): Promise<CreatePasskeyReturnType> {
  return signWithPasskeyErrors(() =>
    createWebAuthnCredential({
      ...parameters,
      authenticatorSelection: { ...parameters.authenticatorSelection, residentKey: 'required', requireResidentKey: true, userVerification: 'required' },
    } as CreateWebAuthnCredentialParameters),
  );
}
