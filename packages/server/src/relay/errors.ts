/** The relay's refusals: each says what is wrong with the ballot, never who sent it. */
import { Problem } from '../http/problem.js';

export class RelayUnavailableError extends Problem {
  override name = 'RelayUnavailableError';
  constructor(reason: string) {
    super(503, 'relay_unavailable', reason);
  }
}

/** The ballot or its proof is wrong in itself (422): sending it again will not help. */
export class SecretBallotRefusedError extends Problem {
  override name = 'SecretBallotRefusedError';
  constructor(code: 'wrong_scope' | 'wrong_message' | 'invalid_proof', message: string) {
    super(422, code, message);
  }
}

/** The ballot does not fit the chain's state (409): a newer group, a later revision counted, voting closed. */
export class SecretBallotConflictError extends Problem {
  override name = 'SecretBallotConflictError';
  constructor(code: 'wrong_root' | 'group_not_fixed' | 'stale_revision' | 'refused_on_chain', message: string) {
    super(409, code, message);
  }
}

export class NullifierRateLimitedError extends Problem {
  override name = 'NullifierRateLimitedError';
  readonly retryAt: number;
  constructor(maxBallots: number, windowSeconds: number, retryAt: number) {
    super(429, 'too_many_ballots', `this resident's ballot was already changed ${maxBallots} times in the last ${windowSeconds} seconds through this relay; it can be changed again from ${new Date(retryAt).toISOString()}`);
    this.retryAt = retryAt;
  }
}
