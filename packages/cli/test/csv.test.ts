/** Reading the council's CSV files: what is accepted, and each refusal with its line and reason. */
import { concat, keccak256, toHex } from 'viem';
import { describe, expect, it } from 'vitest';
import { readProjects } from '../src/csv/projects.js';
import { parseCsv } from '../src/csv/read.js';
import { credentialCommitment } from '@polity/sdk';
import { readResidents } from '../src/csv/residents.js';
import { CliError } from '../src/errors.js';

const salt = `0x${'11'.repeat(32)}` as const;
const now = BigInt(Date.UTC(2026, 0, 1) / 1000);

describe('CSV files', () => {
  it('reads comma- or semicolon-separated files with a byte-order mark, quoted commas and line numbers', () => {
    const table = parseCsv('\uFEFFTitle;Cost;Description\n"Park; with trees";1 000;"two\nlines"\n\nBench;500;x\n', 'p.csv');
    expect(table.columns).toEqual(['title', 'cost', 'description']);
    expect(table.rows.map((row) => [row.line, row.fields['title']])).toEqual([
      [3, 'Park; with trees'],
      [5, 'Bench'],
    ]);
  });

  it('names the line where an unclosed quote opens', () => {
    expect(() => parseCsv('title,cost\n"Park,100\nBench,5\n', 'p.csv')).toThrow('p.csv: line 2: not valid CSV: a quote opens here and is never closed');
  });

  it('hashes each credential with the salt, so the reference itself is never sent', () => {
    const { accepted } = readResidents(parseCsv('address,credential\n0x44330ab9991f68564a60dd527d9c0e4a45cfef9e, DOC-1 \n', 'r.csv'), { salt, now, defaultExpiry: now + 1000n });
    expect(accepted[0]).toMatchObject({ line: 2, account: '0x44330aB9991F68564A60Dd527D9c0e4a45cFef9E', district: 0, expiresAt: now + 1000n });
    expect(accepted[0]!.credential).toBe(keccak256(concat([salt, toHex('DOC-1')])));
    expect(credentialCommitment(salt, 'DOC-1')).not.toBe(credentialCommitment(`0x${'22'.repeat(32)}`, 'DOC-1'));
  });

  it('takes a 32-byte commitment computed elsewhere as it is, and refuses a zero one', () => {
    const commitment = `0x${'AB'.repeat(32)}`;
    const { accepted, rejected } = readResidents(
      parseCsv(`address,credential\n0x44330ab9991f68564a60dd527d9c0e4a45cfef9e,${commitment}\n0xb68c464e873cb96f9de11d93a9fd9174c84eb043,0x${'0'.repeat(64)}\n`, 'r.csv'),
      { salt, now, defaultExpiry: now + 1n },
    );
    expect(accepted[0]!.credential).toBe(commitment.toLowerCase());
    expect(rejected).toEqual([{ line: 3, reason: 'the credential is zero, which commits to nothing' }]);
  });

  it('refuses dates that are not in the calendar and rows without an expiry', () => {
    const { rejected } = readResidents(
      parseCsv('address,credential,expires\n0x44330ab9991f68564a60dd527d9c0e4a45cfef9e,A,2027-02-30\n0xb68c464e873cb96f9de11d93a9fd9174c84eb043,B,\n0x4229d446eedef40bb3e62474326cf444ac4def38,C,2027-02-28T12:00:00+02:00\n', 'r.csv'),
      { salt, now },
    );
    expect(rejected).toEqual([
      { line: 2, reason: "expires '2027-02-30' is not a date in the calendar" },
      { line: 3, reason: 'no expiry date: fill the expires column or pass --expires' },
    ]);
  });

  it('reads projects: costs with separators, locations in one column or two, categories in order of appearance', () => {
    const { accepted, rejected, categories } = readProjects(
      parseCsv('title,cost,category,latitude,longitude\nPark,"12,500",parks,52.1,21.2\nBench,12 500,,,\nLamp,1_000,light,,\n', 'p.csv'),
      20_000n,
    );
    expect(rejected).toEqual([]);
    expect(accepted.map((row) => [row.title, row.cost, row.category, row.location])).toEqual([
      ['Park', 12_500n, 'parks', { latitude: 52.1, longitude: 21.2 }],
      ['Bench', 12_500n, 'general', undefined],
      ['Lamp', 1_000n, 'light', undefined],
    ]);
    expect(categories).toEqual(['parks', 'general', 'light']);
    expect(accepted[0]!.contentHash).toBe(keccak256(toHex('# Park\n')));
  });

  it('refuses a header without the required columns, naming those it has', () => {
    expect(() => readProjects(parseCsv('name,price\nPark,100\n', 'p.csv'), 1000n)).toThrow(CliError);
    expect(() => readProjects(parseCsv('name,price\nPark,100\n', 'p.csv'), 1000n)).toThrow("p.csv: line 1: the header has no 'title', 'cost' columns (it has 'name', 'price')");
  });
});
