/**
 * Per-nullifier limit on secret ballots the relay sends: every one costs the city gas, and a resident
 * changes their mind a few times, not hundreds. Kept in memory only (a restart forgets it): the
 * nullifier of each sent ballot is public on chain anyway, and nothing else is kept beside it.
 * Only ballots actually sent count, so nobody can use up a resident's allowance by sending junk (or the
 * resident's own earlier, already counted proofs) under their nullifier.
 */
export interface NullifierRateLimiter {
  /** Whether another ballot under this nullifier may be sent now; if not, when it may (ms since 1970). */
  allows(nullifier: bigint): { allowed: true } | { allowed: false; retryAt: number };
  /** Records a sent ballot. */
  record(nullifier: bigint): void;
}

export interface NullifierRateLimitOptions {
  readonly maxBallots: number;
  readonly windowMs: number;
  readonly now?: () => number;
}

export function nullifierRateLimiter({ maxBallots, windowMs, now = Date.now }: NullifierRateLimitOptions): NullifierRateLimiter {
  const sent = new Map<bigint, number[]>();
  const recent = (nullifier: bigint): number[] => {
    const cutoff = now() - windowMs;
    const times = (sent.get(nullifier) ?? []).filter((time) => time > cutoff);
    if (times.length === 0) sent.delete(nullifier);
    else sent.set(nullifier, times);
    return times;
  };
  return {
    allows(nullifier) {
      const times = recent(nullifier);
      return times.length < maxBallots ? { allowed: true } : { allowed: false, retryAt: times[0]! + windowMs };
    },
    record(nullifier) {
      sent.set(nullifier, [...recent(nullifier), now()]);
    },
  };
}
