import { afterEach, describe, expect, it } from 'vitest';
import { buildSettingChangeProposal, buildTransferProposal, decodeProposalActions, type PolityAddresses } from '@polity/sdk';
import { overwriteGetLocale } from '$lib/paraglide/runtime.js';
import { actionSentence, type ActionWords } from './action-sentence';
import { withoutGeneratedActions } from './proposal-text';

const speak = (locale: 'en' | 'pl') => overwriteGetLocale(() => locale);
afterEach(() => speak('en'));

const address = (n: number) => `0x${n.toString(16).padStart(40, '0')}` as const;
const polity: PolityAddresses = { chainId: 31337, registry: address(1), governor: address(2), timelock: address(3), rounds: address(4), results: address(5), escrow: address(6) };
const token = address(7);
const club = address(0xc1b);
const words: ActionWords = {
  person: (who) => (who.toLowerCase() === club ? 'Wesoła Sports Club' : `someone ${who.slice(-4)}`),
  money: (amount) => `${amount} zł`,
  native: (amount) => `${amount} wei`,
  count: (value) => String(value),
  duration: (seconds) => `${Number(seconds) / 86_400} days`,
};

describe('actionSentence: what a proposal does, in the reader\'s language', () => {
  it('says a payment, setting changes and rights from the decoded calls, never with an address', () => {
    const transfer = buildTransferProposal(polity, { title: 'Benches', token, to: club, amount: 48_000n });
    const settings = buildSettingChangeProposal(polity, {
      title: 'Settings',
      changes: [
        { setting: 'votingPeriod', seconds: 7 * 86_400 },
        { setting: 'grantRole', component: 'registry', role: 'REGISTRAR_ROLE', account: club },
        { setting: 'quorumPercent', percent: 10 },
      ],
    });
    const said = [...decodeProposalActions(polity, transfer), ...decodeProposalActions(polity, settings)].map((action) => actionSentence(action, words));
    expect(said).toEqual([
      { text: 'Pay 48000 zł to Wesoła Sports Club.', known: true },
      { text: 'Voting on proposals lasts 7 days.', known: true },
      { text: 'Give Wesoła Sports Club the right: admitting residents.', known: true },
      { text: 'The quorum becomes 10% of residents.', known: true },
    ]);
    speak('pl');
    expect(actionSentence(decodeProposalActions(polity, transfer)[0]!, words).text).toBe('Wypłata 48000 zł dla Wesoła Sports Club.');
  });

  it('keeps the SDK summary, marked as not said, for a call it does not know', () => {
    const unknown = decodeProposalActions(polity, { targets: [address(0xbad)], values: [0n], calldatas: ['0x12345678'] })[0]!;
    expect(actionSentence(unknown, words)).toEqual({ text: unknown.summary, known: false });
  });
});

describe('withoutGeneratedActions', () => {
  it('drops the English action list the builders append only when it is what the calls say', () => {
    const draft = buildTransferProposal(polity, { title: 'Benches', body: 'For the park.', token, to: club, amount: 48_000n });
    const actions = decodeProposalActions(polity, draft);
    expect(draft.description).toContain('## Actions');
    expect(withoutGeneratedActions(draft.description.trimEnd(), actions)).toBe('# Benches\n\nFor the park.');
    const misleading = draft.description.replace(/1\. .*/, '1. pay 1 zł to the library');
    expect(withoutGeneratedActions(misleading.trimEnd(), actions)).toBe(misleading.trimEnd());
  });
});
