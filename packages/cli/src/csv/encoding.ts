import { basename } from 'node:path';
import { decodeText, PabulibEncodingError } from '@polity/sdk';
import { CliError } from '../errors.js';

export interface CsvEncodingOptions {
  /** `--encoding`: the file's encoding when it is not UTF-8 and has no byte-order mark. */
  readonly encoding?: string;
  /** Whether the command has an `--encoding` option to suggest. */
  readonly encodingOption?: boolean;
}

/**
 * The text of a CSV file, the same for the same document whatever a spreadsheet saved it as. A
 * byte-order mark (UTF-8, UTF-16) decides the encoding; otherwise the bytes must be UTF-8 or the
 * encoding given. Anything else is refused, naming the encoding it looks like: decoding windows-1250 as
 * UTF-8 would silently turn `Łódź` into other characters, so the same resident's credential would hash
 * to a different commitment and could be admitted twice. The text is then put in Unicode NFC, so a
 * name typed with combining accents (`o` + U+0301) and one typed precomposed (`ó`) are the same text.
 */
export function decodeCsv(bytes: Uint8Array, shownAs: string, options: CsvEncodingOptions = {}): string {
  try {
    return decodeText(bytes, { source: basename(shownAs), ...(options.encoding === undefined ? {} : { encoding: options.encoding }) }).text.normalize('NFC');
  } catch (error) {
    if (!(error instanceof PabulibEncodingError)) throw error;
    const convert = 'convert the file to UTF-8 (in a spreadsheet: Save As, "CSV UTF-8")';
    const hint =
      options.encodingOption === true && error.likelyEncoding !== undefined
        ? `Pass --encoding ${error.likelyEncoding} if that is its encoding, or ${convert}.`
        : `${convert[0]!.toUpperCase()}${convert.slice(1)}${options.encodingOption === true ? ', or pass --encoding with its encoding' : ''}.`;
    throw new CliError(error.message, hint, 1, { cause: error });
  }
}
