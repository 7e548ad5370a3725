import { spawn, type ChildProcess } from 'node:child_process';
import { altoArguments, altoScript, parentWatch } from './alto.js';
import { BundlerStartError } from './errors.js';
import { AltoOutput } from './output.js';
import { freePort, portFree } from './port.js';
import { rpc, RpcError } from './rpc.js';

/** The canonical ERC-4337 v0.8 EntryPoint, the one Polity's accounts and paymaster use. */
export const entryPoint08 = '0x4337084D9E255Ff0702461CF8895CE9E3b5Ff108';

export interface StartBundlerOptions {
  /** The chain's JSON-RPC URL (a local anvil). */
  readonly rpcUrl: string;
  /** The EntryPoint to bundle for; it must be deployed already. Default: the canonical v0.8 one. */
  readonly entryPoint?: `0x${string}`;
  /** The key that sends bundles (`handleOps`) and pays their gas: a funded account nobody else uses. */
  readonly executorPrivateKey: `0x${string}`;
  /** The key that deploys Alto's simulation contracts and refills the executor. Default: the executor's. */
  readonly utilityPrivateKey?: `0x${string}`;
  /** The port to listen on (on every interface: Alto binds 0.0.0.0); 0, the default, a free one. */
  readonly port?: number;
  /** The host name put in the returned URL (default 127.0.0.1). */
  readonly host?: string;
  /** A file Alto's log is appended to (default: kept in memory only, for error messages). */
  readonly logFile?: string;
  /** Whether browsers on other origins may call it (the web app does; default true). */
  readonly cors?: boolean;
  /** How long to wait for it to answer (default 90 s: Alto takes 5-10 s on an idle machine). */
  readonly timeoutMs?: number;
}

export interface Bundler {
  /** Its JSON-RPC URL (`eth_sendUserOperation`, `eth_estimateUserOperationGas`, ...). */
  readonly url: string;
  readonly port: number;
  readonly entryPoint: `0x${string}`;
  /** Alto's process id, which is also its process group's. */
  readonly pid: number;
  /** The last lines Alto printed. */
  output(): string[];
  /** Stops Alto and everything it started, and resolves once they are gone. */
  stop(): Promise<void>;
}

/**
 * Starts Pimlico's Alto bundler against a development chain and resolves once it answers
 * `eth_supportedEntryPoints` with the EntryPoint. Checks the chain and the EntryPoint first, so the
 * common mistakes get a precise message instead of Alto's stack trace. Alto runs in its own process
 * group, which {@link Bundler.stop} ends as a whole; it also stops when this process exits or dies.
 * Rejects with a {@link BundlerStartError}.
 */
export async function startBundler(options: StartBundlerOptions): Promise<Bundler> {
  const entryPoint = options.entryPoint ?? entryPoint08;
  await checkChain(options.rpcUrl, entryPoint);
  const asked = options.port ?? 0;
  if (asked !== 0 && !(await portFree(asked))) {
    throw new BundlerStartError('port-taken', `port ${asked} is taken: stop whatever listens there, or choose another port (0: any free port)`);
  }
  // A free port can be taken between choosing it and Alto binding it: then choose again.
  for (let attempt = 1; ; attempt++) {
    const port = asked === 0 ? await freePort() : asked;
    try {
      return await launch(options, entryPoint, port);
    } catch (error) {
      const lost = error instanceof BundlerStartError && error.reason === 'exited' && error.output.some((line) => line.includes('EADDRINUSE'));
      if (!lost || asked !== 0 || attempt === 3) throw error;
    }
  }
}

async function checkChain(rpcUrl: string, entryPoint: string): Promise<void> {
  try {
    await rpc(rpcUrl, 'eth_chainId', []);
  } catch (error) {
    throw new BundlerStartError(
      'rpc-unreachable',
      `the chain at ${rpcUrl} does not answer (${error instanceof Error ? error.message : String(error)}): check the RPC URL and that the node (anvil) is running`,
      [],
      { cause: error },
    );
  }
  const code = await rpc(rpcUrl, 'eth_getCode', [entryPoint, 'latest']);
  if (code === '0x' || code === '') {
    throw new BundlerStartError(
      'no-entry-point',
      `no EntryPoint is deployed at ${entryPoint} on ${rpcUrl}: deploy it first (the SDK's deployPasskeySupport deploys the canonical v0.8 one on a chain without it)`,
    );
  }
}

async function launch(options: StartBundlerOptions, entryPoint: `0x${string}`, port: number): Promise<Bundler> {
  const output = new AltoOutput(options.logFile);
  const args = altoArguments({ ...options, entryPoint, port, utilityPrivateKey: options.utilityPrivateKey, cors: options.cors ?? true });
  const { SENTRY_DSN: _sentry, ...env } = process.env;
  const child = spawn(process.execPath, ['--import', pathToImport(parentWatch), altoScript(), ...args], {
    // Its own process group, so stop() can end Alto and anything it spawned at once.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Alto reads a .env from its working directory: start it where there is none of the user's.
    cwd: new URL('.', import.meta.url).pathname,
    env: { ...env, NODE_ENV: 'production' },
  });
  output.follow(child.stdout);
  output.follow(child.stderr);
  track(child);

  const url = `http://${options.host ?? '127.0.0.1'}:${port}`;
  const stop = () => stopGroup(child).then(() => output.close());
  try {
    await answered(child, url, entryPoint, output, options.timeoutMs ?? 90_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, entryPoint, pid: child.pid!, output: () => output.last(), stop };
}

/** Polls the condition itself: Alto answering with the EntryPoint. Fails as soon as Alto exits. */
async function answered(child: ChildProcess, url: string, entryPoint: string, output: AltoOutput, timeoutMs: number): Promise<void> {
  const exited = new Promise<never>((_, reject) => {
    const fail = (code: number | null, signal: NodeJS.Signals | null) =>
      reject(
        new BundlerStartError(
          'exited',
          `the bundler (Alto) exited (${signal ?? `code ${code}`}) before it answered: check the RPC URL, that the EntryPoint is deployed there and that the executor key is a funded account`,
          output.last(),
        ),
      );
    child.once('exit', fail);
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(new BundlerStartError('not-installed', `could not run Alto (${error.message}): run \`pnpm install\` at the repository root`, [], { cause: error })),
    );
  });
  exited.catch(() => {});
  const deadline = Date.now() + timeoutMs;
  const interval = 200;
  while (Date.now() < deadline) {
    const supported = await rpc(url, 'eth_supportedEntryPoints', []).catch((error: unknown) => (error instanceof RpcError ? undefined : null));
    if (Array.isArray(supported) && supported.some((address) => String(address).toLowerCase() === entryPoint.toLowerCase())) return;
    await Promise.race([exited, new Promise((done) => setTimeout(done, interval))]);
  }
  throw new BundlerStartError(
    'timeout',
    `the bundler (Alto) did not answer at ${url} within ${timeoutMs / 1000} s: check the RPC URL and that the EntryPoint is deployed there`,
    output.last(),
  );
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Bundlers this process started must not outlive it; parent-watch.mjs covers a killed parent. */
function track(child: ChildProcess): void {
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const started of running) signalGroup(started, 'SIGKILL');
  });
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is gone already.
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Asks the group to stop (Alto shuts down on SIGTERM), kills it if it has not stopped within 10 s,
 * and resolves once no process of the group is left.
 */
async function stopGroup(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  const leaderExited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((done) => child.once('exit', () => done()));
  signalGroup(child, 'SIGTERM');
  const killer = setTimeout(() => signalGroup(child, 'SIGKILL'), 10_000);
  await leaderExited;
  // Anything else Alto started in the group: the leader's exit is not theirs.
  signalGroup(child, 'SIGKILL');
  while (groupAlive(pid)) await new Promise((done) => setTimeout(done, 50));
  clearTimeout(killer);
}

function pathToImport(path: string): string {
  return new URL(`file://${path}`).href;
}
