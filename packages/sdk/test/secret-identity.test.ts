import { describe, expect, it } from 'vitest';
import { Group } from '@semaphore-protocol/group';
import { verifyProof } from '@semaphore-protocol/proof';
import { bytesToHex, hexToBytes } from 'viem';
import { readProvingFiles } from '../src/secret/node.js';
import {
  checkProvingFiles,
  identitySeedFromPrf,
  NotInSecretGroupError,
  PasskeyPrfUnsupportedError,
  ProvingFileMismatchError,
  proveSecretBallot,
  recoveryPhraseFromSeed,
  SecretIdentitySeedError,
  secretIdentityBackup,
  secretIdentityFromSeed,
  seedFromRecoveryPhrase,
  seedFromSecretIdentityBackup,
  treeDepthForGroupSize,
  UnsupportedTreeDepthError,
  deriveSecretIdentityWithPasskey,
  secretIdentityPrfSalt,
  secretBallotNullifier,
} from '../src/secret/index.js';

const polity = { chainId: 31337, registry: '0x5FbDB2315678afecb367f032d93F642f64180aa3' } as const;
const prfOutput = hexToBytes('0x8f1e0c9b5a3d7e2f41c6b8a09d7e3f5c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e');

describe('a secret-ballot identity derived from a passkey PRF output', () => {
  it('is a pure function of the PRF output and the polity', async () => {
    const first = await identitySeedFromPrf(prfOutput, polity);
    const again = await identitySeedFromPrf(new Uint8Array(prfOutput), { ...polity, registry: polity.registry.toLowerCase() as `0x${string}` });
    expect(bytesToHex(again)).toBe(bytesToHex(first));
    expect(secretIdentityFromSeed(again).commitment).toBe(secretIdentityFromSeed(first).commitment);
    // Pinned: a change to the derivation would silently give every resident a new identity.
    expect(bytesToHex(first)).toBe('0xe29ca58be79df94a98de2ffb61bfd72e5ced697617d5dd3f8b5cd40875c5c55c');
  });

  it('differs between polities and between passkeys', async () => {
    const base = bytesToHex(await identitySeedFromPrf(prfOutput, polity));
    expect(bytesToHex(await identitySeedFromPrf(prfOutput, { ...polity, chainId: 1 }))).not.toBe(base);
    expect(bytesToHex(await identitySeedFromPrf(prfOutput, { ...polity, registry: '0x0000000000000000000000000000000000000001' }))).not.toBe(base);
    const otherPasskey = new Uint8Array(prfOutput);
    otherPasskey[0] = otherPasskey[0]! ^ 1;
    expect(bytesToHex(await identitySeedFromPrf(otherPasskey, polity))).not.toBe(base);
  });

  it('refuses a PRF output shorter than 32 bytes', async () => {
    await expect(identitySeedFromPrf(prfOutput.slice(0, 16), polity)).rejects.toBeInstanceOf(SecretIdentitySeedError);
  });

  it('asks the passkey for its PRF on the fixed salt, and says so when the passkey has none', async () => {
    let asked: CredentialRequestOptions | undefined;
    const withPrf = async (options: CredentialRequestOptions) => {
      asked = options;
      return { getClientExtensionResults: () => ({ prf: { results: { first: prfOutput.buffer } } }) } as unknown as Credential;
    };
    const { seed } = await deriveSecretIdentityWithPasskey({ polity, getFn: withPrf, rpId: 'localhost' });
    expect(bytesToHex(seed)).toBe(bytesToHex(await identitySeedFromPrf(prfOutput, polity)));
    expect(bytesToHex(new Uint8Array(asked!.publicKey!.extensions!.prf!.eval!.first as ArrayBuffer))).toBe(bytesToHex(secretIdentityPrfSalt));
    const withoutPrf = async () => ({ getClientExtensionResults: () => ({}) }) as unknown as Credential;
    await expect(deriveSecretIdentityWithPasskey({ polity, getFn: withoutPrf })).rejects.toBeInstanceOf(PasskeyPrfUnsupportedError);
  });
});

describe('recovering the identity without the passkey', () => {
  it('gives the same identity back from the 24-word phrase, however it is typed', async () => {
    const seed = await identitySeedFromPrf(prfOutput, polity);
    const phrase = recoveryPhraseFromSeed(seed);
    expect(phrase.split(' ')).toHaveLength(24);
    const typed = `  ${phrase.toUpperCase().replace(/ /g, '   ')}\n`;
    expect(secretIdentityFromSeed(seedFromRecoveryPhrase(typed)).commitment).toBe(secretIdentityFromSeed(seed).commitment);
  });

  it('refuses a mistyped or swapped word instead of guessing another identity', async () => {
    const words = recoveryPhraseFromSeed(await identitySeedFromPrf(prfOutput, polity)).split(' ');
    expect(() => seedFromRecoveryPhrase([...words.slice(0, 23), 'notaword'].join(' '))).toThrow(/"notaword" is not in the recovery word list/);
    expect(() => seedFromRecoveryPhrase(words.slice(0, 23).join(' '))).toThrow(/24 words; this one has 23/);
    const swapped = [...words];
    [swapped[3], swapped[17]] = [swapped[17]!, swapped[3]!];
    if (swapped.join(' ') !== words.join(' ')) expect(() => seedFromRecoveryPhrase(swapped.join(' '))).toThrow(SecretIdentitySeedError);
  });

  it('restores from a backup file only for its own polity and only unaltered', async () => {
    const seed = await identitySeedFromPrf(prfOutput, polity);
    const file = secretIdentityBackup(seed, polity);
    expect(bytesToHex(seedFromSecretIdentityBackup(file, polity))).toBe(bytesToHex(seed));
    expect(() => seedFromSecretIdentityBackup(file, { ...polity, chainId: 10 })).toThrow(/not this one/);
    const altered = JSON.parse(file) as { seed: string };
    altered.seed = `0x${'11'.repeat(32)}`;
    expect(() => seedFromSecretIdentityBackup(JSON.stringify(altered), polity)).toThrow(/altered/);
  });
});

describe('proving files', () => {
  it('uses the depth of the group\'s tree, at least 1', () => {
    expect([1, 2, 3, 1078, 1024, 1025].map(treeDepthForGroupSize)).toEqual([1, 1, 2, 11, 10, 11]);
    expect(() => treeDepthForGroupSize(2 ** 33)).toThrow(UnsupportedTreeDepthError);
  });

  it('are accepted when they are the pinned files, and refused when one byte differs', async () => {
    const files = await readProvingFiles(2);
    await expect(checkProvingFiles(files)).resolves.toBe(files);
    const zkey = new Uint8Array(files.zkey);
    zkey[zkey.length - 1] = zkey[zkey.length - 1]! ^ 1;
    const refused = checkProvingFiles({ ...files, zkey });
    await expect(refused).rejects.toBeInstanceOf(ProvingFileMismatchError);
    await expect(refused).rejects.toThrow(/semaphore-2\.zkey has SHA-256 [0-9a-f]{64}, not the pinned/);
    await expect(checkProvingFiles({ ...files, depth: 3 })).rejects.toBeInstanceOf(ProvingFileMismatchError);
  });
});

describe('a secret ballot proof', () => {
  it('proves membership for the group\'s depth, binds message and scope, and verifies', async () => {
    const identities = [1, 2, 3].map((n) => secretIdentityFromSeed(new Uint8Array(32).fill(n)));
    const group = new Group(identities.map((identity) => identity.commitment));
    const provingFiles = await readProvingFiles(treeDepthForGroupSize(group.size));
    const proof = await proveSecretBallot({ identity: identities[1]!, group, roundId: 7n, message: 42n, scope: 99n, provingFiles });
    expect(proof.merkleTreeDepth).toBe(2);
    expect(proof.merkleTreeRoot).toBe(group.root.toString());
    expect([proof.message, proof.scope]).toEqual(['42', '99']);
    expect(await verifyProof(proof)).toBe(true);
    expect(await verifyProof({ ...proof, message: '43' })).toBe(false);
    // The same identity and scope give the same nullifier, whatever the message: a later ballot replaces.
    const again = await proveSecretBallot({ identity: identities[1]!, group, roundId: 7n, message: 43n, scope: 99n, provingFiles });
    expect(again.nullifier).toBe(proof.nullifier);
    expect(secretBallotNullifier(identities[1]!, 99n).toString()).toBe(proof.nullifier);
    const outsider = secretIdentityFromSeed(new Uint8Array(32).fill(9));
    await expect(proveSecretBallot({ identity: outsider, group, roundId: 7n, message: 1n, scope: 99n, provingFiles })).rejects.toBeInstanceOf(NotInSecretGroupError);
  }, 180_000);
});
