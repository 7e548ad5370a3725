/// <reference types="node" />
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PolityError } from '../chain/errors/base.js';

/**
 * A local anvil (Foundry's development chain) for scripts and tests on one machine: the CLI's throwaway
 * chain, the demo city, integration tests. Node only. Nothing else in the SDK assumes a local chain.
 */
export interface Anvil {
  /** Its JSON-RPC endpoint, `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** The port it listens on. */
  readonly port: number;
  /** The folder it writes old block states to, removed when it stops (unset if `arguments` chose one). */
  readonly statesFolder: string | undefined;
  /** Its chain id, as it reports it. */
  readonly chainId: number;
  /** Stops the node (resolves once it exited). */
  stop(): Promise<void>;
}

export interface StartAnvilOptions {
  /** The port to listen on; 0 (the default) lets anvil pick a free one. */
  readonly port?: number;
  /** How many funded, unlocked development accounts (anvil's default: 10). */
  readonly accounts?: number;
  /** The chain id (default: anvil's own, 31337). */
  readonly chainId?: number;
  /** Further command-line arguments for anvil. */
  readonly arguments?: readonly string[];
  /** The anvil executable (default: the repository's `@foundry-rs/anvil`, else `anvil` on the PATH). */
  readonly binary?: string;
  /** How long to wait for it to listen (default 20 s). */
  readonly timeoutMs?: number;
}

/** Why anvil could not be started; `reason` lets callers add their own advice. */
export class AnvilStartError extends PolityError {
  override name = 'AnvilStartError';
  constructor(
    /** Why: not installed, the port taken, exited early, or no answer in time. */
    readonly reason: 'not-installed' | 'port-taken' | 'exited' | 'timeout',
    message: string,
    options: { cause?: unknown } = {},
  ) {
    super(message, options);
  }
}

/** The repository's anvil (from `@foundry-rs/anvil`), found by walking up from here; else `anvil`. */
export function anvilBinary(): string {
  for (let folder = dirname(fileURLToPath(import.meta.url)); ; folder = dirname(folder)) {
    const candidate = join(folder, 'node_modules', '.bin', 'anvil');
    if (existsSync(candidate)) return candidate;
    if (dirname(folder) === folder) return 'anvil';
  }
}

/** Whether something listens on 127.0.0.1:port already. */
export async function portTaken(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(true));
    server.listen(port, '127.0.0.1', () => server.close(() => done(false)));
  });
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/** Each running anvil and the folder it keeps its states in. */
const running = new Map<ChildProcess, string | undefined>();
let exitHookInstalled = false;

/** Anvils this process started must not outlive it, nor leave their states behind, however it ends. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const [child, states] of running) {
      child.kill('SIGTERM');
      if (states !== undefined) rmSync(states, { recursive: true, force: true });
    }
  });
}

/**
 * Starts anvil on 127.0.0.1 and resolves once it listens (anvil reports the port it chose, so port 0
 * needs no probing). Mines a block per transaction. Rejects with an {@link AnvilStartError}.
 */
export async function startAnvil(options: StartAnvilOptions = {}): Promise<Anvil> {
  const port = options.port ?? 0;
  if (port !== 0 && (await portTaken(port))) {
    throw new AnvilStartError('port-taken', `port ${port} is taken: stop whatever listens there, or choose another port`);
  }
  const args = ['--port', String(port), '--host', '127.0.0.1'];
  if (options.chainId !== undefined) args.push('--chain-id', String(options.chainId));
  if (options.accounts !== undefined) args.push('--accounts', String(options.accounts));
  // anvil writes old block states to disk (by default under ~/.foundry/anvil/tmp) and does not always
  // remove them when stopped: a day of test runs left tens of gigabytes there. Each anvil keeps them in
  // a folder of its own, removed when it exits.
  const extra = options.arguments ?? [];
  const states = extra.includes('--cache-path') ? undefined : mkdtempSync(join(tmpdir(), 'polity-anvil-'));
  if (states !== undefined) args.push('--cache-path', states);
  const child = spawn(options.binary ?? anvilBinary(), [...args, ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
  installExitHook();
  running.set(child, states);
  const forget = (): void => {
    running.delete(child);
    if (states !== undefined) rmSync(states, { recursive: true, force: true });
  };
  child.once('exit', forget);

  const timeoutMs = options.timeoutMs ?? 20_000;
  const listening = await new Promise<{ host: string; port: number }>((resolve, reject) => {
    let output = '';
    const fail = (error: Error): void => {
      clearTimeout(timer);
      child.kill('SIGTERM');
      reject(error);
    };
    const timer = setTimeout(() => fail(new AnvilStartError('timeout', `anvil did not listen within ${timeoutMs / 1000} s: ${lastLine(output)}`)), timeoutMs);
    child.once('error', (error: NodeJS.ErrnoException) =>
      fail(
        error.code === 'ENOENT'
          ? new AnvilStartError('not-installed', 'anvil is not installed: add the npm package @foundry-rs/anvil (in this repository: run `pnpm install` at the root), or install Foundry, or pass `binary`', { cause: error })
          : error,
      ),
    );
    child.once('exit', (code) => fail(new AnvilStartError('exited', `anvil exited (code ${code}) before it listened: ${lastLine(output)}`)));
    const watch = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /Listening on ([\d.]+):(\d+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      child.once('exit', forget);
      child.stdout?.removeListener('data', watch);
      child.stdout?.resume();
      resolve({ host: match[1]!, port: Number(match[2]) });
    };
    child.stdout?.on('data', watch);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  });

  const url = `http://${listening.host}:${listening.port}`;
  return {
    url,
    port: listening.port,
    statesFolder: states,
    // Asked rather than assumed: further arguments may have set it.
    chainId: await chainIdOf(url),
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

async function chainIdOf(url: string): Promise<number> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] }),
  });
  const { result } = (await response.json()) as { result: string };
  return Number(BigInt(result));
}

function lastLine(output: string): string {
  return output.trim().split('\n').at(-1) ?? '';
}
