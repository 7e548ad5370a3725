/**
 * Finding a synced passkey's account from its sign-in assertions alone (src/account/recoverPasskey.ts):
 * the software passkey answers like a platform authenticator (DER signature over the WebAuthn payload),
 * and the city's factory and registry on anvil say which recovered key is the resident's.
 */
import { bytesToHex, keccak256, toHex, type Hex } from 'viem';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployPasskeySupport } from '../src/actions/deployment/deployPasskeySupport.js';
import { predictPolityAccountAddress } from '../src/account/predictPolityAccountAddress.js';
import {
  choosePasskeyCandidate,
  findPasskeyAccount,
  PasskeyAssertionUnreadableError,
  PasskeyCandidatesMismatchError,
  recoverPasskeyPublicKeys,
  verifyPasskeyAssertion,
  type PasskeyAssertion,
} from '../src/index.js';
import { PolityError } from '../src/chain/errors/base.js';
import { startCity, type City } from './fixture.js';
import { softwarePasskey, type SoftwarePasskey } from './passkey-authenticator.js';
import { admit } from './residents.js';

/** One sign-in prompt, as a browser hands it to the app: the response's three fields, the signature in DER. */
async function assertionOf(passkey: SoftwarePasskey, challenge: string): Promise<PasskeyAssertion> {
  const { raw } = await passkey.account.sign({ hash: keccak256(toHex(challenge)) });
  const response = raw.response as AuthenticatorAssertionResponse;
  return {
    authenticatorData: bytesToHex(new Uint8Array(response.authenticatorData)),
    clientDataJSON: new TextDecoder().decode(response.clientDataJSON),
    signature: bytesToHex(new Uint8Array(response.signature)),
  };
}

/** x ‖ y, the form the app keeps and the SDK recovers (the software passkey's key has the 0x04 prefix). */
const keyOf = (passkey: SoftwarePasskey): Hex => `0x${passkey.credential.publicKey.slice(4)}`;

describe('a passkey synced to another device', () => {
  let city: City;
  let factory: `0x${string}`;

  beforeAll(async () => {
    city = await startCity();
    ({ accountFactory: factory } = await deployPasskeySupport(city.deployer, { ...city.polity, approvalSigner: privateKeyToAccount(generatePrivateKey()).address, deposit: 0n }));
  }, 120_000);
  afterAll(async () => {
    await city?.stop();
  });

  it('gives back its real public key among at most two candidates, from a DER or an r ‖ s signature', async () => {
    for (let round = 0; round < 5; round++) {
      const passkey = softwarePasskey();
      const assertion = await assertionOf(passkey, `sign in ${round}`);
      const keys = recoverPasskeyPublicKeys(assertion);
      expect(keys.length).toBeGreaterThanOrEqual(1);
      expect(keys.length).toBeLessThanOrEqual(2);
      expect(keys).toContain(keyOf(passkey));
      // Both candidates verify the assertion they came from (that is what recovery means); only the
      // real key verifies another prompt.
      expect(keys.every((key) => verifyPasskeyAssertion(key, assertion))).toBe(true);
      const next = await assertionOf(passkey, `next ${round}`);
      expect(keys.filter((key) => verifyPasskeyAssertion(key, next))).toEqual([keyOf(passkey)]);
      // viem's r ‖ s form of the same prompt gives the same keys.
      const signed = await passkey.account.sign({ hash: keccak256(toHex(`again ${round}`)) });
      expect(recoverPasskeyPublicKeys({ authenticatorData: signed.webauthn.authenticatorData, clientDataJSON: signed.webauthn.clientDataJSON, signature: signed.signature })).toContain(keyOf(passkey));
    }
  });

  it('finds the admitted account from one prompt: the registry knows only the real key’s account', async () => {
    const passkey = softwarePasskey();
    const account = await predictPolityAccountAddress(city.publicClient, { factory, publicKey: passkey.credential.publicKey });
    await admit(city, [account]);
    const found = await findPasskeyAccount(city.publicClient, { polity: city.polity, factory, assertion: await assertionOf(passkey, 'sign in on the new phone') });
    expect(found).toEqual({ found: { publicKey: keyOf(passkey), account } });
  });

  it('asks for a second prompt when the chain knows neither account, and keeps the key that made both', async () => {
    const passkey = softwarePasskey();
    const account = await predictPolityAccountAddress(city.publicClient, { factory, publicKey: passkey.credential.publicKey });
    const first = await findPasskeyAccount(city.publicClient, { polity: city.polity, factory, assertion: await assertionOf(passkey, 'first') });
    expect(first.found).toBeUndefined();
    expect(first.candidates).toHaveLength(2);
    expect(first.candidates).toContainEqual({ publicKey: keyOf(passkey), account });
    expect(choosePasskeyCandidate(first.candidates!, await assertionOf(passkey, 'second'))).toEqual({ publicKey: keyOf(passkey), account });
    // Another passkey's answer verifies under neither candidate.
    const other = softwarePasskey();
    const otherAssertion = await assertionOf(other, 'second');
    expect(() => choosePasskeyCandidate(first.candidates!, otherAssertion)).toThrow(PasskeyCandidatesMismatchError);
  });

  it('refuses a garbage signature with a PolityError that says what is wrong', async () => {
    const passkey = softwarePasskey();
    const assertion = await assertionOf(passkey, 'garbage');
    const garbage: Hex = '0x3045deadbeef';
    let error: unknown;
    try {
      recoverPasskeyPublicKeys({ ...assertion, signature: garbage });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PasskeyAssertionUnreadableError);
    expect(error).toBeInstanceOf(PolityError);
    expect((error as Error).message).toContain('the signature is neither DER nor 64 bytes of r ‖ s');
    expect(() => recoverPasskeyPublicKeys({ ...assertion, authenticatorData: '0x1234' })).toThrow(/authenticator data is shorter than the 37 bytes/);
    await expect(findPasskeyAccount(city.publicClient, { polity: city.polity, factory, assertion: { ...assertion, signature: garbage } })).rejects.toBeInstanceOf(PasskeyAssertionUnreadableError);
  });
});
