import { PolityError } from './base.js';

/**
 * A refusal by one of Polity's contracts (a custom error decoded from the revert) or the same rule
 * checked by the SDK before sending. `errorName` and `args` are the contract's; the message says what
 * to fix. One subclass per component, so callers can `instanceof` the area they handle.
 */
export class PolityContractError extends PolityError {
  override name = 'PolityContractError';
  /** The custom error's name, e.g. `BallotOverBudget`. */
  readonly errorName: string;
  /** The custom error's arguments, as decoded from the ABI. */
  readonly args: readonly unknown[];

  constructor({ errorName, args, message, cause }: ContractErrorParameters) {
    super(message, { cause });
    this.errorName = errorName;
    this.args = args;
  }
}

export interface ContractErrorParameters {
  readonly errorName: string;
  readonly args: readonly unknown[];
  readonly message: string;
  readonly cause?: unknown;
}

/** Admission, renewal, revocation and expiry of residents. */
export class PolityMembershipError extends PolityContractError {
  override name = 'PolityMembershipError';
}

/** Delegation: cycles, chains too long, unknown topics. */
export class PolityDelegationError extends PolityContractError {
  override name = 'PolityDelegationError';
}

/** Proposals and votes: thresholds, double votes, signatures, the timelock. */
export class PolityGovernanceError extends PolityContractError {
  override name = 'PolityGovernanceError';
}

/** A proposal is not in the state the action needs (voting on a pending proposal, executing a defeated one). */
export class PolityProposalStateError extends PolityGovernanceError {
  override name = 'PolityProposalStateError';
}

/** Budget rounds and their projects: configuration, submission, review. */
export class PolityRoundError extends PolityContractError {
  override name = 'PolityRoundError';
}

/** The round is in another phase than the action needs. */
export class PolityRoundPhaseError extends PolityRoundError {
  override name = 'PolityRoundPhaseError';
}

/** A ballot that breaks the round's rules (over budget, too many points, a project not on the ballot). */
export class PolityBallotError extends PolityContractError {
  override name = 'PolityBallotError';
}

/** Round results: greedy counts, equal-shares outcomes, challenges and bonds. */
export class PolityResultError extends PolityContractError {
  override name = 'PolityResultError';
}

/** The milestone escrow: funding projects, releasing milestones. */
export class PolityEscrowError extends PolityContractError {
  override name = 'PolityEscrowError';
}

/** The caller lacks the role (or ownership) the function needs. */
export class PolityAccessError extends PolityContractError {
  override name = 'PolityAccessError';
}

/** A token refused a transfer or approval (balance, allowance). */
export class PolityTokenError extends PolityContractError {
  override name = 'PolityTokenError';
}

/** Deploying the factory, its deployers or a polity failed. */
export class PolityDeploymentError extends PolityContractError {
  override name = 'PolityDeploymentError';
}
