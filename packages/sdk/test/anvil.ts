import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** anvil from the root's `@foundry-rs/anvil` dev dependency (see shared/TOOLCHAIN.md). */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const anvilBin = join(root, 'node_modules/.bin/anvil');

export interface Anvil {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
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

/** Starts a fresh anvil (chain id 31337, ten funded accounts) on a free port and waits until it listens. */
export async function startAnvil(): Promise<Anvil> {
  if (!existsSync(anvilBin)) throw new Error(`anvil not found at ${anvilBin}: run pnpm install at the repository root`);
  const port = await freePort();
  const child: ChildProcess = spawn(anvilBin, ['--port', String(port), '--host', '127.0.0.1', '--silent'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`anvil exited (${child.exitCode}): ${stderr}`);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] }),
      });
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`anvil did not start on ${url} within 15 s: ${stderr}`);
    }
    await new Promise((wait) => setTimeout(wait, 50));
  }
  return {
    url,
    port,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
