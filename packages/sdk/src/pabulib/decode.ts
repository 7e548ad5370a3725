import { PabulibEncodingError } from './errors.js';

/**
 * The text of a `.pb` file from its bytes. pabulib files are UTF-8, but cities publish what their
 * systems export: UTF-16 with a byte-order mark (Excel's "Unicode text"), or Central European 8-bit
 * encodings (ISO-8859-2, windows-1250). Bytes are never guessed into text silently: a byte-order mark
 * decides; otherwise the bytes must be valid UTF-8, or the caller names the encoding. A file that is
 * neither is refused naming the encoding it most likely is, since Latin-2 read as UTF-8 would turn
 * `Łódź` into `�d�` and make different ids of the same names.
 */
export interface DecodePabulibOptions {
  /**
   * The encoding of bytes without a byte-order mark, as a WHATWG label (`utf-8`, `windows-1250`,
   * `iso-8859-2`, `utf-16le`, ...). Default: UTF-8, strictly.
   */
  readonly encoding?: string;
  /** File name, used in error messages. */
  readonly source?: string;
}

export interface DecodedPabulib {
  readonly text: string;
  /** The encoding the bytes were read in (`utf-8`, `utf-16le`, `windows-1250`, ...). */
  readonly encoding: string;
  /** How it was chosen. */
  readonly by: 'byte-order mark' | 'option' | 'default';
}

/**
 * Throws {@link PabulibEncodingError}. Nothing here is specific to `.pb`: the CLI reads its CSV files
 * (residents, projects) with the same rules, as {@link decodeText}.
 */
export function decodePabulib(bytes: Uint8Array, options: DecodePabulibOptions = {}): DecodedPabulib {
  const source = options.source === undefined ? 'the file' : options.source;
  const bom = byteOrderMark(bytes);
  if (bom !== undefined) return { text: strictDecode(bytes, bom, source), encoding: bom, by: 'byte-order mark' };
  if (options.encoding !== undefined) {
    const encoding = encodingName(options.encoding, source);
    return { text: strictDecode(bytes, encoding, source), encoding, by: 'option' };
  }
  const utf16 = utf16WithoutMark(bytes);
  if (utf16 !== undefined) {
    throw new PabulibEncodingError(`${source} looks like ${utf16.toUpperCase()} text without a byte-order mark (every other byte is zero)`, utf16);
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', by: 'default' };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = lineAt(bytes, at);
    const likely = likelyEightBitEncoding(bytes);
    throw new PabulibEncodingError(
      `${source} is not UTF-8: byte 0x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')} on line ${line} is not valid UTF-8; it looks like ${likely === 'windows-1250' ? 'windows-1250 (Central European Windows)' : 'ISO-8859-2 (Latin-2)'}`,
      likely,
    );
  }
}

/** `utf-8`, `utf-16le` or `utf-16be` from a byte-order mark at the start, if there is one. */
function byteOrderMark(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** The decoder's canonical name for a label, or a refusal naming labels that work. */
function encodingName(label: string, source: string): string {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    throw new PabulibEncodingError(`${source}: '${label}' is not an encoding this reader knows; use a WHATWG label such as utf-8, windows-1250, iso-8859-2 or utf-16le`, undefined);
  }
}

/** Decodes, refusing bytes that are invalid in the encoding (the decoder drops a leading byte-order mark). */
function strictDecode(bytes: Uint8Array, encoding: string, source: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new PabulibEncodingError(`${source} is not valid ${encoding}: it has bytes that encoding cannot hold`, undefined);
  }
}

/** UTF-16 without a mark shows as a zero byte beside most ASCII characters (`M\0E\0T\0A\0`). */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 8) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) return 'utf-16be';
  return undefined;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k += 1) {
      if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    }
    // Overlong, surrogate and out-of-range sequences are the decoder's concern; the offset only points the reader.
    i += length;
  }
  return bytes.length - 1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/**
 * windows-1250 or ISO-8859-2, from the Polish letters only one of them places where they are: Ś, Ź, ś,
 * ź (0x8C, 0x8F, 0x9C, 0x9F in windows-1250, control codes in ISO-8859-2) and Ą, ą (0xA5, 0xB9 in
 * windows-1250; 0xA1, 0xB1 in ISO-8859-2). Ł, ł, ó, ę, ż and the others are at the same bytes in both.
 */
function likelyEightBitEncoding(bytes: Uint8Array): 'windows-1250' | 'iso-8859-2' {
  let windows = 0;
  let latin2 = 0;
  for (const byte of bytes) {
    if (byte === 0x8c || byte === 0x8f || byte === 0x9c || byte === 0x9f || byte === 0xa5 || byte === 0xb9) windows += 1;
    else if (byte === 0xa1 || byte === 0xb1 || byte === 0xa6 || byte === 0xac || byte === 0xb6 || byte === 0xbc) latin2 += 1;
  }
  return latin2 > windows ? 'iso-8859-2' : 'windows-1250';
}

/** {@link decodePabulib} under the name other text files use it by (a city's CSV exports). */
export const decodeText = decodePabulib;
