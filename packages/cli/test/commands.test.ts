/**
 * The binary loads only what the command it runs needs: the help's list of commands comes from
 * commands/index.ts without loading their modules, so its words must be the modules' own; every
 * command's own help works; `--help` and `tally` never load viem or the server's packages. Durations
 * need their unit.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command, Help } from 'commander';
import { describe, expect, it } from 'vitest';
import { commands } from '../src/commands/index.js';
import { duration } from '../src/council/durations.js';
import { CliError } from '../src/errors.js';
import { binary, pabulib, polity, stackTrace, workspace } from './cli.js';

const io = { out: () => undefined, err: () => undefined, cwd: '/', env: {} };
/** Each test spawns the binary; a loaded machine can take seconds to start a process. */
const slow = 120_000;

describe('the command list', () => {
  it.each(commands.map((entry) => [entry.name, entry] as const))('%s: the help lists what its module registers', async (name, entry) => {
    const program = new Command('polity');
    (await entry.load())(program, io);
    const registered = program.commands.find((command) => command.name() === name);
    expect(registered).toBeDefined();
    expect(entry.term).toBe(new Help().subcommandTerm(registered!));
    expect(entry.description).toBe(registered!.description());
  }, slow);

  it.each(commands.map((entry) => entry.name))('polity %s --help prints its usage and exits 0', async (name) => {
    const { status, stdout, stderr } = await polity([name, '--help']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Usage: polity ${name} `));
  }, slow);

  it('polity --help lists every command, and help <command> shows that command\'s options', async () => {
    const top = await polity(['--help']);
    expect(top.status).toBe(0);
    for (const entry of commands) expect(top.stdout).toContain(`  ${entry.term} `);
    const openRound = await polity(['help', 'open-round']);
    expect(openRound.status).toBe(0);
    // Help is wrapped to the terminal's width: compare its words.
    const words = openRound.stdout.replace(/\s+/g, ' ');
    expect(words).toContain('--challenge-bond <wei>');
    expect(words).toContain('(default: 10^15 wei, 0.001 native unit)');
    expect(words).toContain('--voting <duration> how long voting lasts (90m, 36h, 7d, 2w, ...) (default: 14d)');
    const unknown = await polity(['tallly']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("error: unknown command 'tallly'");
    expect(unknown.stderr).not.toMatch(stackTrace);
  }, slow);
});

describe('what the binary loads', () => {
  /** Every module the binary resolves while running `args`, recorded by a resolve hook. */
  function modulesLoaded(args: readonly string[]): string[] {
    const directory = workspace();
    const hook = join(directory, 'record.mjs');
    const register = join(directory, 'register.mjs');
    const log = join(directory, 'loaded.txt');
    writeFileSync(hook, `import { appendFileSync } from 'node:fs';\nexport async function resolve(specifier, context, next) {\n  const resolved = await next(specifier, context);\n  appendFileSync(${JSON.stringify(log)}, resolved.url + '\\n');\n  return resolved;\n}\n`);
    writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hook).href)});\n`);
    writeFileSync(log, '');
    const result = spawnSync(process.execPath, ['--import', register, binary, ...args], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    return readFileSync(log, 'utf8').split('\n').filter((line) => line !== '');
  }

  const heavy = /node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?(viem|ox|@noble|@electric-sql|hono|@hono|drizzle-orm|pg|pino|zod)\//;

  it('--help loads commander and the program, nothing else', () => {
    const loaded = modulesLoaded(['--help']);
    expect(loaded.some((url) => url.includes('/commander/'))).toBe(true);
    expect(loaded.filter((url) => heavy.test(url))).toEqual([]);
  }, slow);

  it('tally counts an election without loading viem or the server', () => {
    const loaded = modulesLoaded(['tally', join(pabulib, 'poland_warszawa_2017_plac-wojska-polskiego.pb'), '--rule', 'mes']);
    expect(loaded.filter((url) => heavy.test(url))).toEqual([]);
  }, slow);

  it('deploy --help loads viem (the check above would see it)', () => {
    expect(modulesLoaded(['deploy', '--help']).some((url) => heavy.test(url))).toBe(true);
  }, slow);
});

describe('durations', () => {
  const voting = duration('--voting');

  it('reads a number with its unit', () => {
    expect(voting('7d')).toBe(7 * 86_400);
    expect(voting('36h')).toBe(36 * 3_600);
    expect(voting('90m')).toBe(90 * 60);
    expect(voting('90min')).toBe(90 * 60);
    expect(voting('45s')).toBe(45);
    expect(voting('2w')).toBe(14 * 86_400);
  });

  it('refuses a bare number, saying which units there are', () => {
    expect(() => voting('7')).toThrow(CliError);
    expect(() => voting('7')).toThrow("--voting is '7', a number without a unit");
    try {
      voting('7');
    } catch (error) {
      expect((error as CliError).hint).toBe('Write the unit after it: 7d (days), 7h (hours), 7m (minutes), 7s (seconds) or 7w (weeks).');
      expect((error as CliError).exitCode).toBe(2);
    }
  });

  it('refuses zero, fractions and unknown units', () => {
    for (const text of ['0d', '1.5d', '7 days', 'd', '-1h', '7y']) expect(() => voting(text)).toThrow(CliError);
  });
});
