/**
 * Publishing translations (signed by the account acting now, like any text), kept apart from reading
 * them so that pages which only show texts do not load the publishing code.
 */
import type { Hex } from 'viem';
import type { PolityClient } from '@polity/sdk';
import { publishText } from './publish';
import { namesOriginal, namesText, translationText, type CityNames } from './translation';
import { translationPublished } from './translations.svelte';

/** Publishes a translation of the text under `original` and shows it at once. */
export async function publishTranslation(client: PolityClient, original: Hex, language: string, title: string, body: string): Promise<Hex> {
  const hash = await publishText(client, translationText(original, language, title, body));
  translationPublished(original);
  return hash;
}

/** Publishes the city's topic and district names in `language` (the council's). */
export async function publishNames(client: PolityClient, language: string, names: CityNames): Promise<Hex> {
  const hash = await publishText(client, namesText(language, names));
  translationPublished(namesOriginal);
  return hash;
}
