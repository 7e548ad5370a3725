/**
 * Proof time of a secret ballot, in Debian's Chromium (the web app's own proving worker, driven by
 * Playwright) and in Node, beside each other, for the tree depths of real groups: 11 (Stara Miłosna's
 * 1,078 voters) and 16 (a city of up to 65,536 registered residents). The first browser proof also
 * fetches and checks the proving files; the figures after it are proofs alone. Target: at most 5 s in
 * Chromium. Figures only; the load average is printed beside them (8 engineers share 2 cores here).
 *
 *   pnpm bench:secret                 depths 11 and 16, 3 proofs each
 *   pnpm bench:secret --sizes 1078    group sizes to measure (the depth follows)
 *   pnpm bench:secret --node-only     Node alone (no browser build, no Chromium)
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createSecretGroup, proveSecretBallot, secretBallotMessage, secretBallotScope, secretIdentityFromSeed, treeDepthForGroupSize } from '@polity/sdk';
import { readProvingFiles } from '@polity/sdk/node';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const web = join(root, 'web');
const fromWeb = createRequire(join(web, 'package.json'));
const argument = (name: string) => {
  const index = process.argv.indexOf(name);
  return index < 0 ? undefined : process.argv[index + 1];
};
const sizes = (argument('--sizes') ?? '1078,40000').split(',').map(Number);
const runs = Number(argument('--runs') ?? 3);
const rounds = '0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0' as const;
const nodeOnly = process.argv.includes('--node-only');

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function nodeProofs(size: number): Promise<number[]> {
  const seed = new Uint8Array(32).fill(7);
  const identity = secretIdentityFromSeed(seed);
  const group = createSecretGroup([identity.commitment, ...Array.from({ length: size - 1 }, (_, index) => BigInt(index + 1) * 7919n)]);
  const provingFiles = await readProvingFiles(treeDepthForGroupSize(size));
  const scope = secretBallotScope({ chainId: 31337, rounds, roundId: 1n });
  const times: number[] = [];
  for (let revision = 1n; revision <= BigInt(runs); revision++) {
    const message = secretBallotMessage({ revision, projects: [1, 4], points: [] });
    const started = performance.now();
    await proveSecretBallot({ identity, group, roundId: 1n, message, scope, provingFiles });
    times.push(performance.now() - started);
  }
  return times;
}

/**
 * Builds the benchmark page (web/src/lib/secret/bench-page.ts and the app's worker) with Vite and the
 * app's own plugin for the proving files, which copies them into the build under /semaphore/ after
 * checking their pinned hashes, exactly as the app's build does.
 */
async function buildPage(outDir: string, maxDepth: number): Promise<string> {
  const vite = (await import(pathToFileURL(fromWeb.resolve('vite')).href)) as typeof import('vite');
  const { semaphoreProvingFiles } = (await import(pathToFileURL(join(web, 'src/lib/secret/proving-files-plugin.ts')).href)) as typeof import('../web/src/lib/secret/proving-files-plugin');
  await vite.build({
    configFile: false,
    root: web,
    logLevel: 'warn',
    plugins: [semaphoreProvingFiles({ maxDepth })],
    build: { outDir, emptyOutDir: true, manifest: true, minify: true, rollupOptions: { input: join(web, 'src/lib/secret/bench-page.ts') } },
    worker: { format: 'es' },
  });
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string; isEntry?: boolean }>;
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry)!;
  return `<!doctype html><meta charset="utf-8"><title>bench:secret</title><script type="module" src="/${entry.file}"></script>`;
}

/** Serves the page, its chunks, and the proving files the build copied under /semaphore/. */
function serve(outDir: string, html: string): Promise<Server> {
  const types: Record<string, string> = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.zkey': 'application/octet-stream' };
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    try {
      if (path === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end(html);
      const file = join(outDir, path);
      if (!file.startsWith(outDir)) throw new Error('outside');
      const bytes = await readFile(file);
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(bytes);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

async function browserProofs(url: string, size: number): Promise<{ depth: number; runs: { loadMs: number; proveMs: number }[] }> {
  // A CommonJS package: its exports arrive as the module's default.
  const playwright = (await import(pathToFileURL(fromWeb.resolve('@playwright/test')).href)) as typeof import('@playwright/test') & { default?: typeof import('@playwright/test') };
  const chromium = playwright.chromium ?? playwright.default!.chromium;
  const browser = await chromium.launch({
    executablePath: process.env['POLITY_CHROMIUM'] ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${url}/?size=${size}&runs=${runs}`);
    await page.waitForFunction(() => window.benchResult !== undefined, undefined, { timeout: 15 * 60_000 });
    const result = await page.evaluate(() => window.benchResult!);
    if (result.error) throw new Error(`the page failed: ${result.error}`);
    return result;
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  process.stdout.write(`Secret ballot proof time (Semaphore v4, Groth16), ${runs} proofs each; load average ${loadavg().map((value) => value.toFixed(2)).join(' ')}\n`);
  if (nodeOnly) {
    process.stdout.write('  group size  tree depth  Node median proof\n');
    for (const size of sizes) process.stdout.write(`  ${String(size).padStart(10)}  ${String(treeDepthForGroupSize(size)).padStart(10)}  ${seconds(median(await nodeProofs(size))).padStart(17)}\n`);
    return;
  }
  const outDir = mkdtempSync(join(tmpdir(), 'polity-bench-secret-'));
  let server: Server | undefined;
  try {
    const html = await buildPage(outDir, Math.max(...sizes.map(treeDepthForGroupSize)));
    server = await serve(outDir, html);
    const address = server.address();
    const url = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
    process.stdout.write('  group size  tree depth  Chromium first (files + proof)  Chromium median proof  Node median proof\n');
    for (const size of sizes) {
      const depth = treeDepthForGroupSize(size);
      const browser = await browserProofs(url, size);
      const node = await nodeProofs(size);
      const first = browser.runs[0]!;
      const later = browser.runs.length > 1 ? browser.runs.slice(1) : browser.runs;
      process.stdout.write(
        `  ${String(size).padStart(10)}  ${String(browser.depth || depth).padStart(10)}  ${`${seconds(first.loadMs)} + ${seconds(first.proveMs)}`.padStart(30)}  ${seconds(median(later.map((run) => run.proveMs))).padStart(21)}  ${seconds(median(node)).padStart(17)}\n`,
      );
    }
    process.stdout.write(`Target: at most 5 s per proof in Chromium. Load average after: ${loadavg().map((value) => value.toFixed(2)).join(' ')}\n`);
  } finally {
    server?.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
