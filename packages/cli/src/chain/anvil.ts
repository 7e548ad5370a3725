import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliError } from '../errors.js';

/** A local anvil this process started, stopped when the command ends (or the process exits). */
export interface LocalAnvil {
  readonly url: string;
  stop(): Promise<void>;
}

/** anvil from the repository's `@foundry-rs/anvil` dev dependency, else POLITY_ANVIL, else `anvil` on the PATH. */
function anvilBinary(env: Readonly<Record<string, string | undefined>>): string {
  if (env['POLITY_ANVIL']) return env['POLITY_ANVIL'];
  for (let folder = dirname(fileURLToPath(import.meta.url)); ; folder = dirname(folder)) {
    const candidate = join(folder, 'node_modules', '.bin', 'anvil');
    if (existsSync(candidate)) return candidate;
    if (dirname(folder) === folder) return 'anvil';
  }
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Anvils must not outlive the command, whatever way it ends. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const child of running) child.kill('SIGTERM');
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const child of running) child.kill('SIGTERM');
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}

/** Starts a fresh anvil on a free port (it reports the port it chose) and waits until it listens. */
export async function startLocalAnvil(env: Readonly<Record<string, string | undefined>>, extraArguments: readonly string[] = []): Promise<LocalAnvil> {
  const binary = anvilBinary(env);
  installExitHook();
  const child = spawn(binary, ['--port', '0', '--host', '127.0.0.1', ...extraArguments], { stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(new CliError('the local anvil did not start within 20 s', 'Pass --rpc URL to use a node that is already running.')), 20_000);
    const fail = (error: Error): void => {
      clearTimeout(timer);
      child.kill('SIGTERM');
      reject(error);
    };
    child.once('error', (error: NodeJS.ErrnoException) =>
      fail(
        error.code === 'ENOENT'
          ? new CliError('cannot start a local chain: anvil is not installed', 'Run `pnpm install` at the repository root (it brings @foundry-rs/anvil), or pass --rpc URL.')
          : error,
      ),
    );
    child.once('exit', (code) => fail(new CliError(`the local anvil exited (code ${code}) before it listened: ${output.trim().split('\n').at(-1) ?? ''}`, 'Pass --rpc URL to use a node that is already running.')));
    const listen = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /Listening on ([\d.]+):(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        child.once('exit', () => running.delete(child));
        child.stdout?.removeListener('data', listen);
        child.stdout?.resume();
        resolve(`http://${match[1]}:${match[2]}`);
      }
    };
    child.stdout?.on('data', listen);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  });
  return {
    url,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
