import { parseAmount, type AmountProblem } from '$lib/amount';
import type { DateProblem, ParsedDate } from '$lib/dates/parse-date';

/** One milestone row of the funding form, as typed: what it pays for, its amount, and optionally a due date. */
export interface MilestoneRow {
  text: string;
  amount: string;
  due: string;
}

/** A milestone ready to be published and proposed. `due`: seconds since the epoch, when a date was given. */
export interface PlannedMilestone {
  readonly amount: bigint;
  readonly text: string;
  readonly due?: number;
}

export type MilestoneRowProblem = { readonly field: 'text' } | { readonly field: 'amount'; readonly problem: AmountProblem } | { readonly field: 'due'; readonly problem: DateProblem };

export type FundingPlanProblem =
  | { readonly kind: 'no-milestones' }
  | { readonly kind: 'rows' }
  | { readonly kind: 'total'; readonly total: bigint; readonly cost: bigint };

export interface FundingPlan {
  /** What the amounts typed so far add up to (unreadable ones count as nothing): the running sum shown as the council types. */
  readonly total: bigint;
  readonly cost: bigint;
  /** Per row, what to fix there (rows without a problem are absent). */
  readonly rowProblems: ReadonlyMap<number, MilestoneRowProblem>;
  /** Undefined when the plan can be proposed as it stands. */
  readonly problem: FundingPlanProblem | undefined;
  readonly milestones: readonly PlannedMilestone[];
}

/**
 * Reads a project's milestone rows and checks that they pay exactly the project's cost: the escrow
 * would take a smaller total without a word (and a larger one only fails on chain), so the council
 * is told before anything is published or sent. Rows left wholly empty are ignored; `readDue` reads
 * a due date in the user's language (see `$lib/dates`).
 */
export function readFundingPlan(rows: readonly MilestoneRow[], cost: bigint, readDue: (text: string) => ParsedDate): FundingPlan {
  const rowProblems = new Map<number, MilestoneRowProblem>();
  const milestones: PlannedMilestone[] = [];
  let total = 0n;
  let filled = 0;
  for (const [index, row] of rows.entries()) {
    const text = row.text.trim();
    if (text === '' && row.amount.trim() === '' && row.due.trim() === '') continue;
    filled += 1;
    const amount = parseAmount(row.amount);
    if (amount.ok) total += amount.amount;
    const due = row.due.trim() === '' ? undefined : readDue(row.due);
    if (!amount.ok) rowProblems.set(index, { field: 'amount', problem: amount.problem });
    else if (text === '') rowProblems.set(index, { field: 'text' });
    else if (due && !due.ok) rowProblems.set(index, { field: 'due', problem: due.problem });
    else milestones.push({ amount: amount.amount, text, ...(due?.ok ? { due: due.seconds } : {}) });
  }
  const problem: FundingPlanProblem | undefined =
    filled === 0 ? { kind: 'no-milestones' } : rowProblems.size > 0 ? { kind: 'rows' } : total !== cost ? { kind: 'total', total, cost } : undefined;
  return { total, cost, rowProblems, problem, milestones: problem ? [] : milestones };
}

/** The rows a project's form starts with: its cost in two halves, start of works and completion. */
export function defaultMilestoneRows(cost: bigint, names: { start: string; end: string }): MilestoneRow[] {
  return [
    { text: names.start, amount: String(cost / 2n), due: '' },
    { text: names.end, amount: String(cost - cost / 2n), due: '' },
  ];
}
