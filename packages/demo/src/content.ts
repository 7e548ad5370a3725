import { keccak256, toBytes, type Hex } from 'viem';

/**
 * The texts the seed puts hashes of on chain (round and project descriptions, review reasons,
 * milestone texts and evidence), kept by content hash (keccak256 of the UTF-8 text) until the city's
 * server runs: the seed needs each hash before the transaction that stores it, and the server needs
 * the deployed polity before it can start. `publishCityTexts` then publishes them all through it.
 */
export class ContentStore {
  readonly #texts = new Map<Hex, string>();

  publish(text: string): Hex {
    const hash = keccak256(toBytes(text));
    this.#texts.set(hash, text);
    return hash;
  }

  get(hash: string): string | undefined {
    return this.#texts.get(hash.toLowerCase() as Hex);
  }

  entries(): IterableIterator<[Hex, string]> {
    return this.#texts.entries();
  }

  get size(): number {
    return this.#texts.size;
  }
}

/** A published text with a title line, as the web app reads it. */
export const titled = (title: string, body: string): string => `# ${title}\n\n${body}\n`;

/**
 * A project's published text with its district and address line ahead of it (the settings block the
 * web app reads, see web/src/lib/content/metadata.ts).
 */
export const placed = (text: string, district: number, address: string): string => `---\ndistrict: ${district}\naddress: ${address}\n---\n${text}`;

/**
 * Polish translations the demo city publishes beside its English texts (docs/server.md#translations):
 * [the original's title, the Polish title, the Polish text]. Some texts are left untranslated on
 * purpose, so that the app shows them in the original language, marked as such.
 */
export const polishTranslations: readonly (readonly [string, string, string])[] = [
  ['Green Wesoła 2026', 'Zielona Wesoła 2026', 'Miasto przeznacza 150 000 zł na projekty, dzięki którym Wesoła będzie bardziej zielona i sąsiedzka. Każdy mieszkaniec może poprzeć dowolnie wiele projektów; pieniądze dzieli metoda równych udziałów, tak aby każda grupa mieszkańców dostała projekty na miarę swojej liczebności.'],
  ['Culture in Wesoła 2026', 'Kultura w Wesołej 2026', 'Sześćdziesiąt tysięcy złotych na kulturę. Każdy mieszkaniec rozdziela dziesięć punktów między projekty, które mu się podobają, najwyżej pięć na jeden; projekty z największą liczbą punktów dostają pieniądze, dopóki ich starcza.'],
  ['Trees along Jana Pawła II', 'Drzewa wzdłuż Jana Pawła II', 'Posadzenie 120 drzew przy głównej ulicy, z podlewaniem i pielęgnacją przez trzy lata.'],
  ['Rain garden at the school', 'Ogród deszczowy przy szkole', 'Zamiana asfaltowego narożnika szkolnego podwórka w ogród deszczowy, który wchłania wodę opadową; uczniowie pomagają go obsadzić.'],
  ['Open-air cinema nights', 'Wieczory kina plenerowego', 'Osiem letnich seansów filmowych w parku, z ekranem, nagłośnieniem i filmami wybranymi przez mieszkańców.'],
];

/** The city's topic and district names in Polish (topics as the chain names them, districts by number). */
export const polishNames = {
  topics: { general: 'sprawy ogólne', transport: 'transport', education: 'edukacja', environment: 'środowisko' },
  districts: { '0': 'Całe miasto', '1': 'Stara Miłosna', '2': 'Centrum', '3': 'Groszówka', '4': 'Zielona' },
} as const;

/** The texts translating the store's originals (found by their title) into Polish, and the names text. */
export function polishTexts(content: ContentStore): string[] {
  const byTitle = new Map<string, Hex>();
  for (const [hash, text] of content.entries()) {
    const title = /^(?:---\r?\n[\s\S]*?\r?\n---\r?\n+)?#\s+(.+)\n/.exec(text)?.[1]?.trim();
    if (title !== undefined && !byTitle.has(title)) byTitle.set(title, hash);
  }
  const texts = polishTranslations.flatMap(([title, polishTitle, polishBody]) => {
    const original = byTitle.get(title);
    return original ? [`---\ntranslation-of: ${original}\nlanguage: pl\n---\n${titled(polishTitle, polishBody)}`] : [];
  });
  return [...texts, `---\ntranslation-of: names\nlanguage: pl\n---\n${JSON.stringify(polishNames)}\n`];
}
