/**
 * `polity tally` on pabulib files as cities publish them (packages/sdk/test/fixtures/pabulib-variations):
 * decimal amounts shown at the file's precision, repeated projects counted once with a warning,
 * other encodings refused naming the encoding (or read with --encoding), --strict, and --rule auto by
 * the file's META rule label. In-process, as `pnpm polity` runs from the repository root.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { recordedOutcome } from '@polity/sdk';
import { readPabulibFile } from '@polity/sdk/pabulib/node';
import { runCli } from '../src/program.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const fixtures = 'packages/sdk/test/fixtures/pabulib-variations';
const data = 'test/data/pabulib';

async function polity(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(args, { out: (text) => (stdout += text), err: (text) => (stderr += text), cwd: root, env: {} });
  return { status, stdout, stderr };
}

type TallyJson = { selected: string[]; cost: number | string; budget: number | string; [key: string]: unknown };

async function tallyJson(...args: string[]): Promise<TallyJson> {
  const { status, stdout, stderr } = await polity('tally', ...args, '--json');
  expect(stderr).toBe('');
  expect(status).toBe(0);
  return JSON.parse(stdout) as TallyJson;
}

/** equal-shares.pb with its META rule replaced (and a threshold for greedy-threshold), in a temporary file. */
function labelled(label: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'polity-tally-'));
  const file = join(folder, 'labelled.pb');
  writeFileSync(file, readFileSync(join(root, fixtures, 'equal-shares.pb'), 'utf8').replace('rule;equalshares', `rule;${label}\nmin_project_score_threshold;3`));
  return file;
}

describe('polity tally on decimal amounts', () => {
  it('prints amounts at the file precision: the budget, each cost, the total and what is left', async () => {
    const { status, stdout, stderr } = await polity('tally', `${fixtures}/decimal-amounts.pb`, '--rule', 'greedy', '--explain');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain(`${fixtures}/decimal-amounts.pb: 4 projects, 4 ballots, budget 1,000.50`);
    expect(stdout).toContain('funded: 2 projects costing 1,000.50 (0.00 unspent)');
    expect(stdout).toMatch(/1\s+Park benches\s+600\.25\s+4\s+yes/);
    expect(stdout).toContain('2 "Bike racks" (400.30, support 3): does not fit in the 400.25 left.');
    expect(stdout).toContain('4 "Seed packets" (0.99, support 1): does not fit in the 0.00 left.');
  });

  it('gives exact decimal strings in JSON, and the same selection as the election in whole grosze', async () => {
    const decimal = await tallyJson(`${fixtures}/decimal-amounts.pb`, '--rule', 'greedy');
    expect(decimal).toMatchObject({ amountDecimals: 2, budget: '1000.50', cost: '1000.50', unspent: '0.00', selected: ['1', '3'] });
    expect((decimal['projects'] as Array<{ cost: string }>).map((project) => project.cost)).toEqual(['600.25', '400.30', '400.25', '0.99']);
    const whole = await tallyJson(`${fixtures}/decimal-amounts-x100.pb`, '--rule', 'greedy');
    expect(whole).toMatchObject({ amountDecimals: 0, budget: 100050, cost: 100050, selected: ['1', '3'] });
    for (const rule of [['greedy-no-skip'], ['mes'], ['mes', '--completion', 'add1', '--comparison']]) {
      expect((await tallyJson(`${fixtures}/decimal-amounts.pb`, '--rule', ...rule)).selected).toEqual((await tallyJson(`${fixtures}/decimal-amounts-x100.pb`, '--rule', ...rule)).selected);
    }
    expect((await tallyJson(`${fixtures}/decimal-amounts.pb.gz`, '--rule', 'greedy')).selected).toEqual(['1', '3']);
  }, 60_000);

  it('raises Add1 shares by one złoty, not one grosz, on a file in złoty and grosze', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'polity-tally-'));
    const file = join(folder, 'grosze.pb');
    const whole = readFileSync(join(root, fixtures, 'equal-shares.pb'), 'utf8').replace('rule;equalshares', 'rule;equalshares/add1');
    writeFileSync(file, whole.replace('budget;300', 'budget;300.00').replace('A;200;', 'A;200.00;').replace('B;150;', 'B;150.00;').replace('C;100;', 'C;100.00;'));
    const result = await tallyJson(file, '--rule', 'auto');
    expect(result).toMatchObject({ metaRule: 'equalshares/add1', selected: ['C', 'A'], cost: '300.00', budget: '300.00' });
    expect(result['equalShares']).toMatchObject({ completion: 'add1', add1Steps: 83, stop: 'next-overspends', endowment: { exact: '183', decimal: '183.00' } });
    const { stdout } = await polity('tally', file, '--rule', 'auto');
    expect(stdout).toContain('endowment 183.00 per voter after 83 Add1 steps, stopped: next-overspends (META rule equalshares/add1)');
  });

  it('explains equal shares in currency units with the file precision', async () => {
    const { stdout } = await polity('tally', `${fixtures}/decimal-amounts.pb`, '--rule', 'mes', '--completion', 'none', '--explain');
    // 1000.50 among 4 voters: 250.125 each, shown to two places (and exactly in JSON).
    expect(stdout).toContain('Each of the 4 voters starts with 250.13.');
    const json = await tallyJson(`${fixtures}/decimal-amounts.pb`, '--rule', 'mes', '--completion', 'none');
    expect((json['equalShares'] as { endowment: unknown }).endowment).toEqual({ exact: '2001/8', decimal: '250.13' });
  });
});

describe('polity tally on what real files get wrong', () => {
  it('counts a repeated project once, warning on stderr with the voter and line; --strict refuses it', async () => {
    const lenient = await polity('tally', `${fixtures}/repeated-project.pb`, '--rule', 'greedy', '--json');
    expect(lenient.status).toBe(0);
    expect(JSON.parse(lenient.stdout).selected).toEqual(['2', '1']);
    expect(lenient.stderr).toBe(
      [
        `warning: ${fixtures}/repeated-project.pb: line 17: voter b lists project 3 twice: counted once`,
        `warning: ${fixtures}/repeated-project.pb: line 17: voter b lists project 3 twice: counted once`,
        `warning: ${fixtures}/repeated-project.pb: line 18: voter c lists project 2 twice: counted once`,
        'The file was read as shown above; pass --strict to refuse such a file instead.',
        '',
      ].join('\n'),
    );
    const strict = await polity('tally', `${fixtures}/repeated-project.pb`, '--rule', 'greedy', '--strict');
    expect(strict.status).toBe(1);
    expect(strict.stdout).toBe('');
    expect(strict.stderr).toContain('error: repeated-project.pb: line 17: voter b lists project 3 twice: counted once (refused when reading strictly)');
  });

  it('shows the first 20 warnings and counts the rest', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'polity-tally-'));
    const file = join(folder, 'many.pb');
    const ballots = Array.from({ length: 25 }, (_, voter) => `v${voter};1,1`).join('\n');
    writeFileSync(file, `META\nkey;value\nbudget;10\nPROJECTS\nproject_id;cost\n1;5\nVOTES\nvoter_id;vote\n${ballots}\n`);
    const { status, stderr } = await polity('tally', file, '--rule', 'greedy');
    expect(status).toBe(0);
    expect(stderr.split('\n').filter((line) => line.startsWith('warning:'))).toHaveLength(21);
    expect(stderr).toContain(`warning: ${file}: 5 more like these (25 in all)`);
  });

  it('refuses Latin-2 and windows-1250 read as UTF-8, naming the encoding, and reads them with --encoding', async () => {
    const refused = await polity('tally', `${fixtures}/windows-1250.pb`, '--rule', 'greedy');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(
      'error: windows-1250.pb is not UTF-8: byte 0xBF on line 3 is not valid UTF-8; it looks like windows-1250 (Central European Windows): convert it to UTF-8, or name its encoding (windows-1250)\n' +
        'Pass --encoding windows-1250 if that is its encoding, or convert the file to UTF-8.\n',
    );
    expect((await polity('tally', `${fixtures}/latin2.pb`, '--rule', 'greedy')).stderr).toContain('Pass --encoding iso-8859-2');
    const utf8 = (await polity('tally', `${fixtures}/polish-utf8.pb`, '--rule', 'greedy')).stdout.replace('polish-utf8.pb', 'X');
    expect((await polity('tally', `${fixtures}/latin2.pb`, '--rule', 'greedy', '--encoding', 'iso-8859-2')).stdout.replace('latin2.pb', 'X')).toBe(utf8);
    expect((await polity('tally', `${fixtures}/windows-1250.pb`, '--rule', 'greedy', '--encoding', 'windows-1250')).stdout.replace('windows-1250.pb', 'X')).toBe(utf8);
    expect((await polity('tally', `${fixtures}/utf16-bom.pb`, '--rule', 'greedy')).stdout.replace('utf16-bom.pb', 'X')).toBe(utf8);
    expect(utf8).toContain('Ścieżka rowerowa w Łodzi');
    const unknown = await polity('tally', `${fixtures}/latin2.pb`, '--rule', 'greedy', '--encoding', 'mazovian');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("error: latin2.pb: 'mazovian' is not an encoding this reader knows");
  });

  it('reads misspelled titles and extra columns with warnings, and refuses an unknown section naming the sections', async () => {
    const misspelled = await polity('tally', `${fixtures}/misspelled-sections.pb`, '--rule', 'greedy');
    expect(misspelled.status).toBe(0);
    expect(misspelled.stderr).toContain("warning: packages/sdk/test/fixtures/pabulib-variations/misspelled-sections.pb: line 6: section title 'PROJECT' is read as PROJECTS");
    const extra = await polity('tally', `${fixtures}/extra-columns.pb`, '--rule', 'greedy', '--json');
    expect(extra.status).toBe(0);
    expect(JSON.parse(extra.stdout).selected).toEqual(['2', '1']);
    const unknown = await polity('tally', `${fixtures}/unknown-section.pb`, '--rule', 'greedy');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("error: unknown-section.pb: line 10: unknown section 'GŁOSY': expected the section title VOTES next (a .pb file has the sections META, PROJECTS and VOTES, in that order)");
  });
});

describe('polity tally --rule auto', () => {
  it.each([
    ['greedy', 'greedy', ['C', 'A']],
    ['greedy-no-skip', 'greedy-no-skip', ['C', 'A']],
    ['greedy-threshold', 'greedy-threshold', ['C']],
    ['equalshares', 'mes', ['C']],
    ['equalshares-comparison', 'mes', ['C', 'A']],
    ['equalshares/add1', 'mes', ['C', 'A']],
    ['equalshares/add1-comparison', 'mes', ['C', 'A']],
  ])('counts a file labelled %s as that rule (worked by hand in the SDK test)', async (label, rule, selected) => {
    const result = await tallyJson(labelled(label), '--rule', 'auto');
    expect(result).toMatchObject({ rule, metaRule: label, selected });
    if (rule === 'mes') {
      const equalShares = result['equalShares'] as { completion: string; comparison: unknown; add1Steps: number };
      expect(equalShares.completion).toBe(label.includes('add1') ? 'add1' : 'none');
      expect(equalShares.comparison === null).toBe(!label.endsWith('comparison'));
      if (label.includes('add1')) expect(equalShares.add1Steps).toBe(83);
    }
  });

  it('reproduces the recorded outcomes of the real files that name their rule', async () => {
    for (const [name, cost] of [
      ['Netherlands_Assen_2024.pb', 76_700],
      ['Poland_Swiecie_2023.pb', 1_040_337],
      ['poland_warszawa_2017_stara-milosna.pb', 308_400],
      ['poland_warszawa_2017_plac-wojska-polskiego.pb', 44_720],
    ] as const) {
      const result = await tallyJson(`${data}/${name}`, '--rule', 'auto');
      const recorded = recordedOutcome(await readPabulibFile(join(root, data, name)))!;
      expect([...result.selected].sort()).toEqual([...recorded].sort());
      expect(result.cost).toBe(cost);
    }
  }, 120_000);

  it('refuses a file whose META rule it does not know, naming the rules it knows, and options the label decides', async () => {
    const unknown = await polity('tally', `${data}/Switzerland_Zurich_SN.pb`, '--rule', 'auto');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toBe(
      "error: --rule auto: the rule 'unknown' is not one this reader can count; the rules it knows are greedy, greedy-no-skip, greedy-threshold, equalshares, equalshares-comparison, equalshares/add1, equalshares/add1-comparison\n" +
        'Name the rule instead: --rule greedy, greedy-no-skip, greedy-threshold or mes (with --completion and --comparison as the city counted).\n',
    );
    const completion = await polity('tally', labelled('equalshares'), '--rule', 'auto', '--completion', 'add1');
    expect(completion.status).toBe(2);
    expect(completion.stderr).toContain("error: --completion does not go with --rule auto, which counts exactly as the file's META rule says");
    const threshold = await polity('tally', labelled('greedy'), '--rule', 'auto', '--threshold', '2');
    expect(threshold.status).toBe(2);
    expect(threshold.stderr).toContain("error: --threshold applies to greedy-threshold only, and the file's META rule is greedy");
  });
});
