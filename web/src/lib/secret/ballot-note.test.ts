import { describe, expect, test } from 'vitest';
import { compareWithChain, forgetSecretBallotNote, keepSecretBallotNote, readSecretBallotNote, type SecretBallotNote, type SecretBallotNotePlace } from './ballot-note';

/** localStorage's interface over a Map, as the browser gives it (strings in, strings out). */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
}

const place: SecretBallotNotePlace = { chainId: 31337, rounds: '0x00000000000000000000000000000000000000aA', roundId: 7n, account: '0x00000000000000000000000000000000000000bB' };
const note: SecretBallotNote = { revision: 1, castAt: 1_790_000_000, projects: [0, 2], points: [] };

describe('the secret-ballot note kept on this phone', () => {
  test('kept per chain, rounds contract, round and account; read back as kept', () => {
    const storage = new MemoryStorage();
    keepSecretBallotNote(storage, place, note);
    expect(readSecretBallotNote(storage, place)).toEqual(note);
    // The same account's note in another round, chain or rounds contract, or another account's in this round: none.
    expect(readSecretBallotNote(storage, { ...place, roundId: 8n })).toBeUndefined();
    expect(readSecretBallotNote(storage, { ...place, chainId: 1 })).toBeUndefined();
    expect(readSecretBallotNote(storage, { ...place, rounds: '0x00000000000000000000000000000000000000cc' })).toBeUndefined();
    expect(readSecretBallotNote(storage, { ...place, account: '0x00000000000000000000000000000000000000cc' })).toBeUndefined();
    // Addresses in any letter case name the same place.
    expect(readSecretBallotNote(storage, { ...place, rounds: '0x00000000000000000000000000000000000000AA', account: '0x00000000000000000000000000000000000000bb' })).toEqual(note);
  });

  test('a change replaces the note; forgetting one leaves the others', () => {
    const storage = new MemoryStorage();
    const other = { ...place, roundId: 9n };
    keepSecretBallotNote(storage, place, note);
    keepSecretBallotNote(storage, other, note);
    keepSecretBallotNote(storage, place, { ...note, revision: 2, projects: [1] });
    expect(readSecretBallotNote(storage, place)).toMatchObject({ revision: 2, projects: [1] });
    forgetSecretBallotNote(storage, place);
    expect(readSecretBallotNote(storage, place)).toBeUndefined();
    expect(readSecretBallotNote(storage, other)).toEqual(note);
  });

  test('a damaged store or note is read as no note, never thrown', () => {
    const storage = new MemoryStorage();
    storage.setItem('polity.secret-ballot-notes', '{not json');
    expect(readSecretBallotNote(storage, place)).toBeUndefined();
    storage.setItem('polity.secret-ballot-notes', JSON.stringify({ '31337:0x00000000000000000000000000000000000000aa:7:0x00000000000000000000000000000000000000bb': { ...note, revision: 0 } }));
    expect(readSecretBallotNote(storage, place)).toBeUndefined();
    storage.setItem('polity.secret-ballot-notes', JSON.stringify({ '31337:0x00000000000000000000000000000000000000aa:7:0x00000000000000000000000000000000000000bb': { ...note, projects: ['0'] } }));
    expect(readSecretBallotNote(storage, place)).toBeUndefined();
    // Keeping a note over a damaged store starts it afresh.
    storage.setItem('polity.secret-ballot-notes', '[1, 2]');
    keepSecretBallotNote(storage, place, note);
    expect(readSecretBallotNote(storage, place)).toEqual(note);
  });
});

describe('compareWithChain', () => {
  test('the chain counted what the note says', () => {
    expect(compareWithChain(note, 1n)).toBe('agrees');
    expect(compareWithChain(undefined, 0n)).toBe('agrees');
  });
  test('the chain counted a later ballot than the note knows: sent from another phone or browser', () => {
    expect(compareWithChain(note, 2n)).toBe('other-device');
    expect(compareWithChain(undefined, 1n)).toBe('other-device');
  });
  test('the note claims a ballot the chain never counted: the note is wrong', () => {
    expect(compareWithChain(note, 0n)).toBe('not-counted');
    expect(compareWithChain({ ...note, revision: 3 }, 2n)).toBe('not-counted');
  });
});
