import { getAddress, type Address } from 'viem';
import { readResidentAccount, ResidentCodeError, type ResidentCodeProblem } from '$lib/passkey/resident-code';

/**
 * Whom a delegation form points at: a person picked from the list, or another resident typed by the
 * code their take-part page shows (or an address, for people who have one). Pure, so the forms for
 * one topic and for all topics follow one rule.
 */
export type DelegateTarget =
  | { readonly kind: 'none' }
  | { readonly kind: 'delegate'; readonly address: Address }
  /** Delegating to oneself changes nothing on chain (one votes oneself already). */
  | { readonly kind: 'self' }
  | { readonly kind: 'bad-code'; readonly problem: ResidentCodeProblem };

/** `choice` is the list's value (an address, '' or 'other'); `other` the typed code when 'other'. */
export function delegateTarget(choice: string, other: string, self: Address | undefined): DelegateTarget {
  if (choice === '' || (choice === 'other' && other.trim() === '')) return { kind: 'none' };
  let address: Address;
  try {
    address = choice === 'other' ? readResidentAccount(other) : getAddress(choice);
  } catch (error) {
    return { kind: 'bad-code', problem: error instanceof ResidentCodeError ? error.problem : 'length' };
  }
  return self !== undefined && getAddress(self) === address ? { kind: 'self' } : { kind: 'delegate', address };
}
