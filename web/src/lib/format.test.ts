import { afterEach, describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages.js';
import { overwriteGetLocale } from '$lib/paraglide/runtime.js';
import { moneyShare, percent, percentTenths, percentValue } from './format';

const speak = (locale: 'en' | 'pl') => overwriteGetLocale(() => locale);
afterEach(() => speak('en'));

describe('percent', () => {
  it('rounds half up to one decimal, never truncates', () => {
    expect(percentTenths(5n, 9n)).toBe(556);
    expect(percentTenths(1n, 3n)).toBe(333);
    expect(percentTenths(2n, 3n)).toBe(667);
    expect(percentTenths(1n, 8n)).toBe(125);
    expect(percentTenths(1n, 2000n)).toBe(1);
    expect(percentTenths(1n, 2001n)).toBe(0);
    expect(percentTenths(0n, 0n)).toBe(0);
    speak('en');
    expect(percent(5n, 9n)).toBe('55.6%');
    expect(percent(9n, 9n)).toBe('100%');
    expect(percentValue(5n, 9n)).toBe(55.6);
  });

  it('agrees with exact rounding on every share of small wholes (differential)', () => {
    for (let whole = 1n; whole <= 60n; whole += 1n) {
      for (let part = 0n; part <= whole; part += 1n) {
        // Independent model: compare 1000 * part / whole with the nearest tenth, ties upward.
        const scaled = Number(part * 1000n) / Number(whole);
        const lower = Math.floor(scaled);
        const remainder = part * 1000n - BigInt(lower) * whole;
        const expected = remainder * 2n >= whole ? lower + 1 : lower;
        expect(percentTenths(part, whole)).toBe(expected);
      }
    }
  });

  it('is written the way each language writes it', () => {
    speak('pl');
    expect(percent(5n, 9n)).toMatch(/^55,6\s?%$/);
  });
});

describe('moneyShare', () => {
  it('writes an exact share to the cent', () => {
    speak('en');
    expect(moneyShare({ numerator: 11_397n, denominator: 4n }, { symbol: 'zł', decimals: 0 })).toBe('2,849.25 zł');
    expect(moneyShare({ numerator: 150_000n, denominator: 54n }, { symbol: 'zł', decimals: 0 })).toBe('2,777.78 zł');
    expect(moneyShare({ numerator: 5_278n, denominator: 1n }, { symbol: '', decimals: 0 })).toBe('5,278');
  });
});

describe('counted words', () => {
  it('use the plural form of each language: English one/other, Polish one/few/many', () => {
    expect(m.represents_count({ count: 1, direct: '1' }, { locale: 'en' })).toBe('1 resident (1 directly)');
    expect(m.represents_count({ count: 3, direct: '2' }, { locale: 'en' })).toBe('3 residents (2 directly)');
    expect(m.represents_count({ count: 1, direct: '1' }, { locale: 'pl' })).toBe('1 mieszkańca (1 bezpośrednio)');
    expect(m.represents_count({ count: 22, direct: '2' }, { locale: 'pl' })).toBe('22 mieszkańców (2 bezpośrednio)');
    expect(m.finalise_done({ count: 1 }, { locale: 'en' })).toBe('The result is final: 1 project is funded.');
    expect(m.finalise_done({ count: 2 }, { locale: 'en' })).toBe('The result is final: 2 projects are funded.');
    expect(m.finalise_done({ count: 1 }, { locale: 'pl' })).toBe('Wynik jest ostateczny: sfinansowano 1 projekt.');
    expect(m.finalise_done({ count: 3 }, { locale: 'pl' })).toBe('Wynik jest ostateczny: sfinansowano 3 projekty.');
    expect(m.finalise_done({ count: 5 }, { locale: 'pl' })).toBe('Wynik jest ostateczny: sfinansowano 5 projektów.');
    expect(m.finalise_done({ count: 22 }, { locale: 'pl' })).toBe('Wynik jest ostateczny: sfinansowano 22 projekty.');
    expect(m.audit_log({ count: 1 }, { locale: 'pl' })).toBe('Dziennik działań (1 zdarzenie)');
    expect(m.audit_log({ count: 1234 }, { locale: 'en' })).toBe('Activity log (1,234 events)');
    expect(m.verify_ballots({ count: 4 }, { locale: 'pl' })).toBe('4 karty');
    expect(m.results_summary({ ballots: 1n, spent: '5 zł', budget: '9 zł' }, { locale: 'en' })).toBe('1 ballot · 5 zł of 9 zł spent');
  });
});
