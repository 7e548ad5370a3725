import { createWebAuthnCredential, type CreateWebAuthnCredentialParameters, type P256Credential } from 'viem/account-abstraction';
import { signWithPasskeyErrors } from './signWithPasskey.js';
import type { PasskeyCancelledError } from './errors.js';

export type CreatePasskeyParameters = CreateWebAuthnCredentialParameters;

/** The new passkey: `id` to sign with it later, `publicKey` for the account's address. */
export type CreatePasskeyReturnType = P256Credential & {
  /**
   * Whether the authenticator enabled the WebAuthn PRF extension for this passkey (true), said it
   * cannot (false), or did not say (undefined: an older browser or authenticator; asking the passkey
   * for its PRF later tells for sure). Without PRF, no secret-ballot identity can be derived from the
   * passkey: the app offers a recovery phrase instead (docs/secret-ballots.md).
   */
  readonly prf: boolean | undefined;
};

export type CreatePasskeyErrorType = PasskeyCancelledError | Error;

/**
 * Creates a resident's passkey (viem's `createWebAuthnCredential`) with Polity's defaults: the device
 * must verify the user (fingerprint, face or PIN: the account refuses assertions without the UV flag)
 * and keep the credential as a discoverable (resident) key, so the resident can sign in again on this
 * device without typing anything. The PRF extension is requested at creation, because some
 * authenticators enable it (CTAP2 `hmac-secret`) only then: the resident's secret-ballot identity is
 * derived from it later. Other options pass through (`name`, `rp`, `createFn` for tests).
 * A dismissed prompt is a {@link PasskeyCancelledError}.
 */
export async function createPasskey(parameters: CreatePasskeyParameters): Promise<CreatePasskeyReturnType> {
  const credential = await signWithPasskeyErrors(() =>
    createWebAuthnCredential({
      ...parameters,
      authenticatorSelection: { ...parameters.authenticatorSelection, residentKey: 'required', requireResidentKey: true, userVerification: 'required' },
      extensions: { ...parameters.extensions, prf: {} },
    } as CreateWebAuthnCredentialParameters),
  );
  return { ...credential, prf: prfEnabled(credential.raw) };
}

function prfEnabled(raw: P256Credential['raw']): boolean | undefined {
  const results = (raw as Partial<Pick<PublicKeyCredential, 'getClientExtensionResults'>>).getClientExtensionResults?.();
  return results?.prf?.enabled;
}
