import type { Address } from 'viem';
import { parseAddress } from '../csv/values.js';
import { CliError } from '../errors.js';

/**
 * The ERC-20 a round names when no --token is given. A round must name the token its budget is paid
 * in; a rehearsal or a replay is never funded, so it names this well-known burn address rather than
 * pretend to have a currency. Funding such a round fails: pass --token for a round the treasury pays.
 */
export const unfundedToken: Address = '0x000000000000000000000000000000000000dEaD';

export function tokenOption(text: string | undefined): Address {
  if (text === undefined) return unfundedToken;
  const parsed = parseAddress(text, '--token');
  if (!parsed.ok) throw new CliError(parsed.reason, 'Give the ERC-20\'s address as 0x followed by 40 hexadecimal digits.', 2);
  return parsed.value;
}
