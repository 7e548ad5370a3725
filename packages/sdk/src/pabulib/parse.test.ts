import { describe, expect, it } from 'vitest';
import { pabulibBudget, pabulibElection, pabulibVoteType, recordedOutcome } from './election.js';
import { PabulibParseError } from './errors.js';
import { parsePabulib } from './parse.js';

const small = [
  'META',
  'key;value',
  'description;Small example',
  'num_projects;3',
  'num_votes;2',
  'budget;1000',
  'vote_type;approval',
  'PROJECTS',
  'project_id;cost;name;selected',
  '1;600;"Park; with benches";1',
  '2;300;"The ""Big"" Mural";1',
  '3;500;Library books;0',
  'VOTES',
  'voter_id;age;vote',
  'a;34;1,2',
  'b;51;3',
  '',
].join('\n');

function parseError(text: string): PabulibParseError {
  try {
    parsePabulib(text);
  } catch (error) {
    if (error instanceof PabulibParseError) return error;
    throw error;
  }
  throw new Error('expected a PabulibParseError');
}

/** `small` with line `line` (1-based) replaced. */
function withLine(line: number, text: string): string {
  const lines = small.split('\n');
  lines[line - 1] = text;
  return lines.join('\n');
}

describe('parsePabulib', () => {
  it('reads the three sections, typed columns and the other columns verbatim', () => {
    const file = parsePabulib(small);
    expect(file.meta.map((entry) => entry.key)).toEqual(['description', 'num_projects', 'num_votes', 'budget', 'vote_type']);
    expect(file.projectColumns).toEqual(['project_id', 'cost', 'name', 'selected']);
    expect(file.projects[0]).toEqual({ id: '1', cost: 600, fields: { name: 'Park; with benches', selected: '1' } });
    expect(file.projects[1]!.fields['name']).toBe('The "Big" Mural');
    expect(file.votes).toEqual([
      { voterId: 'a', projects: ['1', '2'], fields: { age: '34' } },
      { voterId: 'b', projects: ['3'], fields: { age: '51' } },
    ]);
    expect(pabulibBudget(file)).toBe(1000);
    expect(pabulibVoteType(file)).toBe('approval');
    expect(recordedOutcome(file)).toEqual(['1', '2']);
    expect(file.layout).toEqual({ lineEnding: '\n', finalNewline: true });
  });

  it('reads CRLF files, spaces around separators (as in the format page) and a byte-order mark', () => {
    const text = '\uFEFF' + small.replaceAll('\n', '\r\n').replace('budget;1000', 'budget; 1000 ').replace('a;34;1,2', 'a ; 34 ; 1, 2');
    const file = parsePabulib(text);
    expect(file.layout).toEqual({ lineEnding: '\r\n', finalNewline: true });
    expect(pabulibBudget(file)).toBe(1000);
    expect(file.votes[0]).toEqual({ voterId: 'a', projects: ['1', '2'], fields: { age: '34' } });
  });

  it('reads a quoted field spanning lines and keeps counting lines after it', () => {
    const text = withLine(12, '3;500;"Library\nbooks";0');
    const file = parsePabulib(text);
    expect(file.projects[2]!.fields['name']).toBe('Library\nbooks');
    const broken = text.replace('b;51;3', 'b;51;9');
    expect(parseError(broken).line).toBe(17);
  });

  it('reads cumulative ballots with their points and ordinal ballots in preference order', () => {
    const cumulative = small.replace('vote_type;approval', 'vote_type;cumulative').replace('voter_id;age;vote', 'voter_id;age;vote;points').replace('a;34;1,2', 'a;34;1,2;2,1').replace('b;51;3', 'b;51;3;3');
    const file = parsePabulib(cumulative);
    expect(file.votes[0]!.points).toEqual([2, 1]);
    expect(pabulibElection(file).ballots[1]).toMatchObject({ projects: ['3'], points: [3] });
    const ordinal = parsePabulib(small.replace('vote_type;approval', 'vote_type;ordinal').replace('a;34;1,2', 'a;34;2,1'));
    expect(ordinal.votes[0]!.projects).toEqual(['2', '1']);
  });

  it('reads an empty ballot as no projects', () => {
    expect(parsePabulib(withLine(15, 'a;34;')).votes[0]!.projects).toEqual([]);
  });

  it.each([
    [withLine(12, '3;abc;Library books;0'), 12, "project 3 has cost 'abc', expected a whole number"],
    [withLine(12, '3;12,5;Library books;0'), 12, "project 3 has cost '12,5', expected a decimal point, not a comma: write 12.5"],
    [withLine(12, '3;-5;Library books;0'), 12, "project 3 has cost '-5', expected a whole number or an amount with a decimal point"],
    [withLine(12, '2;500;Library books;0'), 12, 'project 2 is listed twice'],
    [withLine(12, '3;500;Library books;maybe'), 12, "project 3 has selected 'maybe', expected 0, 1 or another whole number"],
    [withLine(12, '3;500;Library books'), 12, 'this project has 3 fields but the PROJECTS header has 4 columns'],
    [withLine(16, 'b;51;7'), 16, "voter b votes for project '7', which is not in PROJECTS"],
    [withLine(16, 'a;51;3'), 16, 'voter a has a second ballot (the first is on line 15)'],
    [withLine(6, 'budget;lots'), 6, "budget is 'lots', expected a whole number of currency units"],
    [withLine(7, 'vote_type;approvals'), 7, "vote_type is 'approvals', expected one of approval, ordinal, cumulative, scoring, choose-1"],
    [withLine(4, 'num_projects;4'), 4, 'num_projects is 4 but the file has 3 projects in PROJECTS'],
    [withLine(5, 'num_votes;3'), 5, 'num_votes is 3 but the file has 2 ballots in VOTES'],
    [withLine(9, 'project_id;price;name;selected'), 9, "the PROJECTS header has no 'cost' column"],
    [withLine(8, 'VOTES'), 8, 'expected section PROJECTS here, found VOTES'],
    [withLine(1, 'budget;1'), 1, "expected the section title META, found 'budget;1'"],
    [withLine(10, '1;600;"Park; with benches;1'), 10, 'runs on to line 11 and is followed by unexpected text there: a closing quote (") is probably missing'],
    [withLine(16, 'b;51;"3'), 16, 'a quoted field is never closed'],
    [withLine(10, '1;600;"Park"s;1'), 10, 'unexpected text after a closing quote'],
    [small.replace('vote_type;approval', 'vote_type;cumulative'), 14, "cumulative ballots need a 'points' column"],
    [small.split('\nVOTES')[0]!, 13, 'the file ends before the VOTES section'],
    ['', 1, 'the text is empty'],
  ])('reports malformed input with its line (%#)', (text, line, problem) => {
    const error = parseError(text);
    expect(error.line).toBe(line);
    expect(error.problem).toContain(problem);
    expect(error.message).toBe(`line ${line}: ${error.problem}`);
  });

  it('names the source in the message when given one', () => {
    expect(() => parsePabulib(withLine(12, '3;abc;x;0'), { source: 'city.pb' })).toThrow("city.pb: line 12: project 3 has cost 'abc', expected a whole number");
  });

  it('checks points: one per project, whole numbers', () => {
    const cumulative = small.replace('vote_type;approval', 'vote_type;cumulative').replace('voter_id;age;vote', 'voter_id;age;vote;points');
    expect(parseError(cumulative.replace('a;34;1,2', 'a;34;1,2;2').replace('b;51;3', 'b;51;3;1')).problem).toContain('voter a gives 1 points for 2 projects');
    expect(parseError(cumulative.replace('a;34;1,2', 'a;34;1,2;2,x').replace('b;51;3', 'b;51;3;1')).problem).toContain("voter a gives 'x' points, expected a whole number");
  });
});
