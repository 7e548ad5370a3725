/** The three sections of a `.pb` file, in the order they must come. */
export type Section = 'META' | 'PROJECTS' | 'VOTES';

export const sectionOrder: readonly Section[] = ['META', 'PROJECTS', 'VOTES'];

/** How a one-field line reads as a section title. */
export type TitleReading =
  /** Exactly a title, in any case (`Projects`), possibly with a trailing colon. */
  | { readonly kind: 'title'; readonly section: Section }
  /** Close to a title (`PROJECT`, `VOTERS`, `PROJETCS`): read as it, with a warning. */
  | { readonly kind: 'misspelled'; readonly section: Section; readonly written: string }
  /** A word in capitals that is no title (`PROJEKTY`): the caller refuses it, naming the sections expected. */
  | { readonly kind: 'unknown'; readonly written: string };

/**
 * Reads a line of one field as a section title. A data row never has one field (every header has at
 * least two columns), so such a line is meant as a title; `undefined` when it does not look like a word
 * at all (`12`), which the caller reports as a row of the wrong width.
 */
export function readTitle(field: string): TitleReading | undefined {
  const written = field.trim();
  const word = written.replace(/:$/, '').trim().toUpperCase();
  if (word === 'META' || word === 'PROJECTS' || word === 'VOTES') return { kind: 'title', section: word };
  if (!/^[\p{L}_ -]+$/u.test(word)) return undefined;
  let best: Section | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const section of sectionOrder) {
    const distance = editDistance(word, section);
    if (distance < bestDistance) [best, bestDistance] = [section, distance];
  }
  // Two edits catch singulars, plurals and swapped letters without mistaking unrelated words for a title.
  if (best !== undefined && bestDistance <= Math.min(2, best.length - 3)) return { kind: 'misspelled', section: best, written };
  // Titles are written in capitals; a lower-case word alone on a line is more likely a row missing its `;`.
  return word.length >= 3 && written === written.toUpperCase() ? { kind: 'unknown', written } : undefined;
}

/** Levenshtein distance (insertions, deletions, substitutions), for words of a few letters. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    previous = current;
  }
  return previous[b.length]!;
}
