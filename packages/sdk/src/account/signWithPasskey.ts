import type { Hex } from 'viem';
import type { WebAuthnAccount } from 'viem/account-abstraction';
import { PasskeyCancelledError } from './errors.js';

/**
 * Asks the passkey to sign `hash`. The browser reports a prompt the resident dismissed (or let time
 * out) as a `NotAllowedError`; that becomes {@link PasskeyCancelledError}, so the app can offer to try
 * again. Nothing has been sent at that point.
 */
export async function signWithPasskey(owner: WebAuthnAccount, hash: Hex): ReturnType<WebAuthnAccount['sign']> {
  return signWithPasskeyErrors(() => owner.sign({ hash }));
}

/** Runs a passkey prompt (an assertion or a registration), turning a dismissed one into {@link PasskeyCancelledError}. */
export async function signWithPasskeyErrors<result>(prompt: () => Promise<result>): Promise<result> {
  try {
    return await prompt();
  } catch (error) {
    if (isNotAllowed(error)) throw new PasskeyCancelledError({ cause: error });
    throw error;
  }
}

function isNotAllowed(error: unknown): boolean {
  let cause = error;
  for (let depth = 0; depth < 8 && typeof cause === 'object' && cause !== null; depth++) {
    const { name } = cause as { name?: unknown };
    if (name === 'NotAllowedError' || name === 'AbortError') return true;
    cause = (cause as { cause?: unknown }).cause;
  }
  return false;
}
