import { splitMetadata } from './metadata';

export interface PublishedText {
  readonly title: string;
  readonly body: string;
}

/** Splits a markdown text into its first-level heading and the rest (its settings block left out, see metadata.ts). */
export function splitTitle(published: string): PublishedText {
  const { text } = splitMetadata(published);
  const match = /^#\s+(.+)\n*/.exec(text);
  return match ? { title: match[1]!.trim(), body: text.slice(match[0].length) } : { title: text.split('\n')[0] ?? '', body: text };
}
