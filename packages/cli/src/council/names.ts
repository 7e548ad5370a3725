/**
 * The longest polity name, in UTF-8 bytes: the Governor is named "<name> Governor", and an EIP-712
 * domain name the contracts keep inline is at most 31 bytes.
 */
export const maxPolityNameBytes = 22;

export function polityNameBytes(name: string): number {
  return new TextEncoder().encode(name).length;
}

/** `name` cut (at a character boundary, trailing spaces dropped) to fit a polity name. */
export function fitPolityName(name: string): string {
  let fitted = name;
  while (polityNameBytes(fitted) > maxPolityNameBytes) fitted = [...fitted].slice(0, -1).join('');
  return fitted.trimEnd();
}
