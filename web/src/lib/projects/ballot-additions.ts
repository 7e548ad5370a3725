/**
 * Projects a resident chose with "Add to my ballot" on a project page, waiting for the round's ballot
 * builder to pick them up (kept for the browser session). Nothing is sent: the ballot counts only
 * when the resident casts it.
 */
const key = (roundId: bigint) => `polity.ballotAdditions.${roundId}`;

export function addToBallot(roundId: bigint, projectId: number): void {
  try {
    const waiting = new Set(readAdditions(roundId));
    waiting.add(projectId);
    sessionStorage.setItem(key(roundId), JSON.stringify([...waiting]));
  } catch {
    // No storage: the round page's link still opens the ballot.
  }
}

/** The projects waiting to be added to this round's ballot; they are forgotten once taken. */
export function takeBallotAdditions(roundId: bigint): number[] {
  const waiting = readAdditions(roundId);
  try {
    sessionStorage.removeItem(key(roundId));
  } catch {
    // Nothing kept, nothing to forget.
  }
  return waiting;
}

function readAdditions(roundId: bigint): number[] {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(key(roundId)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((value): value is number => Number.isInteger(value) && value >= 0) : [];
  } catch {
    return [];
  }
}
