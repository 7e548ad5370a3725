import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import { CliError } from '../errors.js';
import { decodeCsv, type CsvEncodingOptions } from './encoding.js';

/** One data row of a CSV file: its line number (1 is the header) and its fields by column name. */
export interface CsvRow {
  readonly line: number;
  readonly fields: Readonly<Record<string, string>>;
  /** How many fields the row has, to compare with the header. */
  readonly width: number;
}

export interface CsvTable {
  readonly file: string;
  /** Column names, lower-cased and trimmed. */
  readonly columns: readonly string[];
  readonly rows: readonly CsvRow[];
}

/** A row the command will not send, with the line it is on and what is wrong with it. */
export interface RejectedRow {
  readonly line: number;
  readonly reason: string;
}

/**
 * Reads a CSV file with a header line (comma- or semicolon-separated, as spreadsheets export it). The
 * bytes are UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark, or in the encoding
 * given; other bytes are refused naming the encoding they look like (see {@link decodeCsv}), and the text
 * is put in Unicode NFC. A file that is not CSV at all (an unclosed quote, say) is an error naming the
 * line; a row with the wrong number of fields is left for the caller to reject.
 */
export async function readCsv(path: string, shownAs: string, options: CsvEncodingOptions = {}): Promise<CsvTable> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read ${shownAs}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message}`, 'Check the path (relative paths start from the repository root under pnpm polity).', 1, { cause: error });
  }
  return parseCsv(decodeCsv(bytes, shownAs, options), shownAs);
}

/** Parses CSV text (already decoded; see {@link readCsv}). Text is put in Unicode NFC here too. */
export function parseCsv(decoded: string, shownAs: string): CsvTable {
  const text = decoded.normalize('NFC');
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info: true` each record comes with the parser's info (its line); csv-parse's types do not model that option.
    records = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, trim: true, info: true }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) {
      const line = error.code === 'CSV_QUOTE_NOT_CLOSED' ? openingQuoteLine(text) : (error as CsvError & { lines?: number }).lines;
      const reason = error.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quote opens here and is never closed' : error.message.replace(/^Invalid [^:]*: /, '').replace(/ at line \d+/, '');
      throw new CliError(
        `${basename(shownAs)}${line === undefined ? '' : `: line ${line}`}: not valid CSV: ${reason}`,
        'Fix the file at that line (a quote that is never closed, or a quote inside an unquoted field) and run the command again.',
        1,
        { cause: error },
      );
    }
    throw error;
  }
  const [header, ...data] = records;
  if (header === undefined) throw new CliError(`${basename(shownAs)} is empty`, 'Give a header line naming the columns, then one line per row.');
  const columns = header.record.map((name) => name.trim().toLowerCase());
  const duplicate = columns.find((name, index) => columns.indexOf(name) !== index);
  if (duplicate !== undefined) throw new CliError(`${basename(shownAs)}: line ${header.info.lines}: the column '${duplicate}' appears twice in the header`, 'Keep one column of each name.');
  return {
    file: shownAs,
    columns,
    rows: data.map(({ record, info }) => ({
      line: info.lines,
      width: record.length,
      fields: Object.fromEntries(columns.map((name, index) => [name, record[index] ?? ''])),
    })),
  };
}

/** The line where the quote that is never closed opens: the last line after which the quotes stay unbalanced. */
function openingQuoteLine(text: string): number | undefined {
  let open = false;
  let opening: number | undefined;
  text.split(/\r?\n/).forEach((line, index) => {
    const quotes = line.split('"').length - 1;
    if (quotes % 2 === 1) {
      open = !open;
      if (open) opening = index + 1;
    }
  });
  return open ? opening : undefined;
}

/** Refuses a header without the columns a command needs, naming them and the columns it has. */
export function requireColumns(table: CsvTable, required: readonly string[], optional: readonly string[]): void {
  const missing = required.filter((name) => !table.columns.includes(name));
  if (missing.length > 0) {
    throw new CliError(
      `${basename(table.file)}: line 1: the header has no ${missing.map((name) => `'${name}'`).join(', ')} column${missing.length === 1 ? '' : 's'} (it has ${table.columns.map((name) => `'${name}'`).join(', ')})`,
      `The header must name the columns ${required.join(', ')}${optional.length > 0 ? ` and may add ${optional.join(', ')}` : ''}; see docs/cli.md.`,
    );
  }
}

/** The reason a row with a different number of fields than the header is refused, if it is. */
export function widthProblem(table: CsvTable, row: CsvRow): string | undefined {
  return row.width === table.columns.length ? undefined : `has ${row.width} fields but the header has ${table.columns.length} columns (a comma inside a value needs quotes)`;
}

/** "line 4: not an address" lines, sorted by line. */
export function describeRejected(file: string, rejected: readonly RejectedRow[]): string {
  return [...rejected]
    .sort((a, b) => a.line - b.line)
    .map((row) => `  ${basename(file)}: line ${row.line}: ${row.reason}\n`)
    .join('');
}

/** "lines 2-201" or "lines 2-10, 12, 14-20". */
export function describeLines(rows: readonly { readonly line: number }[]): string {
  const lines = rows.map((row) => row.line).sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let start = 0; start < lines.length; ) {
    let end = start;
    while (end + 1 < lines.length && lines[end + 1] === lines[end]! + 1) end += 1;
    ranges.push(start === end ? `${lines[start]}` : `${lines[start]}-${lines[end]}`);
    start = end + 1;
  }
  return `line${lines.length === 1 ? '' : 's'} ${ranges.join(', ')}`;
}
