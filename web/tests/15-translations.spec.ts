import type { Page } from '@playwright/test';
import { demo, expect, test } from './fixtures';

/**
 * Texts in the reader's language: the demo city published Polish translations of a few texts and its
 * topic and district names (packages/demo/src/content.ts); others are left in English on purpose.
 * The Green Wesoła round's projects, in order: 0 Trees along Jana Pawła II (translated), 2 Community
 * compost points (not translated), 4 Repair café (the council translates it here).
 */
const green = () => demo().rounds.finished;
const onPhone = (page: Page) => page.setViewportSize({ width: 390, height: 844 });

test('a Polish reader sees the round, a project and the topic and district names in Polish, and an untranslated text in English marked as such', async ({ app, page }) => {
  await app.open('/');
  await app.language('pl');
  await onPhone(page);

  await app.open(`/rounds/${green()}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zielona Wesoła 2026');
  await expect(page.locator('main')).toContainText('Miasto przeznacza 150 000 zł');
  await expect(page.locator('main')).toContainText('Całe miasto');
  await expect(page.getByTestId('project-card-0').getByRole('link')).toHaveText('Drzewa wzdłuż Jana Pawła II');
  await expect(page.getByTestId('project-card-2').getByRole('link')).toHaveText('Community compost points');
  const mark = page.getByTestId('translation-mark').first();
  await expect(mark).toHaveAttribute('data-version', 'translation');
  await expect(mark).toContainText('Przetłumaczono na Twój język.');
  await app.check('translations-round-pl-phone');

  // The original is one click away, and back.
  await mark.getByRole('button', { name: 'Pokaż oryginał' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Green Wesoła 2026');
  await expect(page.locator('main')).toContainText('The city sets aside 150,000 zł');
  await expect(mark).toHaveAttribute('data-version', 'original');
  await mark.getByRole('button', { name: 'Pokaż tłumaczenie' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zielona Wesoła 2026');

  await app.open(`/rounds/${green()}/projects/0`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Drzewa wzdłuż Jana Pawła II');
  await expect(page.locator('main')).toContainText('Posadzenie 120 drzew przy głównej ulicy');
  await expect(page.getByRole('link', { name: /Zielona Wesoła 2026/ })).toBeVisible();
  await app.check('translations-project-pl-phone');

  // No translation into Polish: the original, marked "original language".
  await app.open(`/rounds/${green()}/projects/2`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Community compost points');
  const untranslated = page.getByTestId('translation-mark');
  await expect(untranslated).toHaveAttribute('data-version', 'original');
  await expect(untranslated).toHaveText('Język oryginału: jeszcze nie przetłumaczono na Twój język.');
  await expect(untranslated.getByRole('button')).toHaveCount(0);
  await expect(page.locator('main [lang="en"]').first()).toBeVisible();
  await app.check('translations-untranslated-pl-phone');

  // Topic names, as the council published them in Polish.
  await app.open('/delegation');
  await app.actAs('Zofia');
  await expect(page.getByTestId('topic-environment').getByRole('heading')).toHaveText('środowisko');
  await expect(page.getByTestId('topic-general').getByRole('heading')).toHaveText('sprawy ogólne');
  await expect(page.getByTestId('directory-topic').locator('option')).toContainText(['sprawy ogólne', 'transport', 'edukacja', 'środowisko']);
  await app.check('translations-delegation-pl-phone');

  // An English reader sees the originals, unmarked.
  await app.language('en');
  await app.open(`/rounds/${green()}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Green Wesoła 2026');
  await expect(page.getByTestId('translation-mark')).toHaveCount(0);
  await expect(page.locator('main')).toContainText('Whole city');
});

test('council staff add a translation of a project and correct a topic name; a resident is not offered the form', async ({ app, page }) => {
  await app.open('/');
  await app.language('pl');
  await onPhone(page);

  await app.open(`/rounds/${green()}/projects/4`);
  await app.actAs('Zofia');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Repair café');
  await expect(page.getByTestId('add-translation')).toHaveCount(0);

  await app.actAs('Council');
  const form = page.getByTestId('add-translation');
  await form.getByText('Dodaj tłumaczenie').click();
  await expect(form.getByLabel('Przetłumacz na')).toHaveValue('pl');
  // Nothing is sent without a title; what was typed stays.
  await form.getByLabel('Treść').fill('Comiesięczna kawiarenka naprawcza w bibliotece: narzędzia, wolontariusze i mały budżet na części.');
  await form.getByRole('button', { name: 'Opublikuj tłumaczenie' }).click();
  await expect(form.getByRole('alert')).toHaveText('Wpisz przetłumaczony tytuł.');
  await expect(form.getByLabel('Treść')).toHaveValue(/Comiesięczna kawiarenka/);
  await form.getByLabel('Tytuł').fill('Kawiarenka naprawcza');
  await form.getByRole('button', { name: 'Opublikuj tłumaczenie' }).click();
  await expect(form.getByTestId('translation-published')).toHaveText('Opublikowano. Czytelnicy w języku: polski widzą teraz Twoje tłumaczenie.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kawiarenka naprawcza');
  await expect(page.locator('main')).toContainText('Comiesięczna kawiarenka naprawcza w bibliotece');
  await app.check('translations-added-pl-phone');

  // Another reader, on a fresh page load, sees it too.
  await app.open(`/rounds/${green()}/projects/4`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kawiarenka naprawcza');

  // The names page: the published names fill the form; a corrected one shows at once.
  await app.open('/council/translations');
  await expect(page.getByLabel('education', { exact: true })).toHaveValue('edukacja');
  await expect(page.getByLabel('Whole city', { exact: true })).toHaveValue('Całe miasto');
  await page.getByLabel('education', { exact: true }).fill('oświata');
  await page.getByRole('button', { name: 'Opublikuj nazwy' }).click();
  await expect(page.getByTestId('names-published')).toHaveText('Opublikowano. Czytelnicy w języku: polski widzą teraz te nazwy.');
  await app.check('translations-names-pl-phone');
  await app.open('/delegation');
  await expect(page.getByTestId('topic-education').getByRole('heading')).toHaveText('oświata');
  await app.language('en');
});
