/**
 * `pnpm polity <command>` (run from the repository root) lands here: see docs/cli.md.
 */
import { createInterface } from 'node:readline/promises';
import { runCli } from './program.js';

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  interactive: process.stderr.isTTY === true,
  ask: process.stdin.isTTY === true ? ask : undefined,
});

async function ask(question: string): Promise<string> {
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await terminal.question(question);
  } finally {
    terminal.close();
  }
}
