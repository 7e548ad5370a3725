/**
 * Signing in with a passkey made earlier: the browser asks for the screen lock and answers with the
 * credential's id and a signed assertion. WebAuthn gives the public key only when the passkey is made,
 * so this browser finds the account from the key it kept then (`stored-passkeys.ts`); on a device the
 * passkey synced to, the assertion itself gives the key back (`synced-passkey.ts`).
 */
import { bytesToHex } from 'viem';
import type { PasskeyAssertion } from '@polity/sdk';

/** The passkey the resident chose, after their fingerprint, face or PIN. */
export interface ChosenPasskey {
  /** The credential id (base64url). */
  readonly id: string;
  /** What the authenticator signed and its signature (DER), from which the public key can be recovered. */
  readonly assertion: PasskeyAssertion;
  /** Whether the authenticator answered the PRF extension (false: the secret-ballot identity comes from words). */
  readonly prf: boolean;
}

export async function choosePasskey(): Promise<ChosenPasskey> {
  const challenge = crypto.getRandomValues(new Uint8Array(32));
  const credential = (await navigator.credentials.get({
    publicKey: {
      challenge,
      userVerification: 'required',
      timeout: 120_000,
      rpId: location.hostname,
      // Asked only to learn whether this passkey has PRF here (a device it synced to has no record of it);
      // the output is discarded, and a fixed input derives nothing the app uses.
      extensions: { prf: { eval: { first: new Uint8Array(32) } } },
    },
  })) as PublicKeyCredential | null;
  if (!credential) throw new DOMException('no passkey was chosen', 'NotAllowedError');
  const response = credential.response as AuthenticatorAssertionResponse;
  const prf = (credential.getClientExtensionResults() as { prf?: { results?: { first?: unknown } } }).prf;
  return {
    id: credential.id,
    assertion: {
      authenticatorData: bytesToHex(new Uint8Array(response.authenticatorData)),
      clientDataJSON: new TextDecoder().decode(response.clientDataJSON),
      signature: bytesToHex(new Uint8Array(response.signature)),
    },
    prf: prf?.results?.first !== undefined,
  };
}

/** A fresh random name for a new passkey's user handle (the phone lists the passkey under the app's name). */
export function randomUserId(): string {
  return bytesToHex(crypto.getRandomValues(new Uint8Array(16)));
}
