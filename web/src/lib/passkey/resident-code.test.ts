import { getAddress, keccak256, toHex, type Address } from 'viem';
import { describe, expect, it } from 'vitest';
import { addressOfResidentCode, readResidentAccount, residentCode, ResidentCodeError } from './resident-code';

const addresses: Address[] = Array.from({ length: 200 }, (_, index) => getAddress(`0x${keccak256(toHex(index)).slice(26)}`));
addresses.push('0x0000000000000000000000000000000000000000', '0xFFfFfFffFFfffFFfFFfFFFFFffFFFffffFfFFFfF', '0x0000000000000000000000000000000000000001');

/** An independent model: the address and checksum as one 180-bit number, written in base 32 digit by digit. */
function model(address: Address): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const bits = BigInt(address).toString(2).padStart(160, '0') + BigInt(keccak256(address)).toString(2).padStart(256, '0').slice(0, 20);
  const digits = bits.match(/.{5}/g)!.map((chunk) => alphabet[parseInt(chunk, 2)]);
  return digits.join('').match(/.{4}/g)!.join('-');
}

describe('resident codes', () => {
  it('are nine groups of four, as the model writes them, and read back to the same address', () => {
    for (const address of addresses) {
      const code = residentCode(address);
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){8}$/);
      expect(code).toBe(model(address));
      expect(addressOfResidentCode(code)).toBe(address);
    }
  });

  it('read forgivingly: lower case, spaces, no dashes, O for 0 and I or L for 1', () => {
    const address = addresses[7]!;
    const code = residentCode(address);
    expect(addressOfResidentCode(code.toLowerCase().replace(/-/g, ' '))).toBe(address);
    expect(addressOfResidentCode(code.replace(/-/g, ''))).toBe(address);
    const zeroOne = residentCode('0x0000000000000000000000000000000000000001');
    expect(addressOfResidentCode(zeroOne.replace(/0/g, 'O').replace(/1/g, 'l'))).toBe('0x0000000000000000000000000000000000000001');
  });

  it('refuse every single mistyped character, a wrong length, a foreign character and nothing', () => {
    const problem = (text: string) => {
      try {
        addressOfResidentCode(text);
        return 'accepted';
      } catch (error) {
        return (error as ResidentCodeError).problem;
      }
    };
    for (const address of addresses.slice(0, 20)) {
      const code = residentCode(address).replace(/-/g, '');
      for (let position = 0; position < code.length; position += 1) {
        const replacement = code[position] === 'A' ? 'B' : 'A';
        expect(problem(code.slice(0, position) + replacement + code.slice(position + 1))).toBe('checksum');
      }
    }
    expect(problem(residentCode(addresses[0]!).slice(0, -1))).toBe('length');
    expect(problem('ABCD-EFGH-U000')).toBe('character');
    expect(problem('  ')).toBe('empty');
  });

  it('an office reads a code or an address, and refuses a broken address', () => {
    const address = addresses[3]!;
    expect(readResidentAccount(` ${residentCode(address)} `)).toBe(address);
    expect(readResidentAccount(address.toLowerCase())).toBe(address);
    expect(() => readResidentAccount('0x1234')).toThrow(ResidentCodeError);
  });
});
