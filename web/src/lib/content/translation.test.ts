import { describe, expect, it } from 'vitest';
import { contentHash } from '@polity/sdk';
import { splitTitle } from './text';
import { chooseVersion, declaredTranslation, namesText, parseNames, translatedName, translationText } from './translation';

const original = '# Green Wesoła 2026\n\nThe city sets aside 150,000 zł.\n';
const originalHash = contentHash(original);
const polish = translationText(originalHash, 'pl', 'Zielona Wesoła 2026', 'Miasto przeznacza 150 000 zł.');

describe('translationText', () => {
  it('declares its original and language in its settings, invisible to the title and body', () => {
    expect(declaredTranslation(polish)).toEqual({ original: originalHash, language: 'pl' });
    expect(splitTitle(polish)).toEqual({ title: 'Zielona Wesoła 2026', body: 'Miasto przeznacza 150 000 zł.\n' });
    expect(declaredTranslation(original)).toBeUndefined();
  });
  it('keeps the title on one line', () => {
    expect(splitTitle(translationText(originalHash, 'pl', ' Zielona\nWesoła ', 'x')).title).toBe('Zielona Wesoła');
  });
});

describe('chooseVersion', () => {
  const base = { original: originalHash, originalText: original, cityLanguage: 'en' } as const;

  it('shows the translation into the reader\'s language', () => {
    expect(chooseVersion({ ...base, translation: polish, reader: 'pl' })).toEqual({ text: polish, language: 'pl', version: 'translation', foreign: false });
  });
  it('falls back to the original, marked, when there is no translation into the reader\'s language', () => {
    expect(chooseVersion({ ...base, translation: undefined, reader: 'pl' })).toEqual({ text: original, language: 'en', version: 'original', foreign: true });
  });
  it('shows the original unmarked to a reader of its language, whatever translations exist', () => {
    expect(chooseVersion({ ...base, translation: polish, reader: 'en' })).toEqual({ text: original, language: 'en', version: 'original', foreign: false });
  });
  it('takes the original\'s declared language over the city\'s', () => {
    const written = `---\nlanguage: pl\n---\n# Ławki\n\nNowe ławki.\n`;
    expect(chooseVersion({ original: contentHash(written), originalText: written, translation: undefined, reader: 'pl', cityLanguage: 'en' }).foreign).toBe(false);
    expect(chooseVersion({ original: contentHash(written), originalText: written, translation: undefined, reader: 'en', cityLanguage: 'en' })).toMatchObject({ version: 'original', foreign: true, language: 'pl' });
  });
  it('never shows a translation of another text or into another language for this one', () => {
    const other = translationText(contentHash('# Other\n'), 'pl', 'Inny', 'Inny tekst.');
    expect(chooseVersion({ ...base, translation: other, reader: 'pl' }).version).toBe('original');
    const ukrainian = translationText(originalHash, 'uk', 'Зелена Весола', 'Текст.');
    expect(chooseVersion({ ...base, translation: ukrainian, reader: 'pl' }).version).toBe('original');
  });
  it('shows the original when the reader asks for it, marked as foreign', () => {
    expect(chooseVersion({ ...base, translation: polish, reader: 'pl', wantOriginal: true })).toMatchObject({ version: 'original', foreign: true });
  });
});

describe('names', () => {
  it('round-trips the city\'s names for a language, leaving empty ones out', () => {
    const text = namesText('pl', { topics: { transport: 'Transport publiczny', education: ' ' }, districts: { '0': 'Całe miasto' } });
    expect(declaredTranslation(text)).toEqual({ original: 'names', language: 'pl' });
    expect(parseNames(text, 'pl')).toEqual({ topics: { transport: 'Transport publiczny' }, districts: { '0': 'Całe miasto' } });
    expect(parseNames(text, 'uk')).toBeUndefined();
    expect(parseNames(polish, 'pl')).toBeUndefined();
  });
  it('names a topic or district in the reader\'s language when published, else as it is', () => {
    const names = { topics: { transport: 'Transport publiczny' }, districts: { '1': 'Stara Miłosna' } };
    expect(translatedName(names, 'topics', 'transport', 'transport')).toBe('Transport publiczny');
    expect(translatedName(names, 'topics', 'education', 'education')).toBe('education');
    expect(translatedName(undefined, 'districts', '1', 'Stara Miłosna')).toBe('Stara Miłosna');
  });
});
