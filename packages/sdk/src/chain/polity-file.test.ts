import { describe, expect, test } from 'vitest';
import { PolityInvalidInputError } from './errors/base.js';
import { parsePolityFile, PolityFileError, stringifyPolityFile } from './polity-file.js';
import { requirePolity } from './polity.js';

/** What `polity deploy` (packages/cli/src/polity-file.ts) writes: addresses, the block as a string. */
const written = {
  name: 'Wesoła',
  factory: '0x5fbdb2315678afecb367f032d93f642f64180aa3',
  genesis: `0x${'ab'.repeat(32)}`,
  polity: {
    chainId: 31337,
    registry: '0x1000000000000000000000000000000000000001',
    governor: '0x1000000000000000000000000000000000000002',
    timelock: '0x1000000000000000000000000000000000000003',
    rounds: '0x1000000000000000000000000000000000000004',
    results: '0x1000000000000000000000000000000000000005',
    escrow: '0x1000000000000000000000000000000000000006',
    deployedAtBlock: '42',
  },
};

describe('polity files', () => {
  test('the CLI’s format reads into the addresses every action takes, the block as a bigint, and writes back the same', () => {
    const file = parsePolityFile(JSON.stringify(written));
    expect(file.polity.deployedAtBlock).toBe(42n);
    expect(file.factory).toBe('0x5FbDB2315678afecb367f032d93F642f64180aa3');
    expect(file.name).toBe('Wesoła');
    expect(JSON.parse(stringifyPolityFile(file))).toEqual({ ...written, factory: file.factory });
    expect(parsePolityFile(written)).toEqual(file);
  });

  test.each([
    ['not JSON', '{"name":', /the polity file p\.json is not JSON/],
    ['no polity', { name: 'x' }, /the polity file p\.json \(polity\) has no "polity" object/],
    ['a bad address', { ...written, polity: { ...written.polity, rounds: '0x12' } }, /\(polity\.rounds\) "0x12" is not an address/],
    ['a mistyped checksum', { ...written, polity: { ...written.polity, rounds: '0x5FbDB2315678afecb367f032d93F642f64180aA3' } }, /\(polity\.rounds\) .* has a wrong checksum/],
    ['no chain id', { ...written, polity: { ...written.polity, chainId: '31337' } }, /\(polity\.chainId\) "31337" is not a chain id/],
    ['a bad block', { ...written, polity: { ...written.polity, deployedAtBlock: '0x2a' } }, /\(polity\.deployedAtBlock\) holds "0x2a", not a block number/],
    ['a bad genesis', { ...written, genesis: '0x1' }, /\(genesis\) holds "0x1", not a block hash/],
  ])('%s is refused with the file and the field named', (_, content, message) => {
    const parse = () => parsePolityFile(typeof content === 'string' ? content : JSON.stringify(content), { source: 'p.json' });
    expect(parse).toThrow(PolityFileError);
    expect(parse).toThrow(message);
    expect(parse).toThrow(/use the file `polity deploy` wrote/);
  });

  test('a polity whose block is still a string (JSON.parse of the file) is refused with the way out', () => {
    const polity = written.polity as unknown;
    expect(() => requirePolity(polity)).toThrow(PolityInvalidInputError);
    expect(() => requirePolity(polity)).toThrow('polity.deployedAtBlock: "42" is not a block number (a bigint): a polity file stores it as a string: read the file with loadPolityFile');
  });
});
