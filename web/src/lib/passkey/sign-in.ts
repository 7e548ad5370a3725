/**
 * Signing in with a passkey made earlier: the browser asks for the screen lock and answers with the
 * credential's id. WebAuthn gives the public key only when the passkey is made, so the account is found
 * from the key kept here then (`stored-passkeys.ts`); on another browser there is none to find.
 */
import { bytesToHex } from 'viem';

/** The id (base64url) of the passkey the resident chose, after their fingerprint, face or PIN. */
export async function choosePasskey(): Promise<string> {
  const challenge = crypto.getRandomValues(new Uint8Array(32));
  const credential = (await navigator.credentials.get({
    publicKey: { challenge, userVerification: 'required', timeout: 120_000, rpId: location.hostname },
  })) as PublicKeyCredential | null;
  if (!credential) throw new DOMException('no passkey was chosen', 'NotAllowedError');
  return credential.id;
}

/** A fresh random name for a new passkey's user handle (the phone lists the passkey under the app's name). */
export function randomUserId(): string {
  return bytesToHex(crypto.getRandomValues(new Uint8Array(16)));
}
