/**
 * Vite plugin: the app serves Semaphore's proving files itself, from the npm package
 * `@zk-kit/semaphore-artifacts` (never from a CDN). `vite dev` serves them from the package; `vite
 * build` copies them into the build under `/semaphore/`, refusing any whose SHA-256 is not the pinned
 * one (the worker checks again before proving). Depths 1 to POLITY_SECRET_BALLOT_MAX_DEPTH (default 16:
 * groups of up to 65,536 residents, about 68 MB of files; only the one depth a round needs is fetched).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { pinnedProvingFiles } from '../../../../packages/sdk/src/secret/pinned-proving-files';

const defaultMaxDepth = 16;
const served = /^\/semaphore\/(semaphore-(\d{1,2})\.(wasm|zkey))$/;

function artifactsDirectory(): string {
  // Resolved from the SDK, which depends on the package (the web app reaches it through the SDK).
  const sdk = createRequire(import.meta.url).resolve('@polity/sdk/package.json');
  return dirname(createRequire(sdk).resolve('@zk-kit/semaphore-artifacts/package.json'));
}

function pinnedFile(depth: number, kind: 'wasm' | 'zkey'): Buffer {
  const pinned = pinnedProvingFiles[depth]?.[kind];
  if (!pinned) throw new Error(`there are no Semaphore proving files for tree depth ${depth} (1 to 32)`);
  const bytes = readFileSync(join(artifactsDirectory(), `semaphore-${depth}.${kind}`));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== pinned.sha256) throw new Error(`semaphore-${depth}.${kind} in @zk-kit/semaphore-artifacts has SHA-256 ${sha256}, not the pinned ${pinned.sha256}: reinstall the package (pnpm install --force) before building`);
  return bytes;
}

export function semaphoreProvingFiles({ maxDepth = Number(process.env.POLITY_SECRET_BALLOT_MAX_DEPTH ?? defaultMaxDepth) } = {}): Plugin {
  if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > 32) throw new Error(`POLITY_SECRET_BALLOT_MAX_DEPTH must be a whole number from 1 to 32, not ${maxDepth}`);
  return {
    name: 'polity-semaphore-proving-files',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const match = served.exec(request.url?.split('?')[0] ?? '');
        if (!match) return next();
        try {
          const bytes = pinnedFile(Number(match[2]), match[3] as 'wasm' | 'zkey');
          response.setHeader('content-type', match[3] === 'wasm' ? 'application/wasm' : 'application/octet-stream');
          response.end(bytes);
        } catch (error) {
          response.statusCode = 404;
          response.end((error as Error).message);
        }
      });
    },
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle() {
      for (let depth = 1; depth <= maxDepth; depth++) {
        for (const kind of ['wasm', 'zkey'] as const) this.emitFile({ type: 'asset', fileName: `semaphore/semaphore-${depth}.${kind}`, source: pinnedFile(depth, kind) });
      }
    },
  };
}
