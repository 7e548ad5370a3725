import type { Address, Hex } from 'viem';

/**
 * One call a resident's account makes: a contract of the polity and its calldata. No value: the city
 * pays for gas, never for transfers. The `*Calls` builders return these; several builders' calls go in
 * one user operation (one passkey prompt).
 */
export interface PolityCall {
  readonly to: Address;
  readonly data: Hex;
}
