/**
 * The command examples in docs/*.md are real: every ```sh block holding one `$ pnpm polity ...` line,
 * followed by a ```text block, must print exactly that text (stdout, then stderr) when run. They run
 * in-process from the repository root, as `pnpm polity` does (tally.test.ts covers the real process).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/program.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const example = /```sh\n\$ pnpm polity ([^\n]+)\n```\n\n```text\n(.*?)```/gs;

describe.each(['docs/cli.md', 'docs/budgeting-rules.md'])('examples in %s', (doc) => {
  const examples = [...readFileSync(join(root, doc), 'utf8').matchAll(example)].map((match) => ({ command: match[1]!, output: match[2]! }));

  it('has examples', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples)('pnpm polity $command', async ({ command, output }) => {
    let stdout = '';
    let stderr = '';
    await runCli(command.split(' '), { out: (text) => (stdout += text), err: (text) => (stderr += text), cwd: root, env: {} });
    expect(stdout + stderr).toBe(output);
  }, 60_000);
});
