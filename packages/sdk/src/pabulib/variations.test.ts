/// <reference types="node" />
/**
 * pabulib files as cities publish them (test/fixtures/pabulib-variations/, one variation per file):
 * each is read, or refused with a message naming the problem. Outcomes are worked by hand in the
 * comments; where a variation has a plain twin (the same election in whole grosze, in UTF-8, without
 * repeats) the two must count the same.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { equalShares } from '../budgeting/equal-shares.js';
import { greedy } from '../budgeting/greedy.js';
import { greedyNoSkip } from '../budgeting/greedy-no-skip.js';
import { greedyThreshold } from '../budgeting/greedy-threshold.js';
import { rational } from '../budgeting/rational.js';
import { amountInCurrencyUnits, formatScaledAmount } from './amount.js';
import { decodePabulib } from './decode.js';
import { pabulibBudget, pabulibElection, pabulibSupportThreshold } from './election.js';
import { PabulibEncodingError, PabulibParseError } from './errors.js';
import { readPabulibFile } from './node.js';
import { parsePabulib } from './parse.js';
import { pabulibRule, pabulibRuleLabels, pabulibRuleOf } from './rule.js';
import type { PabulibFile, PabulibWarning } from './types.js';
import { writePabulib } from './write.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'pabulib-variations');
const bytes = (name: string): Buffer => readFileSync(join(fixtures, name));
const text = (name: string): string => bytes(name).toString('utf8');

/** Reads a fixture, collecting its warnings. */
async function read(name: string, options: { encoding?: string } = {}): Promise<{ file: PabulibFile; warnings: PabulibWarning[] }> {
  const warnings: PabulibWarning[] = [];
  const file = await readPabulibFile(join(fixtures, name), { ...options, onWarning: (warning) => warnings.push(warning) });
  return { file, warnings };
}

function parseError(run: () => unknown): PabulibParseError {
  try {
    run();
  } catch (error) {
    if (error instanceof PabulibParseError) return error;
    throw error;
  }
  throw new Error('expected a PabulibParseError');
}

describe('decimal amounts (złoty and grosze)', () => {
  it('reads budget and costs exactly, at the file precision, and greedy counts the grosze (worked by hand)', async () => {
    const { file, warnings } = await read('decimal-amounts.pb');
    expect(warnings).toEqual([]);
    expect(file.amountDecimals).toBe(2);
    expect(file.projects.map((project) => project.cost)).toEqual([60025, 40030, 40025, 99]);
    expect(pabulibBudget(file)).toBe(100050);
    const election = pabulibElection(file);
    // Support 1: 4, 2: 3, 3: 2, 4: 1. Greedy funds 1 (600.25, 400.25 left); 2 costs 400.30, five grosze
    // too much, and is skipped; 3 (400.25) fits exactly; 4 (0.99) no longer fits. Rounding costs to whole
    // złoty would fund 2 instead of 3.
    const outcome = greedy(election);
    expect(outcome.selected).toEqual(['1', '3']);
    expect(formatScaledAmount(outcome.cost, 2)).toBe('1000.50');
    expect(formatScaledAmount(outcome.budget - outcome.cost, 2)).toBe('0.00');
    expect(outcome.selected).toEqual(file.projects.filter((project) => project.fields['selected'] === '1').map((project) => project.id));
    // greedy-no-skip stops at project 2.
    expect(greedyNoSkip(election).selected).toEqual(['1']);
  });

  it('counts the same election written in whole grosze (×100) the same way, under every rule', async () => {
    const decimal = pabulibElection((await read('decimal-amounts.pb')).file);
    const whole = pabulibElection((await read('decimal-amounts-x100.pb')).file);
    expect(decimal.budget).toBe(whole.budget);
    expect(decimal.projects.map((project) => project.cost)).toEqual(whole.projects.map((project) => project.cost));
    expect(greedy(decimal).selected).toEqual(greedy(whole).selected);
    expect(greedyNoSkip(decimal).selected).toEqual(greedyNoSkip(whole).selected);
    for (const completion of ['none', 'add1', 'add1-exhaustive', 'utilitarian'] as const) {
      expect(equalShares(decimal, { completion, comparison: true }).selected).toEqual(equalShares(whole, { completion, comparison: true }).selected);
    }
  });

  it('writes a decimal file back byte for byte, at its own precision', async () => {
    const original = text('decimal-amounts.pb');
    expect(writePabulib((await read('decimal-amounts.pb')).file)).toBe(original);
    const warsaw = 'META\nkey;value\nbudget;543715.64\nPROJECTS\nproject_id;cost\n1;543715.64\n2;1200\n3;0.5\n4;17.10\nVOTES\nvoter_id;vote\na;1\n';
    const file = parsePabulib(warsaw);
    expect(file.amountDecimals).toBe(2);
    expect(file.projects.map((project) => [project.cost, project.costDecimals])).toEqual([
      [54371564, undefined],
      [120000, 0],
      [50, 1],
      [1710, undefined],
    ]);
    expect(writePabulib(file)).toBe(warsaw);
    expect(parsePabulib(writePabulib(file))).toEqual(file);
  });

  it('gives amounts between units in currency units exactly (a share per voter)', () => {
    // 1000.50 złoty among 4 voters: 250.125 each; in grosze 100050/4.
    expect(amountInCurrencyUnits(rational(100050, 4), 2)).toEqual(rational(2001, 8));
    expect(formatScaledAmount(-5, 2)).toBe('-0.05');
    expect(formatScaledAmount(120000, 0)).toBe('120000');
  });

  it('reads a .pb.gz file as its .pb', async () => {
    expect(gunzipSync(bytes('decimal-amounts.pb.gz')).toString('utf8')).toBe(text('decimal-amounts.pb'));
    expect((await read('decimal-amounts.pb.gz')).file).toEqual((await read('decimal-amounts.pb')).file);
  });

  it.each([
    ['budget;12,50', 3, "budget is '12,50', expected a decimal point, not a comma: write 12.50"],
    ['budget;1 000', 3, "budget is '1 000', expected a whole number of currency units or an amount with a decimal point"],
    ['budget;1e6', 3, "budget is '1e6', expected a whole number of currency units or an amount with a decimal point"],
  ])('refuses an amount it cannot read exactly: %s', (line, at, problem) => {
    const error = parseError(() => parsePabulib(`META\nkey;value\n${line}\nPROJECTS\nproject_id;cost\n1;5\nVOTES\nvoter_id;vote\na;1\n`));
    expect(error.line).toBe(at);
    expect(error.problem).toContain(problem);
  });
});

describe('a project listed twice on one ballot', () => {
  it('counts it once and warns naming the voter and the line', async () => {
    const { file, warnings } = await read('repeated-project.pb');
    expect(warnings).toEqual([
      { line: 17, problem: 'voter b lists project 3 twice: counted once' },
      { line: 17, problem: 'voter b lists project 3 twice: counted once' },
      { line: 18, problem: 'voter c lists project 2 twice: counted once' },
    ]);
    expect(file.votes.map((vote) => vote.projects)).toEqual([['1', '2'], ['3'], ['2', '1']]);
    // Support 1: 2, 2: 2, 3: 1 (not 3). Greedy: 1 (500) and 2 (400) tie on support and are funded,
    // cheaper first; 3 (300) no longer fits in the 100 left.
    expect(greedy(pabulibElection(file)).selected).toEqual(['2', '1']);
    const once = parsePabulib(text('repeated-project.pb').replace('b;3,3,3', 'b;3').replace('c;2,1,2', 'c;2,1'));
    expect(equalShares(pabulibElection(file)).selected).toEqual(equalShares(pabulibElection(once)).selected);
  });

  it('is refused when reading strictly, naming the voter and the line', () => {
    const error = parseError(() => parsePabulib(text('repeated-project.pb'), { strict: true }));
    expect(error.line).toBe(17);
    expect(error.message).toBe('line 17: voter b lists project 3 twice: counted once (refused when reading strictly)');
  });

  it('is refused on ballots with points, where the repeat is ambiguous', () => {
    const error = parseError(() => parsePabulib('META\nkey;value\nbudget;10\nvote_type;cumulative\nPROJECTS\nproject_id;cost\n1;5\nVOTES\nvoter_id;vote;points\na;1,1;2,1\n'));
    expect(error.line).toBe(10);
    expect(error.problem).toBe('voter a lists project 1 twice, each time with points: give each project once, with the sum of its points');
  });
});

describe('quoted fields', () => {
  it('reads ; and "" inside quotes and a quoted line break, and writes them back byte for byte', async () => {
    const { file } = await read('quoted-semicolon.pb');
    expect(file.meta[0]!.value).toBe('Names with "quotes", semicolons; and a line break');
    expect(file.projects.map((project) => project.fields['name'])).toEqual(['Park; with benches', 'The "Big" Mural\non two lines']);
    expect(file.votes[1]).toEqual({ voterId: 'b', projects: ['2'], fields: {} });
    expect(writePabulib(file)).toBe(text('quoted-semicolon.pb'));
  });
});

describe('encodings', () => {
  it.each([
    ['latin2.pb', 'iso-8859-2', 'ISO-8859-2 (Latin-2)'],
    ['windows-1250.pb', 'windows-1250', 'windows-1250 (Central European Windows)'],
  ])('refuses %s read as UTF-8, naming the line and the encoding it looks like', async (name, encoding, described) => {
    const error = await read(name).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(PabulibEncodingError);
    expect((error as PabulibEncodingError).likelyEncoding).toBe(encoding);
    expect((error as Error).message).toBe(`${name} is not UTF-8: byte 0xBF on line 3 is not valid UTF-8; it looks like ${described}: convert it to UTF-8, or name its encoding (${encoding})`);
  });

  it.each([
    ['latin2.pb', 'iso-8859-2'],
    ['latin2.pb', 'latin2'],
    ['windows-1250.pb', 'windows-1250'],
    ['windows-1250.pb', 'cp1250'],
  ])('reads %s given its encoding (%s) as the same election as the UTF-8 file', async (name, encoding) => {
    const { file } = await read(name, { encoding });
    expect(file).toEqual((await read('polish-utf8.pb')).file);
    expect(file.projects[0]!.fields['name']).toBe('Ścieżka rowerowa w Łodzi');
  });

  it('reads UTF-16 with a byte-order mark (Excel "Unicode text") as the same election', async () => {
    const { file } = await read('utf16-bom.pb');
    const utf8 = (await read('polish-utf8.pb')).file;
    expect({ ...file, layout: undefined }).toEqual({ ...utf8, layout: undefined });
    expect(file.layout).toEqual({ lineEnding: '\r\n', finalNewline: true });
  });

  it('refuses UTF-16 without a byte-order mark, an unknown encoding label, and bytes invalid in the encoding named', () => {
    const utf16 = bytes('utf16-bom.pb').subarray(2);
    expect(() => decodePabulib(utf16, { source: 'x.pb' })).toThrow('x.pb looks like UTF-16LE text without a byte-order mark (every other byte is zero): convert it to UTF-8, or name its encoding (utf-16le)');
    expect(decodePabulib(utf16, { encoding: 'utf-16le' }).text).toBe(text('polish-utf8.pb').replaceAll('\n', '\r\n'));
    expect(() => decodePabulib(bytes('latin2.pb'), { source: 'x.pb', encoding: 'latin-2000' })).toThrow("x.pb: 'latin-2000' is not an encoding this reader knows; use a WHATWG label such as utf-8, windows-1250, iso-8859-2 or utf-16le");
    expect(() => decodePabulib(bytes('latin2.pb'), { source: 'x.pb', encoding: 'utf-8' })).toThrow('x.pb is not valid utf-8');
  });

  it('reads UTF-8 with and without a byte-order mark alike', () => {
    const plain = bytes('polish-utf8.pb');
    const marked = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]);
    expect(decodePabulib(marked)).toEqual({ text: plain.toString('utf8'), encoding: 'utf-8', by: 'byte-order mark' });
    expect(decodePabulib(plain)).toEqual({ text: plain.toString('utf8'), encoding: 'utf-8', by: 'default' });
  });
});

describe('section titles', () => {
  it('reads titles in any case or with a colon silently, and close misspellings with a warning', async () => {
    const { file, warnings } = await read('misspelled-sections.pb');
    expect(warnings).toEqual([{ line: 6, problem: "section title 'PROJECT' is read as PROJECTS" }]);
    expect(file.projects.map((project) => project.id)).toEqual(['1', '2']);
    expect(file.votes).toHaveLength(2);
    const error = parseError(() => parsePabulib(text('misspelled-sections.pb'), { strict: true }));
    expect(error.message).toBe("line 6: section title 'PROJECT' is read as PROJECTS (refused when reading strictly)");
  });

  it('refuses an unknown title, naming it, the section expected and the sections a file has', () => {
    const warnings: PabulibWarning[] = [];
    const error = parseError(() => parsePabulib(text('unknown-section.pb'), { source: 'unknown-section.pb', onWarning: (warning) => warnings.push(warning) }));
    expect(warnings).toEqual([{ line: 6, problem: "section title 'PROJEKTY' is read as PROJECTS" }]);
    expect(error.message).toBe("unknown-section.pb: line 10: unknown section 'GŁOSY': expected the section title VOTES next (a .pb file has the sections META, PROJECTS and VOTES, in that order)");
    expect(parseError(() => parsePabulib('METADANE\nkey;value\n')).problem).toBe("unknown section 'METADANE': expected the section title META next (a .pb file has the sections META, PROJECTS and VOTES, in that order)");
  });

  it('still reports a one-field row as a row, not as a title', () => {
    expect(parseError(() => parsePabulib('META\nkey;value\ndescription\n')).problem).toContain('this META entry has 1 fields but the META header has 2 columns');
    expect(parseError(() => parsePabulib('META\nkey;value\nbudget;5\nPROJECTS\nproject_id;cost\n12\n')).problem).toContain('this project has 1 fields');
  });
});

describe('columns', () => {
  it('keeps columns beyond the spec, and ignores a ; ending every line with one warning per header, title and section', async () => {
    const { file, warnings } = await read('extra-columns.pb');
    expect(file.projectColumns).toEqual(['project_id', 'cost', 'name', 'district', 'comment']);
    expect(file.projects[0]).toEqual({ id: '1', cost: 600, fields: { name: 'Park', district: 'North', comment: 'needs a permit' } });
    expect(file.votes[1]).toEqual({ voterId: 'b', projects: ['2'], fields: { age: '51', sex: 'm', voting_method: 'paper' } });
    expect(warnings.map((warning) => warning.line)).toEqual([1, 2, 5, 6, 9, 10]);
    expect(warnings[3]!.problem).toBe('the PROJECTS header ends with 1 empty column name; ignored');
    expect(parseError(() => parsePabulib(text('extra-columns.pb'), { strict: true })).message).toBe('line 1: the section title META is followed by 1 empty field; ignored (refused when reading strictly)');
  });

  it('reads the columns the format names in another case, with a warning', () => {
    const warnings: PabulibWarning[] = [];
    const text = 'META\nkey;value\nbudget;5\nPROJECTS\nProject_ID;COST;Name\n1;5;Park\nVOTES\nVoter_Id;Vote\na;1\n';
    const file = parsePabulib(text, { onWarning: (warning) => warnings.push(warning) });
    expect(file.projectColumns).toEqual(['project_id', 'cost', 'Name']);
    expect(file.projects[0]).toEqual({ id: '1', cost: 5, fields: { Name: 'Park' } });
    expect(file.votes[0]).toEqual({ voterId: 'a', projects: ['1'], fields: {} });
    expect(warnings).toEqual([
      { line: 5, problem: "the PROJECTS column 'Project_ID' is read as 'project_id'" },
      { line: 5, problem: "the PROJECTS column 'COST' is read as 'cost'" },
      { line: 8, problem: "the VOTES column 'Voter_Id' is read as 'voter_id'" },
      { line: 8, problem: "the VOTES column 'Vote' is read as 'vote'" },
    ]);
    expect(parseError(() => parsePabulib(text, { strict: true })).message).toBe("line 5: the PROJECTS column 'Project_ID' is read as 'project_id' (refused when reading strictly)");
  });

  it('drops empty trailing fields of rows under a plain header with one warning, and refuses fields that are not empty', () => {
    const warnings: PabulibWarning[] = [];
    const file = parsePabulib('META\nkey;value\nbudget;5\nPROJECTS\nproject_id;cost\n1;5;\n2;3;\nVOTES\nvoter_id;vote\na;1\n', { onWarning: (warning) => warnings.push(warning) });
    expect(file.projects.map((project) => project.id)).toEqual(['1', '2']);
    expect(warnings).toEqual([{ line: 6, problem: 'this project has 1 empty field after the last column of the PROJECTS header; they are ignored (here and in the rest of the section)' }]);
    const error = parseError(() => parsePabulib('META\nkey;value\nbudget;5\nPROJECTS\nproject_id;cost\n1;5;x\nVOTES\nvoter_id;vote\na;1\n'));
    expect(error.problem).toBe("this project has 3 fields but the PROJECTS header has 2 columns (project_id;cost); the extra field is 'x': quote any value containing ';'");
  });
});

describe('META rule labels', () => {
  it('maps every label pabulib uses for a rule to the SDK rule, completion and comparison step', () => {
    expect(pabulibRuleLabels.map((label) => pabulibRuleOf(label))).toEqual([
      { label: 'greedy', rule: 'greedy' },
      { label: 'greedy-no-skip', rule: 'greedy-no-skip' },
      { label: 'greedy-threshold', rule: 'greedy-threshold' },
      { label: 'equalshares', rule: 'equal-shares', completion: 'none', comparison: false },
      { label: 'equalshares-comparison', rule: 'equal-shares', completion: 'none', comparison: true },
      { label: 'equalshares/add1', rule: 'equal-shares', completion: 'add1', comparison: false },
      { label: 'equalshares/add1-comparison', rule: 'equal-shares', completion: 'add1', comparison: true },
    ]);
    expect(pabulibRuleOf(' EqualShares/Add1 ').label).toBe('equalshares/add1');
  });

  /**
   * equal-shares.pb: budget 300, three voters (100 each). v1 and v2 approve A (200) and C (100), v3
   * approves B (150) and C. Equal shares funds C first (each pays 33.33, 1/3 per unit of utility; A
   * would cost its two supporters 1/2 per unit; B is beyond v3's 100); then A's supporters have 133.33,
   * less than 200: outcome {C}, cost 100. Greedy by support funds C (3) and A (2): 300. v1 and v2
   * prefer greedy's outcome, v3 is indifferent: the comparison step takes {C, A}. Add1 raises the
   * share to 183 per voter (83 steps; at 184 v3 could buy B and the total would be 450), funding A at
   * 134 already: {C, A}. greedy-threshold 3 keeps only C.
   */
  it.each([
    ['greedy', ['C', 'A']],
    ['greedy-no-skip', ['C', 'A']],
    ['greedy-threshold', ['C']],
    ['equalshares', ['C']],
    ['equalshares-comparison', ['C', 'A']],
    ['equalshares/add1', ['C', 'A']],
    ['equalshares/add1-comparison', ['C', 'A']],
  ])('counts equal-shares.pb labelled %s as worked by hand', (label, selected) => {
    const file = parsePabulib(text('equal-shares.pb').replace('rule;equalshares', `rule;${label}\nmin_project_score_threshold;3`));
    const named = pabulibRule(file);
    const election = pabulibElection(file);
    const outcome =
      named.rule === 'equal-shares'
        ? equalShares(election, { completion: named.completion, comparison: named.comparison })
        : named.rule === 'greedy-threshold'
          ? greedyThreshold(election, { threshold: pabulibSupportThreshold(file)! })
          : named.rule === 'greedy-no-skip'
            ? greedyNoSkip(election)
            : greedy(election);
    expect(outcome.selected).toEqual(selected);
    if (label === 'equalshares/add1') expect(equalShares(election, { completion: named.rule === 'equal-shares' ? named.completion : 'none' })).toMatchObject({ add1Steps: 83, endowment: rational(183), stop: 'next-overspends' });
  });

  it.each([
    ['rule;unknown', "the rule 'unknown' is not one this reader can count; the rules it knows are greedy, greedy-no-skip, greedy-threshold, equalshares, equalshares-comparison, equalshares/add1, equalshares/add1-comparison"],
    ['rule;greedy-exclusive', "the rule 'greedy-exclusive' is not one this reader can count"],
    ['comment;no rule line', 'the file names no rule (no META line rule;<label>); the rules this reader knows are greedy, greedy-no-skip'],
  ])('refuses %s, naming the rules it knows', (line, message) => {
    const file = parsePabulib(text('equal-shares.pb').replace('rule;equalshares', line));
    expect(() => pabulibRule(file)).toThrow(message);
  });
});
