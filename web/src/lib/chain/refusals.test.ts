import { afterEach, describe, expect, it } from 'vitest';
import * as sdk from '@polity/sdk';
import { overwriteGetLocale } from '$lib/paraglide/runtime.js';
import { contractRefusalNames, refusalMessage, sdkErrorMessage, sdkErrorNames } from './refusals';

const speak = (locale: 'en' | 'pl') => overwriteGetLocale(() => locale);
afterEach(() => speak('en'));

const zloty = { symbol: 'zł', decimals: 0 };

/** Arguments of the right types for a custom error, as viem would decode them. */
function sampleArgs(inputs: readonly { type: string }[]): unknown[] {
  return inputs.map(({ type }) => {
    if (type.startsWith('uint') || type.startsWith('int')) return 2n;
    if (type === 'address') return '0x00000000000000000000000000000000000000aa';
    if (type === 'bool') return true;
    if (type === 'string') return 'x';
    if (type.startsWith('bytes')) return '0x00';
    return {};
  });
}

const customErrors = sdk.polityAbi.filter((item): item is Extract<(typeof sdk.polityAbi)[number], { type: 'error' }> => item.type === 'error');
const errorClasses = Object.entries(sdk).filter(([, value]) => typeof value === 'function' && value.prototype instanceof Error && (value === sdk.PolityError || value.prototype instanceof sdk.PolityError));

describe('refusals: every error a contract or the SDK can raise, in both languages', () => {
  it('has a sentence for every custom error of the polity contracts, different in English and Polish, with every placeholder filled', () => {
    expect(customErrors.length).toBeGreaterThan(100);
    const missing: string[] = [];
    for (const error of customErrors) {
      const args = sampleArgs(error.inputs);
      speak('en');
      const english = refusalMessage(error.name, args, zloty);
      speak('pl');
      const polish = refusalMessage(error.name, args, zloty);
      if (english === undefined || polish === undefined) {
        missing.push(error.name);
        continue;
      }
      expect(english, error.name).not.toBe(polish);
      for (const text of [english, polish]) {
        expect(text, error.name).not.toMatch(/[{}]|undefined|NaN|\[object/);
        expect(text.length, error.name).toBeGreaterThan(20);
      }
    }
    expect(missing, 'custom errors without a sentence: add them to web/src/lib/chain/refusals.ts and both message files').toEqual([]);
  });

  it('lists no error the contracts do not have (the catalogue follows the ABIs)', () => {
    const names = new Set<string>(customErrors.map((error) => error.name));
    expect(contractRefusalNames.filter((name) => !names.has(name))).toEqual([]);
  });

  it('has a sentence for every error class the SDK exports, in both languages', () => {
    expect(errorClasses.length).toBeGreaterThan(20);
    const missing = errorClasses.map(([name]) => name).filter((name) => !sdkErrorNames.includes(name));
    expect(missing, 'SDK errors without a sentence').toEqual([]);
    for (const [name] of errorClasses) {
      speak('en');
      const english = sdkErrorMessage([name]);
      speak('pl');
      expect(sdkErrorMessage([name]), name).not.toBe(english);
    }
  });

  it('says amounts in the city currency and dates in the reader\'s language, from the error\'s own arguments', () => {
    speak('en');
    expect(refusalMessage('BallotOverBudget', [3n, 120_000n, 100_000n], zloty)).toBe('Your ballot adds up to 120,000 zł, more than the budget of 100,000 zł. Remove projects until it fits.');
    expect(refusalMessage('BudgetRoundWrongPhase', [1n, 0, 2], zloty)).toBe('The round is in its submission phase, and this needs the voting phase. Reload the page to see the schedule.');
    expect(refusalMessage('ResidentRegistryZeroAddress', [4n], zloty)).toBe('Row 5 has no account. Fill it in or remove the row.');
    expect(refusalMessage('TimelockInsufficientDelay', [60n, 172_800n], zloty)).toContain('at least 2 days');
    expect(refusalMessage('FailedCall', [], zloty)).toContain('(FailedCall); nothing was changed');
    speak('pl');
    const polish = refusalMessage('BallotOverBudget', [3n, 120_000n, 100_000n], zloty)!;
    expect(polish).toMatch(/^Twoja karta sumuje się do 120\s000 zł, więcej niż budżet 100\s000 zł\./);
    expect(refusalMessage('BudgetRoundWrongPhase', [1n, 0, 2], zloty)).toContain('etapie: zgłaszanie');
    expect(refusalMessage('TimelockInsufficientDelay', [60n, 172_800n], zloty)).toContain('2 dni');
    expect(refusalMessage('NoSuchError', [], zloty)).toBeUndefined();
  });

  it('falls back from an SDK error class to the broader one that has a sentence', () => {
    speak('en');
    expect(sdkErrorMessage(['SomeNewBallotError', 'PolityContractError', 'PolityError'])).toBe('The polity refused this. Nothing was changed.');
    expect(sdkErrorMessage(['Unknown'])).toBeUndefined();
  });
});
