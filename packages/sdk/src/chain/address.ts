import { getAddress, isAddress, zeroAddress, type Address } from 'viem';
import { PolityInvalidInputError } from './errors/base.js';

/** A checksummed address, or an error naming the parameter. */
export function requireAddress(value: unknown, parameter: string, { allowZero = false } = {}): Address {
  if (typeof value !== 'string' || !isAddress(value, { strict: false })) {
    throw new PolityInvalidInputError(parameter, `${JSON.stringify(value)} is not an address: expected 0x followed by 40 hexadecimal digits`);
  }
  const digits = value.slice(2);
  // Mixed case is an EIP-55 checksum, and a wrong one is almost always a mistyped character: refused,
  // as the CLI does. One case throughout carries no checksum and is taken as it is.
  if (digits !== digits.toLowerCase() && digits !== digits.toUpperCase() && !isAddress(value, { strict: true })) {
    throw new PolityInvalidInputError(parameter, `${value} has a wrong checksum (mixed case that does not match it: a typo?): check it, or write it all in lower case`);
  }
  const address = getAddress(value);
  if (!allowZero && address === zeroAddress) throw new PolityInvalidInputError(parameter, 'the zero address is not allowed here');
  return address;
}
