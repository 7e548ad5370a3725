import { parseAmount, type AmountProblem } from '$lib/amount';

/** One milestone as the council typed it: "amount; what it pays for". */
export interface PlannedMilestone {
  readonly amount: bigint;
  readonly text: string;
}

export type FundingPlanProblem =
  | { readonly kind: 'no-milestones' }
  | { readonly kind: 'amount'; readonly line: number; readonly problem: AmountProblem }
  | { readonly kind: 'total'; readonly total: bigint; readonly cost: bigint };

export type FundingPlan = { readonly ok: true; readonly milestones: readonly PlannedMilestone[] } | { readonly ok: false; readonly problem: FundingPlanProblem };

/**
 * Reads a project's milestones, one per line as "amount; what it pays for", and checks that they
 * pay exactly the project's cost: the escrow would take a smaller total without a word (and a
 * larger one only fails on chain), so the council is told before anything is published or sent.
 */
export function readFundingPlan(lines: string, cost: bigint): FundingPlan {
  const milestones: PlannedMilestone[] = [];
  const entries = lines.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  if (entries.length === 0) return { ok: false, problem: { kind: 'no-milestones' } };
  for (const [index, line] of entries.entries()) {
    const [amountText = '', ...rest] = line.split(';');
    const parsed = parseAmount(amountText);
    if (!parsed.ok) return { ok: false, problem: { kind: 'amount', line: index + 1, problem: parsed.problem } };
    milestones.push({ amount: parsed.amount, text: rest.join(';').trim() || line });
  }
  const total = milestones.reduce((sum, milestone) => sum + milestone.amount, 0n);
  if (total !== cost) return { ok: false, problem: { kind: 'total', total, cost } };
  return { ok: true, milestones };
}
