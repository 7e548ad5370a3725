/**
 * A note, kept only in this browser, that the resident sent a secret ballot in a round: when, and which
 * projects. Nothing public can say so (a secret ballot names no account, which is the point), so
 * without it a reload would look as if the resident had never voted. The chain stays the judge: once
 * the voting identity is unlocked anyway (at the next send), the count under the resident's own
 * ballot (its revision) is compared with the note, and the note is corrected where they differ.
 * The note does reveal the ballot to whoever holds the unlocked phone; the page says so and offers to
 * forget it.
 */
import type { Address } from 'viem';

export interface SecretBallotNote {
  /** The ballot's revision as sent from here: 1 for the first, 2, 3, … for each change. */
  readonly revision: number;
  /** When it was counted, in seconds since 1970. */
  readonly castAt: number;
  /** Projects ascending, and points for a cumulative round (else none). */
  readonly projects: readonly number[];
  readonly points: readonly number[];
}

/** Whose note, for which round: a chain, its rounds contract, a round and the resident's account. */
export interface SecretBallotNotePlace {
  readonly chainId: number;
  readonly rounds: Address;
  readonly roundId: bigint;
  readonly account: Address;
}

const storageKey = 'polity.secret-ballot-notes';

function keyOf({ chainId, rounds, roundId, account }: SecretBallotNotePlace): string {
  return `${chainId}:${rounds.toLowerCase()}:${roundId}:${account.toLowerCase()}`;
}

const whole = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function valid(entry: unknown): entry is SecretBallotNote {
  const note = entry as Partial<SecretBallotNote> | null;
  return whole(note?.revision) && note.revision > 0 && whole(note.castAt) && Array.isArray(note.projects) && note.projects.every(whole) && Array.isArray(note.points) && note.points.every(whole);
}

function readAll(storage: Storage): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(storageKey) ?? '{}');
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The note for this place, if this browser keeps one (a damaged one is ignored, never thrown). */
export function readSecretBallotNote(storage: Storage, place: SecretBallotNotePlace): SecretBallotNote | undefined {
  const note = readAll(storage)[keyOf(place)];
  return valid(note) ? note : undefined;
}

export function keepSecretBallotNote(storage: Storage, place: SecretBallotNotePlace, note: SecretBallotNote): void {
  storage.setItem(storageKey, JSON.stringify({ ...readAll(storage), [keyOf(place)]: note }));
}

export function forgetSecretBallotNote(storage: Storage, place: SecretBallotNotePlace): void {
  const { [keyOf(place)]: _forgotten, ...others } = readAll(storage);
  storage.setItem(storageKey, JSON.stringify(others));
}

/**
 * What the chain's count under the resident's ballot (the last revision counted, 0 for none) says
 * about the note: `agrees`; `other-device`, a later ballot than the note knows was counted (sent from
 * another phone or browser, or the note was forgotten); `not-counted`, the note claims more than the
 * chain counted (a note from a chain since restarted): the note is wrong and is dropped.
 */
export function compareWithChain(note: SecretBallotNote | undefined, counted: bigint): 'agrees' | 'other-device' | 'not-counted' {
  const noted = BigInt(note?.revision ?? 0);
  if (counted > noted) return 'other-device';
  return counted < noted ? 'not-counted' : 'agrees';
}
