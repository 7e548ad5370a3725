import { getAddress, type Address } from 'viem';
import { proposalSequence, roleNames } from '../enums.js';

/** A whole number with thousands separators: 120000n → "120,000". */
export function formatAmount(value: bigint | number): string {
  return BigInt(value).toLocaleString('en-US');
}

/** A contract timestamp (seconds) as an ISO date and time in UTC. */
export function formatTime(seconds: bigint | number): string {
  const milliseconds = Number(seconds) * 1000;
  if (!Number.isFinite(milliseconds) || milliseconds > 8.64e15) return `timestamp ${seconds}`;
  return new Date(milliseconds).toISOString().replace('.000Z', 'Z');
}

export function formatAccount(account: Address): string {
  return getAddress(account);
}

export function formatRole(role: `0x${string}`): string {
  return roleNames.get(role) ?? `role ${role}`;
}

export function formatProposal(proposalId: bigint): string {
  return `proposal #${proposalSequence(proposalId)}`;
}
