#!/usr/bin/env node
// Builds the `polity` binary: packages/cli/src (with the workspace's @polity/sdk and @polity/server
// sources bundled in) to ESM JavaScript in packages/cli/dist, one chunk per command so that a command
// loads only what it uses. The CLI's declared npm dependencies stay imports; the rest is bundled.
//
//   node packages/cli/scripts/build.mjs [--clean]     (--clean: empty dist first, as for a tarball)
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..');
const packages = join(cli, '..');
export const dist = join(cli, 'dist');
export const binary = join(dist, 'main.js');

/**
 * The workspace packages bundled into the binary, by import path: their TypeScript sources, whatever
 * their package.json exports point at (a built dist may not exist when the CLI is built).
 */
const workspaceSources = {
  '@polity/sdk': 'sdk/src/index.ts',
  '@polity/sdk/node': 'sdk/src/node/index.ts',
  '@polity/sdk/pabulib/node': 'sdk/src/pabulib/node.ts',
  '@polity/server': 'server/src/index.ts',
};

const workspaceFolders = [join(packages, 'sdk', 'src'), join(packages, 'server', 'src')];

/** What decides whether dist is current: the sources bundled in and how they are built. */
export const buildInputs = [join(cli, 'src'), join(cli, 'package.json'), join(cli, 'scripts', 'build.mjs'), join(packages, 'sdk', 'src'), join(packages, 'server', 'src'), join(packages, 'server', 'drizzle')];

/** The newest modification time under `path` (tests beside the sources aside). */
export function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return path.endsWith('.test.ts') ? 0 : stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).filter((name) => name !== 'node_modules').map((name) => newest(join(path, name))));
}

/** Whether dist/main.js is older than something it is built from. */
export function buildIsStale() {
  return !existsSync(binary) || Math.max(...buildInputs.map(newest)) > statSync(binary).mtimeMs;
}

/** The server's migrations, read at run time next to the code that runs them (see serverMigrations). */
const migrations = join(packages, 'server', 'drizzle');
const migrationsLookup = "join(dirname(fileURLToPath(import.meta.url)), '../../drizzle')";

/** Resolves @polity/* to their sources, and points the server's migrations at dist/drizzle. */
const workspacePlugin = {
  name: 'polity-workspace',
  setup(build) {
    build.onResolve({ filter: /^@polity\// }, (args) => {
      const source = workspaceSources[args.path];
      if (source === undefined) return { errors: [{ text: `${args.path} is not one of the workspace entry points the CLI bundles (${Object.keys(workspaceSources).join(', ')}): add it to workspaceSources in scripts/build.mjs` }] };
      return { path: join(packages, source), sideEffects: false };
    });
    // The SDK's and the server's modules only declare things: marked free of side effects, a module no
    // command uses is left out of that command's chunks (otherwise importing one function from the SDK's
    // index would load all of it, and viem with it, even for `tally`).
    build.onResolve({ filter: /^\./ }, async (args) => {
      if (args.pluginData === 'inner' || !workspaceFolders.some((folder) => args.importer.startsWith(folder))) return undefined;
      const resolved = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'inner' });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      return { path: resolved.path, external: resolved.external, namespace: resolved.namespace, sideEffects: workspaceFolders.some((folder) => resolved.path.startsWith(folder)) ? false : resolved.sideEffects };
    });
    build.onLoad({ filter: /[\\/]server[\\/]src[\\/]db[\\/]open\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      // Bundled, the code runs from dist/<chunk>.js: the migrations are copied to dist/drizzle.
      if (!text.includes(migrationsLookup)) return { errors: [{ text: `the server no longer finds its migrations with ${migrationsLookup}: update scripts/build.mjs so that the bundled server finds dist/drizzle` }] };
      return { contents: text.replace(migrationsLookup, "join(dirname(fileURLToPath(import.meta.url)), 'drizzle')"), loader: 'ts' };
    });
  },
};

/**
 * The CLI's npm dependencies (and their subpaths) stay imports, installed beside the binary; anything
 * else the sources import is bundled in, so that a package the SDK or the server starts to use cannot
 * make an installed binary fail.
 */
function declaredDependencies() {
  const names = Object.keys(JSON.parse(readFileSync(join(cli, 'package.json'), 'utf8')).dependencies ?? {});
  return names.flatMap((name) => [name, `${name}/*`]);
}

/**
 * Builds dist (or `outdir`: a tarball's staging folder). Files are written in place, the entry last, and chunks of earlier builds are kept for an
 * hour: a `polity` already running keeps finding the chunks it loads lazily.
 */
export async function buildCli({ clean = false, outdir = dist } = {}) {
  const { build } = await import('esbuild');
  const entryFile = join(outdir, 'main.js');
  if (clean) rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    entryPoints: { main: join(cli, 'src', 'main.ts') },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: declaredDependencies(),
    plugins: [workspacePlugin],
    chunkNames: 'chunk-[hash]',
    sourcemap: 'linked',
    // Some bundled dependencies (the server's secret-ballot relay brings snarkjs and its helpers) are
    // CommonJS and call require(): ESM output needs a real one to hand them.
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __polityCreateRequire } from 'node:module';\nconst require = __polityCreateRequire(import.meta.url);" },
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  mkdirSync(outdir, { recursive: true });
  cpSync(migrations, join(outdir, 'drizzle'), { recursive: true });
  const written = new Set();
  const entry = result.outputFiles.filter((file) => file.path === entryFile);
  for (const file of [...result.outputFiles.filter((file) => file.path !== entryFile), ...entry]) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
    written.add(file.path);
  }
  chmodSync(entryFile, 0o755);
  const anHourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(outdir)) {
    const path = join(outdir, name);
    if (/^chunk-.*\.js(\.map)?$/.test(name) && !written.has(path) && statSync(path).mtimeMs < anHourAgo) rmSync(path, { force: true });
  }
  return relative(process.cwd(), entryFile);
}

// Run as a script (no top-level await: tsx may load this module as CommonJS for bench/cli-startup.ts).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  buildCli({ clean: process.argv.includes('--clean') }).then(
    (built) => process.stderr.write(`built ${built} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`),
    (error) => {
      process.stderr.write(`the CLI did not build: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
