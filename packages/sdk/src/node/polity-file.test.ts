import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { PolityFileError } from '../chain/polity-file.js';
import { loadPolityFile } from './polity-file.js';

describe('loadPolityFile', () => {
  const folder = mkdtempSync(join(tmpdir(), 'polity-file-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test('reads the file polity deploy writes, and names a missing or damaged file', async () => {
    const path = join(folder, 'wesola.json');
    const polity = { chainId: 31337, registry: '0x1000000000000000000000000000000000000001', governor: '0x1000000000000000000000000000000000000002', timelock: '0x1000000000000000000000000000000000000003', rounds: '0x1000000000000000000000000000000000000004', results: '0x1000000000000000000000000000000000000005', escrow: '0x1000000000000000000000000000000000000006', deployedAtBlock: '7' };
    writeFileSync(path, JSON.stringify({ name: 'Wesoła', polity }));
    await expect(loadPolityFile(path)).resolves.toMatchObject({ name: 'Wesoła', polity: { deployedAtBlock: 7n, escrow: polity.escrow } });

    const missing = loadPolityFile(join(folder, 'nope.json'));
    await expect(missing).rejects.toThrow(PolityFileError);
    await expect(missing).rejects.toThrow(`the polity file ${join(folder, 'nope.json')} does not exist (\`polity deploy\` writes it to .polity/<name>.json)`);

    writeFileSync(path, JSON.stringify({ name: 'Wesoła', polity: { ...polity, escrow: undefined } }));
    await expect(loadPolityFile(path)).rejects.toThrow(`the polity file ${path} (polity.escrow) undefined is not an address`);
  });
});
