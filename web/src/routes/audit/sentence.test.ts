import { afterEach, describe, expect, it } from 'vitest';
import { budgetRoundsAbi, milestoneEscrowAbi, polityGovernorAbi, residentRegistryAbi, roundResultsAbi, timelockControllerAbi, type PolityActivity } from '@polity/sdk';
import type { AbiParameter } from 'viem';
import { overwriteGetLocale } from '$lib/paraglide/runtime.js';
import { auditSentence, type Words } from './sentence';

const speak = (locale: 'en' | 'pl') => overwriteGetLocale(() => locale);
afterEach(() => speak('en'));

const words: Words = {
  person: (address) => (address.endsWith('aa') ? 'Ewa' : `resident ${address.slice(2, 6)}`),
  money: (amount) => `${amount} zł`,
  native: (amount) => `${amount} wei`,
  count: (value) => String(value),
  date: (seconds) => `day ${seconds}`,
  duration: (seconds) => `${seconds} s`,
  phase: (phase) => `phase ${phase}`,
  topic: (topic) => `topic ${topic}`,
};

/** A value of the ABI type, as viem decodes it. */
function sample(parameter: AbiParameter): unknown {
  const { type } = parameter;
  if (type.endsWith('[]')) return [sample({ ...parameter, type: type.slice(0, -2) } as AbiParameter), sample({ ...parameter, type: type.slice(0, -2) } as AbiParameter)];
  if (type === 'tuple') return Object.fromEntries(((parameter as { components?: readonly AbiParameter[] }).components ?? []).map((component) => [component.name, sample(component)]));
  if (type.startsWith('uint') || type.startsWith('int')) return type === 'uint8' || type === 'uint16' || type === 'uint32' || type === 'int32' ? 1 : 3n;
  if (type === 'address') return '0x00000000000000000000000000000000000000aa';
  if (type === 'bool') return true;
  if (type === 'string') return 'Night bus N72';
  return '0x00';
}

const components = { registry: residentRegistryAbi, governor: polityGovernorAbi, timelock: timelockControllerAbi, rounds: budgetRoundsAbi, results: roundResultsAbi, escrow: milestoneEscrowAbi };
const events = Object.entries(components).flatMap(([contract, abi]) =>
  abi.filter((item) => item.type === 'event').map((event) => ({ contract, eventName: event.name, args: Object.fromEntries(event.inputs.map((input) => [input.name, sample(input)])) }) as unknown as PolityActivity),
);

describe('auditSentence: every event of the audit log told as a sentence', () => {
  it('has a sentence for every event the polity contracts emit, in English and in Polish, with every placeholder filled', () => {
    expect(events.length).toBeGreaterThan(50);
    for (const event of events) {
      speak('en');
      const english = auditSentence(event, words);
      speak('pl');
      const polish = auditSentence(event, words);
      expect(english, event.eventName).not.toBe(event.eventName);
      expect(polish, event.eventName).not.toBe(english);
      for (const text of [english, polish]) expect(text, event.eventName).not.toMatch(/[{}]|undefined|NaN|\[object|0x/);
    }
  });

  it('names people, money, proposals by number and topics by name', () => {
    const vote = { contract: 'governor', eventName: 'VoteCast', args: { voter: '0x00000000000000000000000000000000000000aa', proposalId: (5n << 72n) | 7n, support: 1, weight: 12n, reason: 'Buses at night matter' } } as unknown as PolityActivity;
    expect(auditSentence(vote, words)).toBe('Ewa voted for proposal 7, with 12 votes: “Buses at night matter”');
    speak('pl');
    expect(auditSentence(vote, words)).toBe('Ewa głosuje za wnioskiem nr 7, liczba głosów: 12: „Buses at night matter”');
    speak('en');
    const opened = { contract: 'rounds', eventName: 'RoundOpened', args: { roundId: 2n, openedBy: '0x00000000000000000000000000000000000000aa', config: { budget: 300_000n }, categories: [] } } as unknown as PolityActivity;
    expect(auditSentence(opened, words)).toBe('Ewa opened round 2, with a budget of 300000 zł.');
    const delegated = { contract: 'registry', eventName: 'TopicDelegateChanged', args: { delegator: '0x00000000000000000000000000000000000000aa', topic: 2, fromDelegate: '0x0000000000000000000000000000000000000000', toDelegate: '0x1234000000000000000000000000000000000001' } } as unknown as PolityActivity;
    expect(auditSentence(delegated, words)).toBe('Ewa passes their vote on topic 2 to resident 1234.');
    const revoked = { ...delegated, args: { ...(delegated as { args: object }).args, toDelegate: '0x0000000000000000000000000000000000000000' } } as unknown as PolityActivity;
    expect(auditSentence(revoked, words)).toBe('Ewa took back their vote on topic 2.');
  });

  it("tells a secret round's ballot by its content and names no one", () => {
    const ballot = (roundId: bigint, projects: number[]) =>
      ({ contract: 'rounds', eventName: 'BallotCast', args: { roundId, voter: '0x00000000000000000000000000000000000000aa', projects, points: [], weight: 1n, commitment: '0x00' } }) as unknown as PolityActivity;
    const secretWords: Words = { ...words, secretRound: (roundId) => roundId === 4n };
    expect(auditSentence(ballot(4n, [1, 3]), secretWords)).toBe('A secret ballot in round 4 chose projects 1, 3. No account is recorded with it.');
    expect(auditSentence(ballot(4n, []), secretWords)).toBe('A secret ballot in round 4 chose no project. No account is recorded with it.');
    speak('pl');
    expect(auditSentence(ballot(4n, [1, 3]), secretWords)).toBe('Tajna karta w edycji 4 wybiera projekty 1, 3. Nie zapisano przy niej żadnego konta.');
    speak('en');
    // A public round's ballot still names its voter.
    expect(auditSentence(ballot(2n, [1, 3]), secretWords)).toBe('Ewa cast a ballot in round 2 (projects chosen: 2).');
  });
});
