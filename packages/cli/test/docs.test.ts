/**
 * The command examples in docs/*.md are real: every ```sh block holding one `$ pnpm polity ...` line,
 * followed by a ```text block, must print exactly that text (stdout, then stderr) when run.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const example = /```sh\n\$ pnpm polity ([^\n]+)\n```\n\n```text\n(.*?)```/gs;

describe.each(['docs/cli.md', 'docs/budgeting-rules.md'])('examples in %s', (doc) => {
  const examples = [...readFileSync(join(root, doc), 'utf8').matchAll(example)].map((match) => ({ command: match[1]!, output: match[2]! }));

  it('has examples', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples)('pnpm polity $command', ({ command, output }) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'packages/cli/src/main.ts'), ...command.split(' ')], { cwd: root, encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe(output);
  }, 60_000);
});
