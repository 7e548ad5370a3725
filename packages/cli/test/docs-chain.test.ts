/**
 * The chain commands' examples in docs/cli.md are real: every ```sh block of `$ pnpm polity ...` lines
 * is run in order against one fresh anvil (POLITY_RPC_URL) in a scratch directory that sees the repository's
 * test data, with the `export` lines of the examples' setup; a following ```output block must be exactly
 * what the last command prints on stdout, and an ```error block what it prints on stdout then stderr
 * when it exits with an error. Dates, times, block numbers and 32-byte hashes change from run to run
 * and are compared as placeholders.
 *
 * (The tally examples, ```sh + ```text blocks, are docs.test.ts's.)
 */
import { symlinkSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalAnvil } from '../src/chain/anvil.js';
import { polity, root, startAnvil, workspace } from './cli.js';

interface Example {
  readonly commands: readonly string[];
  readonly expected?: { readonly stream: 'output' | 'error'; readonly text: string };
}

const doc = readFileSync(join(root, 'docs', 'cli.md'), 'utf8');
const blocks = [...doc.matchAll(/```(sh|output|error|text)\n(.*?)```/gs)].map((match) => ({ kind: match[1]!, body: match[2]! }));
const environment: Record<string, string> = {};
const examples: Example[] = [];
blocks.forEach((block, index) => {
  if (block.kind !== 'sh') return;
  for (const line of block.body.split('\n')) {
    const exported = /^export (POLITY_[A-Z_]+)=(\S+)/.exec(line);
    if (exported) environment[exported[1]!] = exported[2]!;
  }
  const commands = block.body.split('\n').filter((line) => line.startsWith('$ pnpm polity ')).map((line) => line.slice('$ pnpm polity '.length));
  if (commands.length === 0 || commands.some((command) => command.startsWith('tally'))) return;
  const next = blocks[index + 1];
  examples.push({ commands, ...(next?.kind === 'output' || next?.kind === 'error' ? { expected: { stream: next.kind, text: next.body } } : {}) });
});

/** Splits a command line into arguments: spaces separate them, double quotes group them. */
function words(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!);
}

/** What changes from run to run: dates and times on the chain's clock, block numbers, hashes and salted values. */
function normalise(text: string): string {
  return text
    .replace(/at block \d+/g, 'at block <n>')
    .replace(/\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z)?/g, '<date>')
    .replace(/0x[0-9a-f]{64}/g, '0x<hash>')
    .replace(/0x[0-9a-f]{16}…/g, '0x<hash>…');
}

describe('chain examples in docs/cli.md', () => {
  let anvil: LocalAnvil;
  let cwd: string;
  beforeAll(async () => {
    anvil = await startAnvil();
    cwd = workspace();
    symlinkSync(join(root, 'test'), join(cwd, 'test'));
  }, 30_000);
  afterAll(async () => anvil?.stop());

  it('has examples, and its setup names the examples\' salt', () => {
    expect(examples.length).toBeGreaterThan(5);
    expect(environment['POLITY_CREDENTIAL_SALT']).toMatch(/^0x[0-9a-f]{64}$/);
  });

  // In order: each example uses what the ones before it deployed.
  it.each(examples.map((example) => [example.commands.join(' && '), example] as const))('pnpm polity %s', async (_, example) => {
    for (const [position, command] of example.commands.entries()) {
      const run = await polity(words(command), { cwd, env: { ...environment, POLITY_RPC_URL: anvil.url } });
      const last = position === example.commands.length - 1;
      if (last && example.expected?.stream === 'error') {
        expect(run.status).not.toBe(0);
        expect(normalise(run.stdout + run.stderr)).toBe(normalise(example.expected.text));
        continue;
      }
      expect(run.stderr.split('\n').filter((line) => line.startsWith('error:'))).toEqual([]);
      expect(run.status).toBe(0);
      if (last && example.expected !== undefined) expect(normalise(run.stdout)).toBe(normalise(example.expected.text));
    }
  }, 300_000);
});
