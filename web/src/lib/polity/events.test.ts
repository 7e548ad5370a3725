import { describe, expect, it } from 'vitest';
import type { PolityActivity } from '@polity/sdk';
import { sameEvent } from './events';

const proposal = {
  eventName: 'ProposalCreated',
  contract: 'governor',
  address: '0x5FbDB2315678afecb367f032d93F642f64180aa3',
  blockNumber: 12n,
  logIndex: 0,
  transactionHash: `0x${'ab'.repeat(32)}`,
  args: { proposalId: 7n, proposer: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8', targets: ['0x5FbDB2315678afecb367f032d93F642f64180aa3'], values: [0n], calldatas: ['0xABCD'], description: '# Night bus' },
} as unknown as PolityActivity;

const changed = (args: Record<string, unknown>) => ({ ...proposal, args: { ...(proposal.args as object), ...args } }) as unknown as PolityActivity;

describe('sameEvent', () => {
  it('matches the same event however its hexadecimal values are cased', () => {
    expect(sameEvent(proposal, changed({ calldatas: ['0xabcd'], proposer: '0x70997970c51812dc3a010c7d01b50e0d17dc79c8' }))).toBe(true);
  });

  it('tells apart an event whose actions, amounts or text differ', () => {
    expect(sameEvent(proposal, changed({ calldatas: ['0xabce'] }))).toBe(false);
    expect(sameEvent(proposal, changed({ values: [1n] }))).toBe(false);
    expect(sameEvent(proposal, changed({ description: '# night bus' }))).toBe(false);
    expect(sameEvent(proposal, { ...proposal, logIndex: 1 } as PolityActivity)).toBe(false);
  });
});
