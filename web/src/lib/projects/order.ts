import { seedOf } from './explore';

const key = 'polity.ballotOrder';
let fallback: string | undefined;

/**
 * The seed of the ballot's random order for one resident and round: the same for the whole browser
 * session (a reload keeps the order), different for another resident, another round or another
 * session. The session's part is a random value kept in `sessionStorage`.
 */
export function ballotOrderSeed(account: string | undefined, roundId: bigint): number {
  return seedOf(`${sessionValue()}:${(account ?? 'visitor').toLowerCase()}:${roundId}`);
}

function sessionValue(): string {
  try {
    let value = sessionStorage.getItem(key);
    if (!value) {
      value = randomValue();
      sessionStorage.setItem(key, value);
    }
    return value;
  } catch {
    // No storage (a private window that refuses it): one value for this page's life.
    fallback ??= randomValue();
    return fallback;
  }
}

function randomValue(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
