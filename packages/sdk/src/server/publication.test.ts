import { keccak256, toHex, verifyTypedData } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { describe, expect, it } from 'vitest';
import { contentBytes, contentHash, publicationDomain, publicationTypedData } from './publication.js';

const account = privateKeyToAccount('0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d');
const polity = { chainId: 31337, registry: '0x5FbDB2315678afecb367f032d93F642f64180aa3' } as const;

describe('publicationTypedData', () => {
  it('is what the publisher signs and anyone verifies, for one polity only', async () => {
    const publication = { contentHash: contentHash('# A bench'), publisher: account.address, signedAt: 1_767_225_600n };
    const signature = await account.signTypedData(publicationTypedData(polity, publication));
    expect(await verifyTypedData({ address: account.address, signature, ...publicationTypedData(polity, publication) })).toBe(true);
    expect(await verifyTypedData({ address: account.address, signature, ...publicationTypedData({ ...polity, chainId: 1 }, publication) })).toBe(false);
    expect(await verifyTypedData({ address: account.address, signature, ...publicationTypedData(polity, { ...publication, signedAt: 1_767_225_601n }) })).toBe(false);
    expect(await verifyTypedData({ address: account.address, signature, ...publicationTypedData(polity, { ...publication, contentHash: contentHash('# Another bench') }) })).toBe(false);
  });

  it("names the polity's registry and chain in the 'Polity content' domain", () => {
    expect(publicationDomain(polity)).toEqual({ name: 'Polity content', version: '1', chainId: 31337, verifyingContract: polity.registry });
    expect(publicationTypedData(polity, { contentHash: contentHash('x'), publisher: account.address, signedAt: 1n }).types.Publication.map((field) => `${field.type} ${field.name}`)).toEqual([
      'bytes32 contentHash',
      'address publisher',
      'uint64 signedAt',
    ]);
  });
});

describe('contentHash', () => {
  it("is the chain's hash: keccak256 of the UTF-8 bytes of a text, or of the bytes given", () => {
    expect(contentHash('Łąka nad rzeką')).toBe(keccak256(toHex('Łąka nad rzeką')));
    expect(contentHash(Uint8Array.from([1, 2, 3]))).toBe(keccak256(Uint8Array.from([1, 2, 3])));
    expect(contentBytes('é')).toEqual(Uint8Array.from([0xc3, 0xa9]));
  });
});
