/**
 * The `;`-separated records of a `.pb` text, CSV style: a field may be quoted with `"`, a quote inside a
 * quoted field is doubled (`""`), and a quoted field may contain `;` and line breaks. Unquoted fields
 * are trimmed (the format's own example writes `key; value`); quoted fields are kept exactly.
 */

/** Reports a malformed record; never returns. */
export type RecordProblem = (line: number, problem: string) => never;

/** Reads records one by one, remembering the line each started on. Blank lines are skipped. */
export class RecordReader {
  /** 1-based line on which the record last returned by {@link next} starts. */
  line = 0;
  private position = 0;
  private linesRead = 0;
  /** Index of the next `"` at or after `position` (text length when none); searched once, not per line. */
  private nextQuote = -1;

  constructor(
    private readonly text: string,
    private readonly fail: RecordProblem,
  ) {}

  /** The fields of the next record, or `undefined` at the end of the text. */
  next(): string[] | undefined {
    const text = this.text;
    while (this.position < text.length) {
      let end = text.indexOf('\n', this.position);
      if (end === -1) end = text.length;
      this.linesRead += 1;
      this.line = this.linesRead;
      const start = this.position;
      // Most lines have no quote at all: split them directly, which keeps large files fast.
      if (this.nextQuote < start) {
        const quote = text.indexOf('"', start);
        this.nextQuote = quote === -1 ? text.length : quote;
      }
      if (this.nextQuote >= end) {
        this.position = end + 1;
        const content = text.slice(start, end);
        if (content.trim() === '') continue;
        const fields = content.split(';');
        for (let i = 0; i < fields.length; i += 1) fields[i] = fields[i]!.trim();
        return fields;
      }
      return this.readQuotedRecord(start);
    }
    return undefined;
  }

  /** Character-by-character reading of a record holding at least one quote; may span several lines. */
  private readQuotedRecord(start: number): string[] {
    const text = this.text;
    const fields: string[] = [];
    let i = start;
    for (;;) {
      let j = i;
      while (text[j] === ' ' || text[j] === '\t') j += 1;
      if (text[j] === '"') {
        const openedOn = this.linesRead;
        const [value, after] = this.readQuotedField(j + 1);
        fields.push(value);
        j = after;
        while (text[j] === ' ' || text[j] === '\t') j += 1;
        if (text[j] === '\r' && text[j + 1] === '\n') j += 1;
        if (j < text.length && text[j] !== ';' && text[j] !== '\n') {
          if (this.linesRead > openedOn) {
            this.fail(openedOn, `a quoted field opened on this line runs on to line ${this.linesRead} and is followed by unexpected text there: a closing quote (") is probably missing`);
          }
          this.fail(openedOn, `unexpected text after a closing quote: put the whole field in quotes and double any quote inside it ("")`);
        }
      } else {
        while (j < text.length && text[j] !== ';' && text[j] !== '\n') j += 1;
        fields.push(text.slice(i, j).trim());
      }
      if (j >= text.length || text[j] === '\n') {
        this.position = j + 1;
        return fields;
      }
      i = j + 1; // past the `;`
    }
  }

  /** Reads a quoted field whose content starts at `from`; returns the value and the index past the closing quote. */
  private readQuotedField(from: number): [string, number] {
    const text = this.text;
    const startLine = this.linesRead;
    let value = '';
    let j = from;
    for (;;) {
      const close = text.indexOf('"', j);
      if (close === -1) this.fail(startLine, 'a quoted field is never closed: add the closing quote (")');
      const piece = text.slice(j, close);
      value += piece;
      this.linesRead += countLineBreaks(piece);
      if (text[close + 1] === '"') {
        value += '"';
        j = close + 2;
      } else {
        return [value, close + 1];
      }
    }
  }
}

function countLineBreaks(piece: string): number {
  let count = 0;
  for (let at = piece.indexOf('\n'); at !== -1; at = piece.indexOf('\n', at + 1)) count += 1;
  return count;
}

/** One field as written to a `.pb` file: quoted only when reading it back unquoted would change it. */
export function formatField(value: string): string {
  const needsQuotes = /[;"\r\n]/.test(value) || value !== value.trim();
  return needsQuotes ? `"${value.replaceAll('"', '""')}"` : value;
}
