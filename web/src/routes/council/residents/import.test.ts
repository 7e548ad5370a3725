import { describe, expect, it } from 'vitest';
import { credentialCommitment } from '@polity/sdk';
import { residentCode } from '$lib/passkey/resident-code';
import { previewImport } from './import';

const districts = { 0: 'Whole city', 1: 'Stara Miłosna', 2: 'Centrum' };
const now = Date.parse('2026-01-01T00:00:00Z') / 1000;
const salt = `0x${'5a'.repeat(32)}` as const;

describe('previewImport', () => {
  it('accepts good rows, with districts by number or name and credentials as text or commitments', () => {
    const { admissions, rejected } = previewImport(
      [
        { address: '0x90F79bf6EB2c4f870365E785982E1f101E93b906', district: '1', expires: '2030-12-31', credential: 'ID-1234' },
        { address: '0x15d34aaf54267db7d7c367839aaf71a00a2c6a65', district: 'centrum', expires: '2030-12-31', credential: `0x${'ab'.repeat(32)}` },
      ],
      { districts, now, salt },
    );
    expect(rejected).toEqual([]);
    expect(admissions.map((admission) => admission.district)).toEqual([1, 2]);
    expect(admissions[1]?.account).toBe('0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65');
    expect(admissions[0]?.credential).toBe(credentialCommitment(salt, 'ID-1234'));
    expect(admissions[1]?.credential).toBe(`0x${'ab'.repeat(32)}`);
  });

  it('reports each bad row with its line and reason', () => {
    const { admissions, rejected } = previewImport(
      [
        { address: '0x90F79bf6EB2c4f870365E785982E1f101E93b9', district: '1', expires: '2030-01-01', credential: 'a' },
        { address: '0x90F79bf6EB2c4f870365E785982E1f101E93b906', district: '9', expires: '2030-01-01', credential: 'b' },
        { address: '0x90F79bf6EB2c4f870365E785982E1f101E93b906', district: '1', expires: '2020-01-01', credential: 'c' },
        { address: '0x90F79bf6EB2c4f870365E785982E1f101E93b906', district: '1', expires: '2030-01-01', credential: 'd' },
        { address: '0x90F79bf6EB2c4f870365E785982E1f101E93b906', district: '1', expires: '2030-01-01', credential: 'e' },
        { address: '0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65', district: '1', expires: '', credential: 'f' },
      ],
      { districts, now, salt },
    );
    expect(rejected.map((row) => [row.line, row.problem])).toEqual([
      [2, 'address'],
      [3, 'district'],
      [4, 'expiry'],
      [6, 'duplicate'],
      [7, 'columns'],
    ]);
    expect(admissions).toHaveLength(1);
  });

  it('refuses document references without the council\'s salt, but takes ready commitments', () => {
    const { admissions, rejected } = previewImport(
      [
        { address: '0x90F79bf6EB2c4f870365E785982E1f101E93b906', district: '1', expires: '2030-12-31', credential: 'ID-1234' },
        { address: '0x15d34aaf54267db7d7c367839aaf71a00a2c6a65', district: '1', expires: '2030-12-31', credential: `0x${'ab'.repeat(32)}` },
      ],
      { districts, now, salt: undefined },
    );
    expect(rejected.map((row) => [row.line, row.problem])).toEqual([[2, 'salt']]);
    expect(admissions.map((admission) => admission.line)).toEqual([3]);
  });

  it("takes a resident's code for the address (what the take-part page shows), and says what is wrong with a mistyped one", () => {
    const account = '0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65';
    const code = residentCode(account);
    const mistyped = code.slice(0, 5) + (code[5] === 'A' ? 'B' : 'A') + code.slice(6);
    const { admissions, rejected } = previewImport(
      [
        { address: code.toLowerCase(), district: '1', expires: '2030-12-31', credential: 'ID-1' },
        { address: mistyped, district: '1', expires: '2030-12-31', credential: 'ID-2' },
        { address: 'not-a-code', district: '1', expires: '2030-12-31', credential: 'ID-3' },
      ],
      { districts, now, salt },
    );
    expect(admissions.map((admission) => admission.account)).toEqual([account]);
    expect(rejected.map((row) => [row.line, row.problem, row.codeProblem])).toEqual([
      [3, 'code', 'checksum'],
      [4, 'code', 'length'],
    ]);
  });
});
