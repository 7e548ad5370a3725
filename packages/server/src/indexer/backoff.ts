/** How long to wait after `failures` failures in a row: doubling from `baseMs`, capped, with jitter. */
export function backoffDelay(failures: number, baseMs = 500, capMs = 60_000): number {
  const delay = Math.min(capMs, baseMs * 2 ** Math.max(0, failures - 1));
  // Servers that failed together should not all retry at the same instant.
  return Math.round(delay * (0.75 + Math.random() * 0.5));
}
