import { PolityContractError } from '@polity/sdk';
import { m } from '$lib/paraglide/messages.js';

/**
 * What is wrong with a ballot, in the resident's language: the SDK checks the ballot with the
 * contract's own rules (checkBallot) and throws the error the contract would; this names the rule.
 */
export function ballotProblem(error: unknown, format: (amount: bigint) => string): string {
  if (!(error instanceof PolityContractError)) return error instanceof Error ? error.message : String(error);
  const args = error.args.map((value) => (typeof value === 'bigint' ? value : BigInt(Number(value ?? 0))));
  const [, first = 0n, second = 0n] = args;
  switch (error.errorName) {
    case 'BallotOverBudget':
      return m.ballot_over_budget({ spent: format(first), budget: format(second) });
    case 'BallotUnderMinimumSpend':
      return m.ballot_under_minimum({ spent: format(first), minimum: format(second) });
    case 'BallotTooFewProjects':
      return m.ballot_too_few({ count: Number(first), minimum: String(second) });
    case 'BallotTooManyProjects':
      return m.ballot_too_many({ count: Number(first), maximum: String(second) });
    case 'BallotTooManyPoints':
      return m.ballot_too_many_points({ total: String(first), maximum: String(second) });
    case 'BallotProjectOverPointLimit':
      return m.ballot_project_over_points({ points: String(second), maximum: String(args[3] ?? 0n) });
    case 'BallotZeroPoints':
      return m.ballot_zero_points();
    default:
      return error.shortMessage;
  }
}
