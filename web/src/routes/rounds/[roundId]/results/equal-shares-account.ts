import { compareRational, type EqualSharesExplanation, type ProjectExplanation, type Rational } from '@polity/sdk';

/**
 * The equal-shares account a results page shows, taken from the SDK's explanation of the count
 * (`explainEqualShares`) and never recomputed here: the share every voter started with is the
 * endowment of the run the outcome reports (Add1 raises it above budget / voters), a funded project's
 * payments are the groups that paid in its step, and an unfunded project's money is what its
 * supporters held at the end of that run (pure).
 */
export interface EqualSharesAccount {
  readonly budget: number;
  readonly voters: number;
  /** budget / voters. */
  readonly budgetShare: Rational;
  /** What every voter started with in the run the outcome reports. */
  readonly startingShare: Rational;
  /** Times Add1 raised the share (0: the run started from budget / voters, or nearly, in whole units). */
  readonly add1Steps: number;
  readonly funded: readonly FundedStep[];
  readonly unfunded: readonly ProjectExplanation[];
}

export interface FundedStep {
  readonly project: ProjectExplanation;
  /** 1-based step, undefined when funded after the steps (completion) or by the comparison with greedy. */
  readonly step: number | undefined;
  /** The full price a supporter paid per approval (per point), the most anyone paid per approval. */
  readonly fullPrice: Rational | undefined;
  readonly payments: readonly { readonly voters: number; readonly amount: Rational; readonly paidEverything: boolean }[];
}

export function equalSharesAccount(explanation: EqualSharesExplanation): EqualSharesAccount {
  const { outcome } = explanation;
  const stepOf = (project: ProjectExplanation) => (project.reason.kind === 'round' ? project.reason.round : Number.MAX_SAFE_INTEGER);
  const funded = explanation.projects
    .filter((project) => project.funded)
    .toSorted((a, b) => stepOf(a) - stepOf(b))
    .map((project): FundedStep => {
      const { reason } = project;
      if (reason.kind !== 'round') return { project, step: undefined, fullPrice: undefined, payments: [] };
      return {
        project,
        step: reason.round,
        fullPrice: reason.pricePerSupport,
        payments: reason.payments.map((group) => ({ voters: group.voters.length, amount: group.amount, paidEverything: group.paidEverything })),
      };
    });
  return {
    budget: outcome.budget,
    voters: explanation.voters,
    budgetShare: explanation.budgetShare,
    startingShare: outcome.endowment,
    add1Steps: outcome.add1Steps,
    funded,
    unfunded: explanation.projects.filter((project) => !project.funded),
  };
}

/** Whether Add1 raised the share above budget / voters (the page then says so, with both figures). */
export function shareWasRaised(account: EqualSharesAccount): boolean {
  return compareRational(account.startingShare, account.budgetShare) > 0;
}
