import type { Hex } from 'viem';

/**
 * Where a funded project stands (Decidim's "accountability"): its status, how much of its money was
 * paid, and each milestone with what it was for, the evidence published when it was paid, and the
 * amount. Pure: from the escrow's grant (SDK `getGrant`) and its `MilestoneReleased` events.
 */
export type ProgressStatus = 'funded' | 'in-progress' | 'done' | 'stopped';

export interface GrantLike {
  readonly status: string;
  readonly allocation: bigint;
  readonly released: bigint;
  readonly milestones: readonly { readonly amount: bigint; readonly descriptionHash: Hex; readonly released: boolean }[];
}

export interface PaymentLike {
  readonly amount: bigint;
  readonly evidenceHash: Hex;
  readonly blockNumber: bigint;
}

export interface MilestoneProgress {
  readonly index: number;
  readonly amount: bigint;
  /** What the milestone pays for (published when the project was funded). */
  readonly descriptionHash: Hex;
  readonly paid: boolean;
  /** What was paid and the evidence published with it, once paid. */
  readonly payment: PaymentLike | undefined;
}

export interface ProjectProgress {
  readonly status: ProgressStatus;
  readonly allocation: bigint;
  readonly paid: bigint;
  readonly milestonesPaid: number;
  readonly milestones: readonly MilestoneProgress[];
}

/** A project's progress, or undefined when it has no funding in the escrow. */
export function projectProgress(grant: GrantLike, payments: ReadonlyMap<number, PaymentLike>): ProjectProgress | undefined {
  if (grant.status === 'none' || grant.allocation === 0n) return undefined;
  const milestones = grant.milestones.map((milestone, index): MilestoneProgress => ({
    index,
    amount: milestone.amount,
    descriptionHash: milestone.descriptionHash,
    paid: milestone.released,
    payment: milestone.released ? payments.get(index) : undefined,
  }));
  const milestonesPaid = milestones.filter((milestone) => milestone.paid).length;
  const status: ProgressStatus =
    grant.status === 'stopped' ? 'stopped' : grant.status === 'completed' || (grant.released >= grant.allocation && grant.allocation > 0n) ? 'done' : grant.released > 0n ? 'in-progress' : 'funded';
  return { status, allocation: grant.allocation, paid: grant.released, milestonesPaid, milestones };
}

/** How many funded projects are in each status, in the order a list shows them. */
export function progressSummary(progress: readonly ProjectProgress[]): Record<ProgressStatus, number> {
  const summary: Record<ProgressStatus, number> = { funded: 0, 'in-progress': 0, done: 0, stopped: 0 };
  for (const entry of progress) summary[entry.status] += 1;
  return summary;
}
