import { PabulibParseError } from './errors.js';
import { RecordReader } from './records.js';
import {
  voteTypes,
  type PabulibFile,
  type PabulibLayout,
  type PabulibMetaEntry,
  type PabulibProject,
  type PabulibVote,
  type VoteType,
} from './types.js';

export interface ParsePabulibOptions {
  /** Name of the text (usually its file name), used to prefix error messages. */
  readonly source?: string;
}

type Section = 'META' | 'PROJECTS' | 'VOTES';
const sectionOrder: readonly Section[] = ['META', 'PROJECTS', 'VOTES'];

const wholeNumber = /^\d+(\.0+)?$/; // "500000.00" appears in pabulib budgets: a whole number written as a decimal
const integer = /^-?\d+$/;

/**
 * Reads a pabulib `.pb` text (pabulib.org, "format" page). Pure: takes the text, never touches files.
 * Throws {@link PabulibParseError} naming the line and the problem when the text is malformed.
 *
 * Checks what a rule relies on: the three sections in order, one value per column, unique project and
 * voter ids, whole-number costs, ballots naming only listed projects (each once), points parallel to
 * votes, a known `vote_type`, and the `num_projects` / `num_votes` counts when META states them.
 */
export function parsePabulib(text: string, options: ParsePabulibOptions = {}): PabulibFile {
  return new PabulibParser(text, options.source).parse();
}

class PabulibParser {
  private readonly reader: RecordReader;
  private readonly meta: PabulibMetaEntry[] = [];
  private readonly metaLines = new Map<string, number>();
  private readonly projects: PabulibProject[] = [];
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
  /** Where each VOTES column goes, worked out once from the header. */
  private voteLayout: VoteLayout | undefined;

  constructor(
    private readonly text: string,
    private readonly source: string | undefined,
  ) {
    const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    this.reader = new RecordReader(withoutBom, (line, problem) => this.fail(line, problem));
  }

  parse(): PabulibFile {
    let section: Section | undefined;
    let columns: string[] | undefined;
    for (let fields = this.reader.next(); fields !== undefined; fields = this.reader.next()) {
      const line = this.reader.line;
      const title = sectionTitle(fields);
      if (title !== undefined) {
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
      if (fields.length !== columns.length) {
        this.fail(line, `${describeRow(section)} has ${fields.length} fields but the ${section} header has ${columns.length} columns (${columns.join(';')}): quote any value containing ';'`);
      }
      if (section === 'META') this.readMetaEntry(fields, line);
      else if (section === 'PROJECTS') this.readProject(columns, fields, line);
      else this.readVote(columns, fields, line);
    }
    const endLine = this.reader.line + 1;
    if (section === undefined) this.fail(endLine, 'the text is empty: a .pb file starts with the section title META');
    if (columns === undefined) this.fail(endLine, `the ${section} section has no header line`);
    if (section !== 'VOTES') this.fail(endLine, `the file ends before the ${sectionOrder[sectionOrder.indexOf(section) + 1]!} section`);
    this.checkCount('num_projects', this.projects.length, 'projects in PROJECTS');
    this.checkCount('num_votes', this.votes.length, 'ballots in VOTES');
    return {
      meta: this.meta,
      projectColumns: this.projectColumns,
      projects: this.projects,
      voteColumns: this.voteColumns,
      votes: this.votes,
      layout: layoutOf(this.text),
    };
  }

  private readHeader(section: Section, fields: string[], line: number): string[] {
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
        if (!seen.has(required)) this.fail(line, `the PROJECTS header has no '${required}' column`);
      }
      this.projectColumns = fields;
    } else {
      for (const required of ['voter_id', 'vote']) {
        if (!seen.has(required)) this.fail(line, `the VOTES header has no '${required}' column`);
      }
      if ((this.voteType === 'cumulative' || this.voteType === 'scoring') && !seen.has('points')) {
        this.fail(line, `${this.voteType} ballots need a 'points' column in the VOTES header`);
      }
      this.voteColumns = fields;
    }
    return fields;
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
      if (key === 'budget' && !wholeNumber.test(value)) {
        this.fail(line, `budget is '${value}', expected a whole number of currency units`);
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
    if (this.projectNumbers.has(id)) this.fail(line, `project ${id} is listed twice`);
    if (!wholeNumber.test(costText)) this.fail(line, `project ${id} has cost '${costText}', expected a whole number`);
    const cost = Number.parseInt(costText, 10);
    if (!Number.isSafeInteger(cost)) this.fail(line, `project ${id} has cost ${costText}, larger than this reader can count exactly (${Number.MAX_SAFE_INTEGER})`);
    const selected = extra['selected'];
    if (selected !== undefined && selected !== '' && !/^\d+$/.test(selected)) {
      this.fail(line, `project ${id} has selected '${selected}', expected 0, 1 or another whole number`);
    }
    this.projectNumbers.set(id, this.projects.length);
    this.projects.push({ id, cost, fields: extra });
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
    const projects = splitList(fields[layout.vote]!);
    if (this.lastBallotOf.length !== this.projects.length) this.lastBallotOf = new Int32Array(this.projects.length);
    const ballotNumber = this.votes.length + 1;
    for (const projectId of projects) {
      const project = this.projectNumbers.get(projectId);
      if (project === undefined) this.fail(line, `voter ${voterId} votes for project '${projectId}', which is not in PROJECTS`);
      if (this.lastBallotOf[project] === ballotNumber) this.fail(line, `voter ${voterId} lists project ${projectId} twice`);
      this.lastBallotOf[project] = ballotNumber;
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

function sectionTitle(fields: string[]): Section | undefined {
  if (fields.length !== 1) return undefined;
  const title = fields[0]!.toUpperCase();
  return title === 'META' || title === 'PROJECTS' || title === 'VOTES' ? title : undefined;
}

function describeRow(section: Section): string {
  return section === 'META' ? 'this META entry' : section === 'PROJECTS' ? 'this project' : 'this ballot';
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
