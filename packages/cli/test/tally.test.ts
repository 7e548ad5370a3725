/**
 * `polity tally` on the repository's pabulib test data: in-process through `runCli` for most cases,
 * and as a separate process, the built binary as `pnpm polity tally ...` runs it from the repository
 * root, for what only a real process shows: exit codes, stdout holding nothing but the JSON, no stack
 * traces.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/program.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const data = join(root, 'test', 'data', 'pabulib');
const binary = join(root, 'packages', 'cli', 'dist', 'main.js');

/** Runs the CLI as its own process. */
function polity(...args: string[]): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [binary, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, POLITY_DEBUG: '' } });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the CLI in this process, with buffers for stdout and stderr. */
async function polityHere(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(args, { out: (text) => (stdout += text), err: (text) => (stderr += text), cwd: root, env: {} });
  return { status, stdout, stderr };
}

/** Parses stdout as exactly one JSON value (throws if there is anything else on it). */
function json(stdout: string): { selected: string[]; cost: number; [key: string]: unknown } {
  return JSON.parse(stdout) as { selected: string[]; cost: number };
}

const sorted = (ids: readonly string[]): string[] => [...ids].sort();

describe('polity tally', () => {
  it.each([
    ['poland_warszawa_2017_stara-milosna.pb', ['--rule', 'greedy'], 308_400],
    ['poland_katowice_2021_koszutka.pb', ['--rule', 'greedy'], 455_600],
    ['poland_warszawa_2020_praga-poludnie.pb.gz', ['--rule', 'greedy'], 5_900_440],
    ['Netherlands_Assen_2024.pb', ['--rule', 'mes', '--completion', 'add1'], 76_700],
    ['Poland_Swiecie_2023.pb', ['--rule', 'mes', '--completion', 'add1-exhaustive', '--comparison', '--cost-share-eligibility', '3'], 1_040_337],
  ])('%s %s: prints one JSON object whose selected is the recorded outcome', async (name, rule, cost) => {
    const { status, stdout, stderr } = name.startsWith('poland_warszawa_2017') ? polity('tally', join(data, name), ...rule, '--json') : await polityHere('tally', join(data, name), ...rule, '--json');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const result = json(stdout);
    expect(result.cost).toBe(cost);
    const projects = result['projects'] as Array<{ id: string; funded: boolean; support: number }>;
    expect(sorted(result.selected)).toEqual(sorted(projects.filter((project) => project.funded).map((project) => project.id)));
    expect(projects.every((project) => typeof project.support === 'number')).toBe(true);
  }, 60_000);

  it('prints a table, and with --explain the rounds in words', async () => {
    const { status, stdout } = await polityHere('tally', join(data, 'Netherlands_Assen_2024.pb'), '--rule', 'mes', '--explain');
    expect(status).toBe(0);
    expect(stdout).toContain('funded: 9 projects costing 76,700 (23,300 unspent)');
    expect(stdout).toMatch(/project\s+name\s+cost\s+support\s+funded/);
    expect(stdout).toContain('Round 1: 3 "PopUp Podium" (7,200) is funded: its 43 supporters each pay 167.44.');
    expect(stdout).toContain('7 "RuBox" (12,000): not funded');
  }, 60_000);

  it('explains greedy walks too, and includes who paid what in --json --explain', async () => {
    const greedy = await polityHere('tally', join(data, 'poland_warszawa_2017_plac-wojska-polskiego.pb'), '--rule', 'greedy-no-skip', '--explain');
    expect(greedy.stdout).toContain('How greedy counted');
    const mes = json((await polityHere('tally', join(data, 'Netherlands_Assen_2024.pb'), '--rule', 'mes', '--json', '--explain')).stdout);
    const explanation = mes['explanation'] as Array<{ projectId: string; reason: { kind: string; payments?: Array<{ voters: string[] }> } }>;
    const popUp = explanation.find((project) => project.projectId === '3')!;
    expect(popUp.reason.kind).toBe('round');
    expect(popUp.reason.payments![0]!.voters).toHaveLength(43);
  }, 60_000);

  it('says what to fix for a missing file, without a stack trace', () => {
    const { status, stderr, stdout } = polity('tally', 'test/data/pabulib/nowhere.pb', '--rule', 'greedy');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('error: cannot read test/data/pabulib/nowhere.pb: no such file');
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('names the line and the problem in a malformed file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'polity-cli-'));
    const file = join(folder, 'broken.pb');
    writeFileSync(file, 'META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n1;abc\nVOTES\nvoter_id;vote\nv;1\n');
    const { status, stderr } = polity('tally', file, '--rule', 'greedy');
    expect(status).toBe(1);
    expect(stderr).toContain("error: broken.pb: line 6: project 1 has cost 'abc', expected a whole number");
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('rejects an unknown rule and options that do not fit the rule', async () => {
    const unknown = polity('tally', join(data, 'Netherlands_Assen_2024.pb'), '--rule', 'borda');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("argument 'borda' is invalid. Allowed choices are greedy, greedy-no-skip, greedy-threshold, mes, auto.");
    const misplaced = await polityHere('tally', join(data, 'Netherlands_Assen_2024.pb'), '--rule', 'greedy', '--completion', 'add1');
    expect(misplaced.status).toBe(2);
    expect(misplaced.stderr).toContain('error: --completion applies to --rule mes only');
    const noThreshold = await polityHere('tally', join(data, 'Netherlands_Assen_2024.pb'), '--rule', 'greedy-threshold');
    expect(noThreshold.status).toBe(2);
    expect(noThreshold.stderr).toContain('Pass --threshold N');
    const mesOptionWithoutRule = await polityHere('tally', join(data, 'Netherlands_Assen_2024.pb'), '--completion', 'add1');
    expect(mesOptionWithoutRule.status).toBe(2);
    expect(mesOptionWithoutRule.stderr).toContain("error: --completion needs --rule mes: without --rule, tally counts exactly as the file's META rule says");
  }, 60_000);

  it('counts by the file\'s META rule when no --rule is given, and says so when the file names none it knows', async () => {
    const byDefault = json((await polityHere('tally', join(data, 'Netherlands_Assen_2024.pb'), '--json')).stdout);
    const byAuto = json((await polityHere('tally', join(data, 'Netherlands_Assen_2024.pb'), '--rule', 'auto', '--json')).stdout);
    expect(byDefault).toEqual(byAuto);
    expect(byDefault['metaRule']).toBe('equalshares/add1');
    expect(byDefault.cost).toBe(76_700);
    const unknown = await polityHere('tally', join(data, 'Switzerland_Zurich_SN.pb'));
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toBe(
      "error: without --rule, tally counts by the file's META rule, and its rule 'unknown' is not one this reader can count; the rules it knows are greedy, greedy-no-skip, greedy-threshold, equalshares, equalshares-comparison, equalshares/add1, equalshares/add1-comparison\n" +
        'Name the rule instead: --rule greedy, greedy-no-skip, greedy-threshold or mes (with --completion and --comparison as the city counted).\n',
    );
  }, 60_000);

  it('counts greedy-threshold with a threshold', async () => {
    const result = json((await polityHere('tally', join(data, 'Netherlands_Assen_2024.pb'), '--rule', 'greedy-threshold', '--threshold', '20', '--json')).stdout);
    // Support of at least 20: 3, 9, 8, 2, 11, 1 and 13; Scooter Night Ride (1, 40,000) no longer fits.
    expect(result.selected).toEqual(['3', '9', '8', '2', '11', '13']);
    expect(result.cost).toBe(94_200);
  }, 60_000);
});
