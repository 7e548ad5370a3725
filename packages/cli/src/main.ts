/**
 * The `polity` binary (built to dist/main.js by scripts/build.mjs; `pnpm polity` at the repository root
 * runs it): see docs/cli.md.
 */
import module from 'node:module';
import { createInterface } from 'node:readline/promises';

// Node 22.1+ keeps compiled code between runs (a faster start); Node 20 has no such cache.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
// Imported after the cache is on, so that it covers the program's modules too.
const { runCli } = await import('./program.js');

let stopping = false;
process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  interactive: process.stderr.isTTY === true,
  ask: process.stdin.isTTY === true ? ask : undefined,
  stopRequested,
});
// A command stopped by a signal has said what it did and how to continue; work it left in flight (a
// replay's ballots, timers) must not go on without it.
if (stopping) process.exit();

/** The first SIGINT or SIGTERM; a second one finds no listener and ends the process at once. */
function stopRequested(): Promise<string> {
  return new Promise((stop) => {
    const signals = ['SIGINT', 'SIGTERM'] as const;
    const listener = (signal: NodeJS.Signals): void => {
      stopping = true;
      for (const other of signals) process.off(other, listener);
      stop(signal);
    };
    for (const signal of signals) process.on(signal, listener);
  });
}

async function ask(question: string): Promise<string> {
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await terminal.question(question);
  } finally {
    terminal.close();
  }
}
