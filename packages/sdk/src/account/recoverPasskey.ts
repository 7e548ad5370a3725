/**
 * Finding a passkey's account on a device the passkey synced to (Google Password Manager, iCloud
 * Keychain). WebAuthn returns the public key only when the passkey is made, so another device knows just
 * the credential id; but every sign-in assertion is an ECDSA signature, and an ECDSA signature gives back
 * its public key up to two candidates (one per parity of the nonce point's y). Each candidate predicts a
 * counterfactual account; the one the registry knows, or that has code, is the resident's. When neither
 * does (a passkey whose account never acted and was never admitted), a second assertion settles it: only
 * the real key verifies both.
 */
import * as Hex from 'ox/Hex';
import * as P256 from 'ox/P256';
import * as PublicKey from 'ox/PublicKey';
import * as Signature from 'ox/Signature';
import { sha256 } from 'viem';
import { getCode } from 'viem/actions';
import type { Address, Hex as ViemHex } from 'viem';
import { getResident } from '../actions/membership/getResident.js';
import { PolityError } from '../chain/errors/base.js';
import type { PolityActionParameters, PolityClient } from '../chain/client.js';
import { predictPolityAccountAddress } from './predictPolityAccountAddress.js';

/** What `navigator.credentials.get` answers (its `response`), as hex and text. */
export interface PasskeyAssertion {
  readonly authenticatorData: ViemHex;
  /** The client data as the browser serialised it (UTF-8 text, signed byte for byte). */
  readonly clientDataJSON: string;
  /** The authenticator's signature: DER (as browsers return it) or r ‖ s (64 bytes). */
  readonly signature: ViemHex;
}

/** A key the assertion could have come from, and the account it would own. */
export interface PasskeyAccountCandidate {
  /** x ‖ y (64 bytes), the form `createPasskey` and `predictPolityAccountAddress` use. */
  readonly publicKey: ViemHex;
  readonly account: Address;
}

/** The assertion cannot be read or gives back no key: it is not a WebAuthn P-256 assertion, or it was altered. */
export class PasskeyAssertionUnreadableError extends PolityError {
  override name = 'PasskeyAssertionUnreadableError';

  constructor(reason: string, options?: { cause?: unknown }) {
    super(`the passkey's answer cannot be used to find its key (${reason}): sign in again with the passkey; if this repeats, the device's passkey is not a P-256 (ES256) passkey`, options);
  }
}

/** A second assertion verifies under none of the candidates: it came from another passkey than the first. */
export class PasskeyCandidatesMismatchError extends PolityError {
  override name = 'PasskeyCandidatesMismatchError';

  constructor() {
    super('the second passkey answer was not signed by the same passkey as the first: choose the same passkey both times');
  }
}

/** What the authenticator signed: sha256(authenticatorData ‖ sha256(clientDataJSON)) (WebAuthn § 6.3.3). */
function signedDigest(assertion: PasskeyAssertion): ViemHex {
  return sha256(Hex.concat(assertion.authenticatorData, sha256(Hex.fromString(assertion.clientDataJSON))));
}

function readSignature(signature: ViemHex): Signature.Signature<false> {
  if (!Hex.validate(signature, { strict: true })) throw new PasskeyAssertionUnreadableError('the signature is not hex');
  if (Hex.size(signature) === 64) {
    const { r, s } = Signature.fromHex(signature);
    return { r, s };
  }
  try {
    return Signature.fromDerHex(signature);
  } catch (cause) {
    throw new PasskeyAssertionUnreadableError('the signature is neither DER nor 64 bytes of r ‖ s', { cause });
  }
}

/** The signature with s in low form, as ox's `P256.verify` requires (the same signature otherwise). */
function lowS({ r, s }: Signature.Signature<false>): Signature.Signature<false> {
  return { r, s: new P256.noble.Signature(r, s).normalizeS().s };
}

/**
 * The public keys that could have made this assertion: two for a valid one (one when a candidate is
 * not a point on the curve). Throws {@link PasskeyAssertionUnreadableError} when none can be recovered.
 */
export function recoverPasskeyPublicKeys(assertion: PasskeyAssertion): ViemHex[] {
  if (!Hex.validate(assertion.authenticatorData, { strict: true }) || Hex.size(assertion.authenticatorData) < 37) {
    throw new PasskeyAssertionUnreadableError('the authenticator data is shorter than the 37 bytes WebAuthn defines');
  }
  const payload = signedDigest(assertion);
  const signature = readSignature(assertion.signature);
  const keys: ViemHex[] = [];
  for (const yParity of [0, 1]) {
    try {
      const key = PublicKey.toHex(P256.recoverPublicKey({ payload, signature: { ...signature, yParity } }), { includePrefix: false });
      if (!keys.includes(key)) keys.push(key);
    } catch {
      // This parity gives no point on the curve (or r, s are out of range): not a candidate.
    }
  }
  if (keys.length === 0) throw new PasskeyAssertionUnreadableError('no public key gives this signature');
  return keys;
}

/** Whether `publicKey` (x ‖ y) made this assertion. */
export function verifyPasskeyAssertion(publicKey: ViemHex, assertion: PasskeyAssertion): boolean {
  try {
    return P256.verify({ payload: signedDigest(assertion), publicKey: PublicKey.fromHex(publicKey), signature: lowS(readSignature(assertion.signature)) });
  } catch {
    return false;
  }
}

export interface FindPasskeyAccountParameters extends PolityActionParameters {
  /** The city's `PolityAccountFactory`. */
  readonly factory: Address;
  /** The account index (0 unless the resident made several accounts with one passkey). */
  readonly index?: bigint;
  readonly assertion: PasskeyAssertion;
}

export type FindPasskeyAccountReturnType =
  /** The chain told which candidate it is: the registry knows its account, or the account has code. */
  | { readonly found: PasskeyAccountCandidate; readonly candidates?: undefined }
  /** The chain knows neither account: ask for a second assertion and keep the candidate it verifies ({@link choosePasskeyCandidate}). */
  | { readonly found?: undefined; readonly candidates: readonly PasskeyAccountCandidate[] };

/**
 * The account of the passkey that made `assertion`, from the chain alone: recovers the candidate keys,
 * predicts each one's account, and keeps the one the registry has a record of (admitted, revoked or
 * expired) or that is deployed.
 */
export async function findPasskeyAccount(client: PolityClient, parameters: FindPasskeyAccountParameters): Promise<FindPasskeyAccountReturnType> {
  const keys = recoverPasskeyPublicKeys(parameters.assertion);
  const candidates = await Promise.all(
    keys.map(async (publicKey): Promise<PasskeyAccountCandidate> => ({
      publicKey,
      account: await predictPolityAccountAddress(client, { factory: parameters.factory, publicKey, index: parameters.index ?? 0n }),
    })),
  );
  const known = await Promise.all(
    candidates.map(async ({ account }) => {
      const [resident, code] = await Promise.all([getResident(client, { polity: parameters.polity, account }), getCode(client, { address: account })]);
      return resident.member || resident.expiresAt > 0 || (code !== undefined && code !== '0x');
    }),
  );
  const chosen = candidates.filter((_, at) => known[at]);
  if (chosen.length === 1) return { found: chosen[0]! };
  if (candidates.length === 1) return { found: candidates[0]! };
  return { candidates };
}

/** The one candidate that also made `assertion` (a second prompt of the same passkey). */
export function choosePasskeyCandidate(candidates: readonly PasskeyAccountCandidate[], assertion: PasskeyAssertion): PasskeyAccountCandidate {
  const verified = candidates.filter(({ publicKey }) => verifyPasskeyAssertion(publicKey, assertion));
  if (verified.length !== 1) throw new PasskeyCandidatesMismatchError();
  return verified[0]!;
}
