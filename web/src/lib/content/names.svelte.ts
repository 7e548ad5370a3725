/**
 * The city's topic and district names in the reader's language, read once per page load (and again
 * after the council publishes new ones). A name the council did not translate shows as it is.
 */
import { getLocale } from '$lib/paraglide/runtime.js';
import { cityLanguage, readNames, translationRevision } from './translations.svelte';
import { translatedName, type CityNames } from './translation';

let names = $state<CityNames | undefined>(undefined);
let loadedFor: string | undefined;

function current(): CityNames | undefined {
  const wanted = `${getLocale()}:${translationRevision.value}`;
  if (loadedFor !== wanted) {
    loadedFor = wanted;
    const language = getLocale();
    // Written only when the answer arrives: never while a page is being drawn.
    if (language !== cityLanguage)
      void readNames(language).then((found) => {
        if (loadedFor === wanted) names = found;
      });
  }
  return names;
}

/** A topic's name (as the chain has it) in the reader's language. */
export function topicLabel(name: string): string {
  return translatedName(current(), 'topics', name, name);
}

/** A district's name in the reader's language; `fallback` is its name in the app's configuration. */
export function districtLabel(district: number, fallback: string): string {
  return translatedName(current(), 'districts', String(district), fallback);
}
