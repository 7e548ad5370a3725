/**
 * A resident's account as a code people can read aloud and type: the 20-byte address and a 20-bit
 * checksum in Crockford's base32 (digits and capital letters without I, L, O and U), 36 characters in
 * nine groups of four, e.g. `0V3K-9QZD-…`. The identity office types it (or scans the QR code beside it)
 * and gets the exact address back: reading is forgiving (any case, spaces or dashes, O for 0, I and L
 * for 1), and a mistyped character is caught by the checksum instead of admitting a stranger's address.
 */
import { bytesToHex, getAddress, hexToBytes, isAddress, keccak256, type Address } from 'viem';

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const addressBits = 160n;
const checksumBits = 20n;
const length = Number((addressBits + checksumBits) / 5n);

/** Why a text is not a resident's code, for the office's message. */
export type ResidentCodeProblem = 'empty' | 'character' | 'length' | 'checksum';

export class ResidentCodeError extends Error {
  override name = 'ResidentCodeError';
  constructor(
    readonly problem: ResidentCodeProblem,
    readonly text: string,
  ) {
    super(
      {
        empty: 'no code was given',
        character: `"${text}" has a character a resident's code never has (codes use digits and letters other than U)`,
        length: `"${text}" is not ${length} characters long: a resident's code is nine groups of four`,
        checksum: `"${text}" does not check out: a character was misread or mistyped`,
      }[problem],
    );
  }
}

function checksum(address: Address): bigint {
  return BigInt(keccak256(hexToBytes(address)).slice(0, 7));
}

/** The code of an account's address. */
export function residentCode(address: Address): string {
  let value = (BigInt(address) << checksumBits) | checksum(getAddress(address));
  const characters: string[] = [];
  for (let index = 0; index < length; index += 1) {
    characters.unshift(alphabet[Number(value & 31n)]!);
    value >>= 5n;
  }
  return characters.join('').replace(/(.{4})(?=.)/g, '$1-');
}

/**
 * The start of an account's code (its first two groups), how pages name someone who is not in the
 * directory: enough to tell people apart and to find them on the identity office's list, never hex.
 */
export function shortResidentCode(address: Address): string {
  return `${residentCode(address).slice(0, 9)}…`;
}

/** The address a resident's code stands for; throws `ResidentCodeError` saying what is wrong. */
export function addressOfResidentCode(text: string): Address {
  const compact = text.toUpperCase().replace(/[\s-]+/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (compact === '') throw new ResidentCodeError('empty', text);
  let value = 0n;
  for (const character of compact) {
    const digit = alphabet.indexOf(character);
    if (digit < 0) throw new ResidentCodeError('character', text);
    value = (value << 5n) | BigInt(digit);
  }
  if (compact.length !== length) throw new ResidentCodeError('length', text);
  const address = getAddress(bytesToHex(toBytes20(value >> checksumBits)));
  if ((value & ((1n << checksumBits) - 1n)) !== checksum(address)) throw new ResidentCodeError('checksum', text);
  return address;
}

function toBytes20(value: bigint): Uint8Array {
  const bytes = new Uint8Array(20);
  for (let index = 19; index >= 0; index -= 1) {
    bytes[index] = Number(value & 0xffn);
    value >>= 8n;
  }
  return bytes;
}

/**
 * What the identity office typed or scanned: a resident's code, or an address (0x and 40 hex digits,
 * as the QR code carries it and as wallets show it). Throws `ResidentCodeError` for anything else.
 */
export function readResidentAccount(text: string): Address {
  const trimmed = text.trim();
  if (/^0x/i.test(trimmed)) {
    if (!isAddress(trimmed, { strict: false })) throw new ResidentCodeError('length', trimmed);
    return getAddress(trimmed);
  }
  return addressOfResidentCode(trimmed);
}
