import { PolityError } from '../chain/errors/base.js';

/**
 * A `.pb` text that does not follow the pabulib format. The message names the line and the problem,
 * e.g. `line 57: project 12 has cost 'abc', expected a whole number`, prefixed by the file name when
 * the caller gave one.
 */
export class PabulibParseError extends PolityError {
  override readonly name = 'PabulibParseError';
  /** 1-based line of the text where the problem is. */
  readonly line: number;
  /** The problem without the location, e.g. `project 12 has cost 'abc', expected a whole number`. */
  readonly problem: string;
  /** File name or other label of the text, when the caller passed one to the parser. */
  readonly source: string | undefined;

  constructor(line: number, problem: string, source?: string) {
    super(`${source === undefined ? '' : `${source}: `}line ${line}: ${problem}`);
    this.line = line;
    this.problem = problem;
    this.source = source;
  }
}

/** A {@link PabulibFile} built in code that cannot be written as a `.pb` file, or lacks what is asked of it. */
export class PabulibDataError extends PolityError {
  override readonly name = 'PabulibDataError';
}

/**
 * Bytes that are not text in the encoding expected: not UTF-8 (and no encoding named), or invalid in the
 * encoding named. `likelyEncoding` is the encoding the bytes most likely are, when one could be told,
 * for the caller to suggest (`--encoding windows-1250`).
 */
export class PabulibEncodingError extends PolityError {
  override readonly name = 'PabulibEncodingError';
  readonly likelyEncoding: string | undefined;

  constructor(message: string, likelyEncoding: string | undefined) {
    super(likelyEncoding === undefined ? message : `${message}: convert it to UTF-8, or name its encoding (${likelyEncoding})`);
    this.likelyEncoding = likelyEncoding;
  }
}
