import { contentHash as hashOf } from '@polity/sdk';
import type { Hex } from 'viem';
import { CliError } from '../errors.js';

/** A text whose content hash goes (or went) on chain, and what it is, for messages: "the round's description", "project 3 (line 4)". */
export interface PublicText {
  readonly what: string;
  readonly text: string;
  readonly contentHash: Hex;
}

/** The text must hash to the hash the chain holds: a text edited by hand after the fact is refused, not published. */
export function checkedText(text: PublicText, source: string): PublicText {
  const actual = hashOf(text.text);
  if (actual !== text.contentHash.toLowerCase()) {
    throw new CliError(`${source}: the text of ${text.what} hashes to ${actual}, not to its recorded content hash ${text.contentHash}`, 'The text was changed after its hash went on chain: restore it as it was submitted (the chain keeps only the hash).');
  }
  return text;
}
