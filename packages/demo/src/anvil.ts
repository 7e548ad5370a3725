import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { repositoryRoot } from './paths.js';

/** A local anvil this process started; `stop` ends it. */
export interface Anvil {
  readonly url: string;
  readonly port: number;
  readonly chainId: number;
  stop(): Promise<void>;
}

export interface StartAnvilOptions {
  /** A port to use, or 0 for any free port (default 0). */
  readonly port?: number;
  /** Funded, unlocked development accounts from anvil's mnemonic (default 20). */
  readonly accounts?: number;
}

/** anvil's chain id unless told otherwise: the web app offers demo mode only on it. */
export const localChainId = 31337;

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

/**
 * Starts anvil from the root's `@foundry-rs/anvil` dev dependency, mining a block per transaction
 * (no `--block-time`, so seeding is as fast as the node answers), and waits until it answers.
 */
export async function startAnvil(options: StartAnvilOptions = {}): Promise<Anvil> {
  const bin = join(repositoryRoot, 'node_modules/.bin/anvil');
  if (!existsSync(bin)) throw new Error(`anvil not found at ${bin}: run \`pnpm install\` at the repository root`);
  const port = options.port || (await freePort());
  if (await portTaken(port)) throw new Error(`port ${port} is taken: stop whatever listens there, or set POLITY_ANVIL_PORT to another port (0: any free port)`);
  const args = ['--port', String(port), '--host', '127.0.0.1', '--accounts', String(options.accounts ?? 20), '--chain-id', String(localChainId), '--silent'];
  const child = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`anvil exited with code ${child.exitCode}: ${stderr.trim()}`);
    if (await answers(url)) break;
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`anvil did not answer on ${url} within 15 s: ${stderr.trim()}`);
    }
    await new Promise((wait) => setTimeout(wait, 50));
  }
  return {
    url,
    port,
    chainId: localChainId,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] }),
    });
    return response.ok;
  } catch {
    return false;
  }
}
