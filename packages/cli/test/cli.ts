/**
 * Runs `polity` as a separate process: the built binary, packages/cli/dist/main.js, as `pnpm polity ...`
 * and an installed `polity` run it (test/global-setup.ts builds it once before the tests), and starts
 * the fresh anvil each chain test file uses.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLocalAnvil, type LocalAnvil } from '../src/chain/anvil.js';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const pabulib = join(root, 'test', 'data', 'pabulib');
export const csvData = join(root, 'test', 'data', 'csv');
/** The binary test/global-setup.ts built. */
export const binary = join(root, 'packages', 'cli', 'dist', 'main.js');

export interface Run {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  /** Working directory (default: a fresh temporary directory, so .polity/ files stay out of the repository). */
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string>>;
  /** Called with each chunk of stderr; return true to kill the process there (SIGKILL: a crash). */
  readonly killWhen?: (stderr: string) => boolean;
  /** Called with each chunk of stderr; return true to interrupt the process there, once (SIGINT: Ctrl-C). */
  readonly interruptWhen?: (stderr: string) => boolean;
}

/** A temporary working directory for a test file. */
export function workspace(): string {
  return mkdtempSync(join(tmpdir(), 'polity-cli-'));
}

export function polity(args: readonly string[], options: RunOptions = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const child: ChildProcess = spawn(process.execPath, [binary, ...args], {
      cwd: options.cwd ?? workspace(),
      env: cleanEnvironment(options.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let interrupted = false;
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (options.killWhen?.(stderr) === true) child.kill('SIGKILL');
      if (!interrupted && options.interruptWhen?.(stderr) === true) {
        interrupted = true;
        child.kill('SIGINT');
      }
    });
    child.once('error', fail);
    child.once('close', (status, signal) => done({ status, signal, stdout, stderr }));
  });
}

/** The environment a command runs in: none of the POLITY_ settings (or DATABASE_URL) of whoever runs the tests. */
function cleanEnvironment(env: Readonly<Record<string, string>> | undefined): NodeJS.ProcessEnv {
  return { ...process.env, POLITY_DEBUG: '', POLITY_RPC_URL: '', POLITY_RPC: '', POLITY_PRIVATE_KEY: '', POLITY_CREDENTIAL_SALT: '', POLITY_SERVER: '', DATABASE_URL: '', ...env };
}

/** A command that runs until it is stopped (`serve`), with what it has printed so far. */
export interface RunningCommand {
  readonly child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the match once stdout matches; rejects if the command ends first. */
  waitForOutput(pattern: RegExp): Promise<RegExpMatchArray>;
  /** Resolves when the process has ended. */
  readonly ended: Promise<Run>;
}

export function startPolity(args: readonly string[], options: Omit<RunOptions, 'killWhen' | 'interruptWhen'> = {}): RunningCommand {
  const child = spawn(process.execPath, [binary, ...args], { cwd: options.cwd ?? workspace(), env: cleanEnvironment(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const watchers = new Set<() => void>();
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    for (const watcher of watchers) watcher();
  });
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ended = new Promise<Run>((done, fail) => {
    child.once('error', fail);
    child.once('close', (status, signal) => done({ status, signal, stdout, stderr }));
  });
  const waitForOutput = (pattern: RegExp): Promise<RegExpMatchArray> =>
    new Promise((found, fail) => {
      const check = (): void => {
        const match = pattern.exec(stdout);
        if (match === null) return;
        watchers.delete(check);
        found(match);
      };
      watchers.add(check);
      check();
      void ended.then((run) => {
        if (!watchers.has(check)) return;
        watchers.delete(check);
        fail(new Error(`the command ended (status ${run.status}, signal ${run.signal}) before printing ${pattern}:\n${run.stdout}\n${run.stderr}`));
      });
    });
  return { child, stdout: () => stdout, stderr: () => stderr, waitForOutput, ended };
}

/** A fresh anvil for one test file (the same one `polity` starts when given no --rpc). */
export function startAnvil(...extraArguments: string[]): Promise<LocalAnvil> {
  return startLocalAnvil(process.env, extraArguments);
}

/** Stack traces look like "\n    at f (file:1:2)": an error report must never contain one. */
export const stackTrace = /\n\s+at .+:\d+:\d+/;

export type { ChildProcess };
