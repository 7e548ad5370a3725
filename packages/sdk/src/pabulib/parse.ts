import { amountProblem, readAmount, scaleAmount, type WrittenAmount } from './amount.js';
import { PabulibParseError } from './errors.js';
import { RecordReader } from './records.js';
import { readTitle, sectionOrder, type Section } from './section.js';
import {
  voteTypes,
  type PabulibFile,
  type PabulibLayout,
  type PabulibMetaEntry,
  type PabulibProject,
  type PabulibVote,
  type PabulibWarning,
  type VoteType,
} from './types.js';

export interface ParsePabulibOptions {
  /** Name of the text (usually its file name), used to prefix error messages. */
  readonly source?: string;
  /**
   * Refuse what the reader otherwise accepts with a warning (a project listed twice on one ballot, a
   * misspelled section title, empty fields after the last column). Default false.
   */
  readonly strict?: boolean;
  /** Called for each such leniency when not strict, in file order. */
  readonly onWarning?: (warning: PabulibWarning) => void;
}

const integer = /^-?\d+$/;
/** Columns the reader interprets; other columns are kept verbatim under the name they have. */
const projectTypedColumns = ['project_id', 'cost', 'selected'] as const;
const voteTypedColumns = ['voter_id', 'vote', 'points'] as const;

/**
 * Reads a pabulib `.pb` text (pabulib.org, "format" page). Pure: takes the text, never touches files
 * (see `decodePabulib` for bytes in other encodings). Throws {@link PabulibParseError} naming the line
 * and the problem when the text is malformed.
 *
 * Checks what a rule relies on: the three sections in order, one value per column, unique project and
 * voter ids, amounts (costs and budget, whole or with decimals, read exactly), ballots naming only listed
 * projects, points parallel to votes, a known `vote_type`, and the `num_projects` / `num_votes` counts
 * when META states them. What real files get wrong harmlessly is read with a warning (`onWarning`), or
 * refused with `strict`: a project twice on an approval or ordinal ballot (counted once), a title such as
 * `PROJECT` or `Votes:`, empty fields after the last column.
 */
export function parsePabulib(text: string, options: ParsePabulibOptions = {}): PabulibFile {
  return new PabulibParser(text, options).parse();
}

/** A project as read, before the file's amount scale is known. */
interface ProjectRow {
  readonly id: string;
  readonly cost: WrittenAmount;
  readonly line: number;
  readonly fields: Record<string, string>;
}

class PabulibParser {
  private readonly reader: RecordReader;
  private readonly source: string | undefined;
  private readonly strict: boolean;
  private readonly onWarning: ((warning: PabulibWarning) => void) | undefined;
  private readonly meta: PabulibMetaEntry[] = [];
  private readonly metaLines = new Map<string, number>();
  private readonly projectRows: ProjectRow[] = [];
  /** Project id → position in PROJECTS. */
  private readonly projectNumbers = new Map<string, number>();
  /** Per project: 1 + index of the last ballot naming it, to spot a project named twice cheaply. */
  private lastBallotOf = new Int32Array(0);
  private readonly votes: PabulibVote[] = [];
  /** Voter id → line of its ballot. */
  private readonly voterLines = new Map<string, number>();
  private projectColumns: string[] = [];
  private voteColumns: string[] = [];
  private voteType: VoteType = 'approval';
  private budget: WrittenAmount | undefined;
  /** Where each VOTES column goes, worked out once from the header. */
  private voteLayout: VoteLayout | undefined;
  /** Sections whose rows already had empty fields past the header reported (once per section). */
  private readonly paddedSections = new Set<Section>();

  constructor(
    private readonly text: string,
    options: ParsePabulibOptions,
  ) {
    this.source = options.source;
    this.strict = options.strict === true;
    this.onWarning = options.onWarning;
    const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    this.reader = new RecordReader(withoutBom, (line, problem) => this.fail(line, problem));
  }

  parse(): PabulibFile {
    let section: Section | undefined;
    let columns: string[] | undefined;
    for (let fields = this.reader.next(); fields !== undefined; fields = this.reader.next()) {
      const line = this.reader.line;
      const title = fields.length === 1 ? this.readSectionTitle(fields[0]!, section, line) : paddedTitle(fields);
      if (title !== undefined) {
        if (fields.length > 1) this.warn(line, `the section title ${title} is followed by ${fields.length - 1} empty field${fields.length === 2 ? '' : 's'}; ignored`);
        const expected = sectionOrder[section === undefined ? 0 : sectionOrder.indexOf(section) + 1];
        if (title !== expected) {
          this.fail(line, expected === undefined ? `section ${title} comes after VOTES, the last section` : `expected section ${expected} here, found ${title}: sections go META, PROJECTS, VOTES`);
        }
        if (title === 'PROJECTS') this.checkMeta();
        section = title;
        columns = undefined;
        continue;
      }
      if (section === undefined) this.fail(line, `expected the section title META, found '${fields.join(';')}'`);
      if (columns === undefined) {
        columns = this.readHeader(section, fields, line);
        continue;
      }
      if (fields.length !== columns.length) fields = this.fitRow(section, columns, fields, line);
      if (section === 'META') this.readMetaEntry(fields, line);
      else if (section === 'PROJECTS') this.readProject(columns, fields, line);
      else this.readVote(columns, fields, line);
    }
    const endLine = this.reader.line + 1;
    if (section === undefined) this.fail(endLine, 'the text is empty: a .pb file starts with the section title META');
    if (columns === undefined) this.fail(endLine, `the ${section} section has no header line`);
    if (section !== 'VOTES') this.fail(endLine, `the file ends before the ${sectionOrder[sectionOrder.indexOf(section) + 1]!} section`);
    this.checkCount('num_projects', this.projectRows.length, 'projects in PROJECTS');
    this.checkCount('num_votes', this.votes.length, 'ballots in VOTES');
    const amountDecimals = Math.max(this.budget?.decimals ?? 0, ...this.projectRows.map((row) => row.cost.decimals));
    return {
      meta: this.meta,
      projectColumns: this.projectColumns,
      projects: this.projectRows.map((row) => this.project(row, amountDecimals)),
      voteColumns: this.voteColumns,
      votes: this.votes,
      layout: layoutOf(this.text),
      ...(amountDecimals === 0 ? {} : { amountDecimals }),
    };
  }

  /** The section a one-field line names, `undefined` if it names none (then it is a row, refused for its width). */
  private readSectionTitle(field: string, current: Section | undefined, line: number): Section | undefined {
    const reading = readTitle(field);
    if (reading === undefined) return undefined;
    if (reading.kind === 'title') return reading.section;
    const next = sectionOrder[current === undefined ? 0 : sectionOrder.indexOf(current) + 1];
    const expected = next === undefined ? 'no further section after VOTES' : `the section title ${next} next`;
    if (reading.kind === 'unknown') {
      this.fail(line, `unknown section '${reading.written}': expected ${expected} (a .pb file has the sections META, PROJECTS and VOTES, in that order)`);
    }
    this.warn(line, `section title '${reading.written}' is read as ${reading.section}`);
    return reading.section;
  }

  /**
   * A row wider or narrower than its header. Empty fields past the last column (a trailing `;`, as some
   * spreadsheet exports write) are dropped with one warning per section; anything else is refused.
   */
  private fitRow(section: Section, columns: readonly string[], fields: string[], line: number): string[] {
    if (fields.length > columns.length && fields.slice(columns.length).every((field) => field === '')) {
      if (!this.paddedSections.has(section)) {
        this.paddedSections.add(section);
        this.warn(line, `${describeRow(section)} has ${fields.length - columns.length} empty field${fields.length - columns.length === 1 ? '' : 's'} after the last column of the ${section} header; they are ignored (here and in the rest of the section)`);
      }
      return fields.slice(0, columns.length);
    }
    const extra = fields.length > columns.length ? `; the extra field${fields.length - columns.length === 1 ? ' is' : 's are'} '${fields.slice(columns.length).join(';')}'` : '';
    this.fail(line, `${describeRow(section)} has ${fields.length} fields but the ${section} header has ${columns.length} columns (${columns.join(';')})${extra}: quote any value containing ';'`);
  }

  private readHeader(section: Section, written: string[], line: number): string[] {
    let fields = written;
    // A header ending in `;` (spreadsheet exports) has empty names after its last column: dropped.
    let end = fields.length;
    while (end > 0 && fields[end - 1] === '') end -= 1;
    if (end < fields.length && end > 0) {
      this.warn(line, `the ${section} header ends with ${fields.length - end} empty column name${fields.length - end === 1 ? '' : 's'}; ignored`);
      fields = fields.slice(0, end);
      this.paddedSections.add(section);
    }
    if (section !== 'META') fields = this.canonicalColumns(section, fields, line);
    const seen = new Set<string>();
    for (const column of fields) {
      if (column === '') this.fail(line, `the ${section} header has an empty column name`);
      if (seen.has(column)) this.fail(line, `the ${section} header names column '${column}' twice`);
      seen.add(column);
    }
    if (section === 'META') {
      if (fields.length !== 2) this.fail(line, `the META header must be 'key;value', found '${fields.join(';')}'`);
    } else if (section === 'PROJECTS') {
      for (const required of ['project_id', 'cost']) {
        if (!seen.has(required)) this.fail(line, `the PROJECTS header has no '${required}' column (it has ${fields.join(', ')})`);
      }
      this.projectColumns = fields;
    } else {
      for (const required of ['voter_id', 'vote']) {
        if (!seen.has(required)) this.fail(line, `the VOTES header has no '${required}' column (it has ${fields.join(', ')})`);
      }
      if ((this.voteType === 'cumulative' || this.voteType === 'scoring') && !seen.has('points')) {
        this.fail(line, `${this.voteType} ballots need a 'points' column in the VOTES header`);
      }
      this.voteColumns = fields;
    }
    return fields;
  }

  /** `Project_ID` or `COST` read as the column the format names (`project_id`, `cost`), with a warning. */
  private canonicalColumns(section: Section, fields: string[], line: number): string[] {
    const typed = section === 'PROJECTS' ? projectTypedColumns : voteTypedColumns;
    return fields.map((column) => {
      const canonical = typed.find((name) => name === column.toLowerCase());
      if (canonical === undefined || canonical === column || fields.includes(canonical)) return column;
      this.warn(line, `the ${section} column '${column}' is read as '${canonical}'`);
      return canonical;
    });
  }

  private readMetaEntry(fields: string[], line: number): void {
    const [key, value] = fields as [string, string];
    if (key === '') this.fail(line, 'META entry without a key');
    const earlier = this.metaLines.get(key);
    if (earlier !== undefined) this.fail(line, `META key '${key}' appears twice (first on line ${earlier})`);
    this.metaLines.set(key, line);
    this.meta.push({ key, value });
  }

  /** Checks the META values rules depend on, once the section is complete. */
  private checkMeta(): void {
    for (const { key, value } of this.meta) {
      const line = this.metaLines.get(key)!;
      if (key === 'budget') {
        this.budget = readAmount(value);
        if (this.budget === undefined) this.fail(line, `budget is '${value}', ${amountProblem(value, ' of currency units')}`);
      }
      if ((key === 'num_projects' || key === 'num_votes') && !/^\d+$/.test(value)) {
        this.fail(line, `${key} is '${value}', expected a whole number`);
      }
      if (key === 'vote_type') {
        if (!(voteTypes as readonly string[]).includes(value)) {
          this.fail(line, `vote_type is '${value}', expected one of ${voteTypes.join(', ')}`);
        }
        this.voteType = value as VoteType;
      }
    }
  }

  private readProject(columns: string[], fields: string[], line: number): void {
    let id = '';
    let costText = '';
    const extra: Record<string, string> = {};
    for (let i = 0; i < columns.length; i += 1) {
      const column = columns[i]!;
      const value = fields[i]!;
      if (column === 'project_id') id = value;
      else if (column === 'cost') costText = value;
      else extra[column] = value;
    }
    if (id === '') this.fail(line, 'project without a project_id');
    if (this.projectNumbers.has(id)) this.fail(line, `project ${id} is listed twice (first on line ${this.projectRows[this.projectNumbers.get(id)!]!.line})`);
    const cost = readAmount(costText);
    if (cost === undefined) this.fail(line, `project ${id} has cost '${costText}', ${amountProblem(costText)}`);
    const selected = extra['selected'];
    if (selected !== undefined && selected !== '' && !/^\d+$/.test(selected)) {
      this.fail(line, `project ${id} has selected '${selected}', expected 0, 1 or another whole number`);
    }
    this.projectNumbers.set(id, this.projectRows.length);
    this.projectRows.push({ id, cost, line, fields: extra });
  }

  /** The project with its cost at the file's amount scale (known once every cost is read). */
  private project(row: ProjectRow, amountDecimals: number): PabulibProject {
    const cost = Number(scaleAmount(row.cost, amountDecimals));
    if (!Number.isSafeInteger(cost)) {
      this.fail(row.line, `project ${row.id} has cost ${formatWritten(row.cost)}, more digits than this reader can count exactly (${Number.MAX_SAFE_INTEGER} units of the file's smallest amount)`);
    }
    return row.cost.decimals === amountDecimals ? { id: row.id, cost, fields: row.fields } : { id: row.id, cost, costDecimals: row.cost.decimals, fields: row.fields };
  }

  private readVote(columns: string[], fields: string[], line: number): void {
    const layout = (this.voteLayout ??= voteLayout(columns));
    const voterId = fields[layout.voterId]!;
    const extra: Record<string, string> = {};
    for (const [index, column] of layout.extra) extra[column] = fields[index]!;
    if (voterId === '') this.fail(line, 'ballot without a voter_id');
    const earlier = this.voterLines.get(voterId);
    if (earlier !== undefined) this.fail(line, `voter ${voterId} has a second ballot (the first is on line ${earlier})`);
    this.voterLines.set(voterId, line);
    let projects = splitList(fields[layout.vote]!);
    if (this.lastBallotOf.length !== this.projectRows.length) this.lastBallotOf = new Int32Array(this.projectRows.length);
    const ballotNumber = this.votes.length + 1;
    let repeated: number[] | undefined;
    for (let position = 0; position < projects.length; position += 1) {
      const projectId = projects[position]!;
      const project = this.projectNumbers.get(projectId);
      if (project === undefined) this.fail(line, `voter ${voterId} votes for project '${projectId}', which is not in PROJECTS`);
      if (this.lastBallotOf[project] === ballotNumber) {
        // An approval (or ranking) names a project or not: a repeat adds nothing. Points given twice are ambiguous.
        if (layout.points !== -1) this.fail(line, `voter ${voterId} lists project ${projectId} twice, each time with points: give each project once, with the sum of its points`);
        this.warn(line, `voter ${voterId} lists project ${projectId} twice: counted once`);
        (repeated ??= []).push(position);
      }
      this.lastBallotOf[project] = ballotNumber;
    }
    if (repeated !== undefined) {
      const drop = new Set(repeated);
      projects = projects.filter((_, position) => !drop.has(position));
    }
    const vote: PabulibVote =
      layout.points === -1
        ? { voterId, projects, fields: extra }
        : { voterId, projects, points: this.readPoints(voterId, fields[layout.points]!, projects.length, line), fields: extra };
    this.votes.push(vote);
  }

  private readPoints(voterId: string, text: string, expected: number, line: number): number[] {
    const items = splitList(text);
    if (items.length !== expected) {
      this.fail(line, `voter ${voterId} gives ${items.length} points for ${expected} projects: 'points' must have one entry per project in 'vote'`);
    }
    return items.map((item) => {
      const points = Number.parseInt(item, 10);
      if (!integer.test(item) || !Number.isSafeInteger(points)) {
        this.fail(line, `voter ${voterId} gives '${item}' points, expected a whole number`);
      }
      return points;
    });
  }

  private checkCount(key: string, actual: number, what: string): void {
    const line = this.metaLines.get(key);
    if (line === undefined) return;
    const stated = Number(this.meta.find((entry) => entry.key === key)!.value);
    if (stated !== actual) this.fail(line, `${key} is ${stated} but the file has ${actual} ${what}`);
  }

  /** A leniency: reported, or refused when reading strictly. */
  private warn(line: number, problem: string): void {
    if (this.strict) this.fail(line, `${problem} (refused when reading strictly)`);
    this.onWarning?.({ line, problem });
  }

  private fail(line: number, problem: string): never {
    throw new PabulibParseError(line, problem, this.source);
  }
}

interface VoteLayout {
  readonly voterId: number;
  readonly vote: number;
  /** -1 without a points column. */
  readonly points: number;
  /** The other columns: index and name. */
  readonly extra: ReadonlyArray<readonly [number, string]>;
}

function voteLayout(columns: readonly string[]): VoteLayout {
  return {
    voterId: columns.indexOf('voter_id'),
    vote: columns.indexOf('vote'),
    points: columns.indexOf('points'),
    extra: columns.flatMap((column, index) => (column === 'voter_id' || column === 'vote' || column === 'points' ? [] : [[index, column] as const])),
  };
}

/**
 * A title followed by empty fields (`PROJECTS;;;;`, as spreadsheets export a file): only an exact title
 * counts here, since `X;` can be a real row (voter X, empty ballot).
 */
function paddedTitle(fields: readonly string[]): Section | undefined {
  for (let i = 1; i < fields.length; i += 1) if (fields[i] !== '') return undefined;
  const reading = readTitle(fields[0]!);
  return reading?.kind === 'title' ? reading.section : undefined;
}

function describeRow(section: Section): string {
  return section === 'META' ? 'this META entry' : section === 'PROJECTS' ? 'this project' : 'this ballot';
}

function formatWritten(amount: WrittenAmount): string {
  return amount.decimals === 0 ? amount.digits : `${amount.digits.slice(0, -amount.decimals) || '0'}.${amount.digits.slice(-amount.decimals)}`;
}

/** `a, b,c` → [a, b, c]; an empty field is an empty list. */
function splitList(text: string): string[] {
  if (text === '') return [];
  const items = text.split(',');
  if (text.includes(' ') || text.includes('\t')) for (let i = 0; i < items.length; i += 1) items[i] = items[i]!.trim();
  return items;
}

function layoutOf(text: string): PabulibLayout {
  const firstBreak = text.indexOf('\n');
  return {
    lineEnding: firstBreak > 0 && text[firstBreak - 1] === '\r' ? '\r\n' : '\n',
    finalNewline: text.endsWith('\n'),
  };
}
