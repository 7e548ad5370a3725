/**
 * The residents CSV gives one commitment per document whatever the spreadsheet saved it as: UTF-8,
 * UTF-8 with a byte-order mark, UTF-16 with one, or windows-1250 / ISO-8859-2 named with --encoding;
 * an 8-bit file read without its encoding is refused naming it, never decoded into other characters;
 * and text is compared in Unicode NFC. ASCII and NFC UTF-8 input commits exactly as before.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { concat, keccak256, toHex, type Hex } from 'viem';
import { describe, expect, it } from 'vitest';
import { credentialCommitment } from '@polity/sdk';
import { readCsv } from '../src/csv/read.js';
import { readResidents } from '../src/csv/residents.js';
import { CliError } from '../src/errors.js';

const salt = `0x${'11'.repeat(32)}` as const;
const now = BigInt(Date.UTC(2026, 0, 1) / 1000);
const address = '0x44330ab9991f68564a60dd527d9c0e4a45cfef9e';
/** A Polish document reference, precomposed (NFC). */
const reference = 'Łódź/Świecie-ĄĘ-0042';

/** windows-1250 and ISO-8859-2 bytes of the characters above (ASCII stays itself). */
const eightBit: Record<string, Record<string, number>> = {
  'windows-1250': { Ł: 0xa3, ó: 0xf3, d: 0x64, ź: 0x9f, Ś: 0x8c, Ą: 0xa5, Ę: 0xca },
  'iso-8859-2': { Ł: 0xa3, ó: 0xf3, d: 0x64, ź: 0xbc, Ś: 0xa6, Ą: 0xa1, Ę: 0xca },
};

function encode(text: string, encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le-bom' | 'windows-1250' | 'iso-8859-2'): Uint8Array {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  if (encoding === 'utf-8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  if (encoding === 'utf-16le-bom') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const table = eightBit[encoding]!;
  return Uint8Array.from([...text].map((character) => table[character] ?? character.charCodeAt(0)));
}

function file(bytes: Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'polity-csv-')), 'residents.csv');
  writeFileSync(path, bytes);
  return path;
}

async function commitmentOf(bytes: Uint8Array, encoding?: string): Promise<Hex> {
  const table = await readCsv(file(bytes), 'residents.csv', { encodingOption: true, ...(encoding === undefined ? {} : { encoding }) });
  const { accepted, rejected } = readResidents(table, { salt, now, defaultExpiry: now + 1000n });
  expect(rejected).toEqual([]);
  return accepted[0]!.credential;
}

const csv = `address,credential\n${address},${reference}\n`;
/** keccak256(salt ‖ UTF-8 of the NFC reference): the commitment before and after this change. */
const expected = keccak256(concat([salt, toHex(reference)]));

describe('residents CSV encodings', () => {
  it('commits ASCII and NFC UTF-8 input exactly as before (salt followed by the UTF-8 bytes)', async () => {
    expect(await commitmentOf(encode(csv, 'utf-8'))).toBe(expected);
    expect(credentialCommitment(salt, ' DOC-1 ')).toBe(keccak256(concat([salt, toHex('DOC-1')])));
  });

  it.each(['utf-8-bom', 'utf-16le-bom'] as const)('gives the same commitment for the file saved as %s', async (encoding) => {
    expect(await commitmentOf(encode(csv, encoding))).toBe(expected);
  });

  it.each(['windows-1250', 'iso-8859-2'] as const)('refuses %s read as UTF-8, naming it, and commits the same with --encoding', async (encoding) => {
    const bytes = encode(csv, encoding);
    const refusal = await readCsv(file(bytes), 'residents.csv', { encodingOption: true }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(CliError);
    expect((refusal as CliError).message).toMatch(new RegExp(`^residents\\.csv is not UTF-8: byte 0x[0-9A-F]{2} on line 2 is not valid UTF-8; it looks like ${encoding === 'windows-1250' ? 'windows-1250' : 'ISO-8859-2'}`));
    expect((refusal as CliError).hint).toBe(`Pass --encoding ${encoding} if that is its encoding, or convert the file to UTF-8 (in a spreadsheet: Save As, "CSV UTF-8").`);
    expect(await commitmentOf(bytes, encoding)).toBe(expected);
  });

  it('commits a reference typed with combining accents as the precomposed one (Unicode NFC)', async () => {
    const decomposed = reference.normalize('NFD');
    expect(decomposed).not.toBe(reference);
    expect(await commitmentOf(encode(`address,credential\n${address},${decomposed}\n`, 'utf-8'))).toBe(expected);
    expect(credentialCommitment(salt, decomposed)).toBe(expected);
  });

  it('refuses a file in an 8-bit encoding when the command has no --encoding, saying how to convert it', async () => {
    const refusal = await readCsv(file(encode(csv, 'windows-1250')), 'projects.csv').then(
      () => undefined,
      (error: unknown) => error as CliError,
    );
    expect(refusal?.hint).toBe('Convert the file to UTF-8 (in a spreadsheet: Save As, "CSV UTF-8").');
  });
});
