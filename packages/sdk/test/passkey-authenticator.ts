/**
 * A software passkey for Node, where there is no authenticator: a P-256 key (ox) that answers
 * `navigator.credentials.get` the way a platform authenticator does, with real `authenticatorData`
 * (the RP id's hash, flags UP and UV, a counter) and `clientDataJSON`, and a DER signature over
 * `authenticatorData ‖ sha256(clientDataJSON)`. Given to viem's `toWebAuthnAccount` as `getFn`, so the
 * SDK's signing path is the browser's down to the bytes the authenticator returns.
 */
import * as Base64 from 'ox/Base64';
import * as Bytes from 'ox/Bytes';
import * as Hex from 'ox/Hex';
import * as P256 from 'ox/P256';
import * as PublicKey from 'ox/PublicKey';
import * as Signature from 'ox/Signature';
import { Authentication } from 'ox/webauthn';
import { toWebAuthnAccount, type WebAuthnAccount } from 'viem/account-abstraction';

export interface SoftwarePasskey {
  readonly credential: { readonly id: string; readonly publicKey: `0x${string}` };
  readonly account: WebAuthnAccount;
  /** How many assertions it made (each is one prompt in a browser). */
  readonly prompts: () => number;
  /** Makes the next prompt fail as a dismissed browser prompt does (a NotAllowedError DOMException). */
  cancelNext(): void;
}

const rpId = 'localhost';
const origin = 'http://localhost:5173';

type GetFn = NonNullable<Parameters<typeof toWebAuthnAccount>[0]['getFn']>;

export function softwarePasskey(privateKey: Hex.Hex = P256.randomPrivateKey()): SoftwarePasskey {
  const publicKey = PublicKey.toHex(P256.getPublicKey({ privateKey }));
  const id = Base64.fromBytes(Bytes.random(16), { url: true, pad: false });
  let prompts = 0;
  let cancel = false;
  const getFn: GetFn = async (options) => {
    prompts++;
    if (cancel) {
      cancel = false;
      throw new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError');
    }
    const request = options?.publicKey;
    if (!request) throw new Error('the software passkey was asked without publicKey request options');
    const challenge = Hex.fromBytes(new Uint8Array(request.challenge as ArrayBuffer));
    // Flags 0x05: user present (UP) and verified (UV), as after a fingerprint, face or PIN.
    const { metadata, payload } = Authentication.getSignPayload({ challenge, rpId: request.rpId ?? rpId, origin, flag: 0x05, signCount: prompts });
    const signature = P256.sign({ payload, privateKey, hash: true });
    const buffer = (bytes: Uint8Array) => bytes.slice().buffer;
    const assertion = {
      id,
      type: 'public-key',
      response: {
        authenticatorData: buffer(Bytes.fromHex(metadata.authenticatorData)),
        clientDataJSON: buffer(Bytes.fromString(metadata.clientDataJSON)),
        signature: buffer(Signature.toDerBytes(signature)),
      },
    };
    return assertion as unknown as Awaited<ReturnType<GetFn>>;
  };
  const credential = { id, publicKey };
  return {
    credential,
    account: toWebAuthnAccount({ credential, getFn, rpId }),
    prompts: () => prompts,
    cancelNext: () => {
      cancel = true;
    },
  };
}
