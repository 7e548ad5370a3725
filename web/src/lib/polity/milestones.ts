import type { Hex } from 'viem';
import type { PolityActivity } from '@polity/sdk';
import { eventsNamed } from './events';

/** What a milestone payment was for: the evidence the council published when it paid. */
export interface MilestonePayment {
  readonly index: number;
  readonly amount: bigint;
  readonly evidenceHash: Hex;
  readonly blockNumber: bigint;
}

/** The escrow's MilestoneReleased events of one project, by milestone index (pure). */
export function milestonePayments(activity: readonly PolityActivity[], roundId: bigint, projectId: number): Map<number, MilestonePayment> {
  const payments = new Map<number, MilestonePayment>();
  for (const { args, blockNumber } of eventsNamed(activity, 'MilestoneReleased')) {
    if (args.roundId !== roundId || args.projectId !== projectId) continue;
    const index = Number(args.index);
    payments.set(index, { index, amount: args.amount, evidenceHash: args.evidenceHash, blockNumber });
  }
  return payments;
}
