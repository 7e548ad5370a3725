/**
 * Every transaction the app sends goes through `send`: it shows as pending (waiting for the signature,
 * then for the block), confirmed, or failed with the reason the SDK decoded. The panel that lists them
 * is `TransactionStatus.svelte`.
 *
 * With a passkey the same action is one user operation the city pays for: the phase is "confirm with
 * your fingerprint" until the resident has, then "sending" until it is on the chain, then "done". An
 * account the registry does not know yet is told so before any prompt.
 */
import type { Hash, PublicClient } from 'viem';
import { getResident, type PolityClient } from '@polity/sdk';
import { describePasskeyFailure, NotAdmittedError } from '$lib/passkey/failures';
import { describeFailure, type Failure } from './failures';
import { session } from './session.svelte';

export type TransactionPhase = 'signing' | 'pending' | 'confirmed' | 'failed';

export interface TrackedTransaction {
  readonly id: number;
  readonly label: string;
  /** How it is sent: a passkey's user operation, a wallet's or the demo node's transaction. */
  readonly via: 'passkey' | 'wallet' | 'demo' | 'none';
  phase: TransactionPhase;
  hash: Hash | undefined;
  failure: Failure | undefined;
}

class Transactions {
  list = $state<TrackedTransaction[]>([]);
  private next = 1;
  /** Labels whose failure a form on the page shows beside itself (how many such forms are mounted). */
  private inline = $state<Record<string, number>>({});

  /**
   * Runs one SDK write action as the current account. Returns its result, or undefined when it failed
   * (the failure is shown in the panel and returned by `lastFailure`).
   */
  async send<result>(label: string, action: (client: PolityClient, onSent: (hash: Hash) => void) => Promise<result>): Promise<result | undefined> {
    const entry: TrackedTransaction = { id: this.next++, label, via: session.mode, phase: 'signing', hash: undefined, failure: undefined };
    this.list = [entry, ...this.list].slice(0, 6);
    const tracked = this.list[0]!;
    try {
      if (session.mode === 'passkey') await requireAdmitted();
      const client = await session.writeClient({ onConfirmed: () => (tracked.phase = 'pending') });
      const result = await action(client, (hash) => {
        tracked.hash = hash;
        tracked.phase = 'pending';
      });
      tracked.phase = 'confirmed';
      session.changed();
      return result;
    } catch (error) {
      tracked.phase = 'failed';
      tracked.failure = describePasskeyFailure(error) ?? describeFailure(error);
      if (tracked.failure.kind === 'rpc-down') void session.checkRpc();
      return undefined;
    }
  }

  /** The failure of the most recent transaction with this label, if it failed. */
  failureOf(label: string): Failure | undefined {
    return this.list.find((entry) => entry.label === label)?.failure;
  }

  /**
   * For a form that says its own action's failure beside the button: the failure of `label`, while the
   * status panel leaves it out (a cancelled prompt is said once, where the resident is looking). Call it
   * while the component initialises; the panel repeats failures again once the form is gone.
   */
  inlineFailure(label: () => string): { readonly failure: Failure | undefined } {
    $effect(() => {
      const shown = label();
      this.inline[shown] = (this.inline[shown] ?? 0) + 1;
      return () => {
        const left = (this.inline[shown] ?? 1) - 1;
        if (left > 0) this.inline[shown] = left;
        else delete this.inline[shown];
      };
    });
    const failureOf = (shown: string) => this.failureOf(shown);
    return {
      get failure() {
        return failureOf(label());
      },
    };
  }

  /** Whether a form on the page already says this label's failure (the panel then shows only its state). */
  shownInline(label: string): boolean {
    return (this.inline[label] ?? 0) > 0;
  }

  dismiss(id: number): void {
    this.list = this.list.filter((entry) => entry.id !== id);
  }
}

export const transactions = new Transactions();

/** A passkey account acts only once the identity office has admitted it (the city pays for residents only). */
async function requireAdmitted(): Promise<void> {
  const account = session.account;
  if (!account) return;
  const resident = await getResident(session.reader, { polity: session.polity, account });
  if (!resident.isResident) throw new NotAdmittedError();
}

/** The reader, for actions that only read. */
export function reader(): PublicClient {
  return session.reader;
}
