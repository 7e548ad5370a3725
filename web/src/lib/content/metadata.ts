/**
 * Settings published with a text, ahead of its heading, between two `---` lines (front matter):
 *
 *     ---
 *     support-counts: shown
 *     ---
 *     # Green Wesoła 2026
 *
 * The hash on chain covers them with the text. A round's description says whether residents see
 * live support counts while voting is open; a project's says its district and address.
 */
export type TextMetadata = Readonly<Record<string, string>>;

const block = /^---\r?\n([\s\S]*?)\r?\n---\r?\n*/;

/** The text without its settings block, and the settings (keys in lower case). */
export function splitMetadata(text: string): { metadata: TextMetadata; text: string } {
  const match = block.exec(text);
  if (!match) return { metadata: {}, text };
  const metadata: Record<string, string> = {};
  for (const line of match[1]!.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    metadata[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { metadata, text: text.slice(match[0].length) };
}

/** A text with settings ahead of it; entries without a value are left out (and no block when none has one). */
export function withMetadata(text: string, metadata: Readonly<Record<string, string | undefined>>): string {
  const lines = Object.entries(metadata)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1].trim() !== '')
    .map(([name, value]) => `${name}: ${value.replace(/[\r\n]+/g, ' ').trim()}`);
  return lines.length === 0 ? text : `---\n${lines.join('\n')}\n---\n${text}`;
}
