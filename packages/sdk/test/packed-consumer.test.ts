/**
 * The SDK as a developer outside this repository gets it: packed with `pnpm pack`, installed with npm
 * beside viem into a temporary project, then used from plain Node and from TypeScript compiled with
 * strict options (`exactOptionalPropertyTypes`, `skipLibCheck: false`) under both `nodenext` and
 * `bundler` resolution. The TypeScript program deploys a polity, passes a proposal by vote and casts a
 * ballot against an anvil started through the packed SDK's own `startAnvil`; docs/sdk.md's examples
 * are compiled and run the same way.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const sdkFolder = resolve(here, '..');
const repository = resolve(sdkFolder, '../..');
const fixtures = join(here, 'packed-consumer');

/** Runs a command to completion; rejects with its output when it fails. */
function run(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', fail);
    child.once('exit', (code) =>
      code === 0 ? done(stdout) : fail(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${stdout}\n${stderr}`)),
    );
  });
}

/** docs/sdk.md's TypeScript blocks, in order: together they are one module. */
function docsExample(): string {
  const text = readFileSync(join(repository, 'docs/sdk.md'), 'utf8');
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? '').join('\n');
}

const strict = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noImplicitOverride: true,
  skipLibCheck: false,
  isolatedModules: true,
  verbatimModuleSyntax: true,
  target: 'ES2022',
  // viem's own declarations (through ox) name WebCrypto and WebAuthn types, so it needs the DOM lib
  // whenever declarations are checked (skipLibCheck: false); the SDK's declarations do not.
  lib: ['ES2022', 'DOM'],
  types: ['node'],
};

interface Installed {
  readonly project: string;
  readonly manifest: {
    readonly exports: Record<string, { types: string; default: string }>;
    readonly peerDependencies?: Record<string, string>;
    readonly dependencies?: Record<string, string>;
    readonly sideEffects?: boolean;
  };
  readonly files: readonly string[];
}

describe('the packed SDK in a project outside the workspace', () => {
  let work: string;
  let installed: Installed;
  let anvil: { url: string; stop(): Promise<void> } | undefined;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'polity-packed-sdk-'));
    // `pnpm pack` builds first (prepack) and applies publishConfig: the tarball points at dist/.
    await run('pnpm', ['pack', '--pack-destination', work], { cwd: sdkFolder });
    const tarball = join(work, `polity-sdk-${JSON.parse(readFileSync(join(sdkFolder, 'package.json'), 'utf8')).version}.tgz`);
    const manifest = JSON.parse(await run('tar', ['-xzf', tarball, '-O', 'package/package.json'], { cwd: work }));
    const files = (await run('tar', ['-tzf', tarball], { cwd: work })).trim().split('\n');

    const project = join(work, 'consumer');
    mkdirSync(join(project, 'src'), { recursive: true });
    const viemVersion = JSON.parse(readFileSync(join(sdkFolder, 'node_modules/viem/package.json'), 'utf8')).version as string;
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({
        name: 'polity-sdk-consumer',
        private: true,
        type: 'module',
        dependencies: { '@polity/sdk': `file:${tarball}`, viem: viemVersion },
        devDependencies: { typescript: '5.9.3', '@types/node': '20.19.43' },
      }),
    );
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: project });
    copyFileSync(join(fixtures, 'consumer.ts'), join(project, 'src/consumer.ts'));
    copyFileSync(join(fixtures, 'plain.mjs'), join(project, 'plain.mjs'));
    writeFileSync(join(project, 'src/docs-example.ts'), `${docsExample()}\nexport {};\n`);
    const tsconfig = (options: object) => JSON.stringify({ compilerOptions: { ...strict, ...options }, include: ['src'] });
    writeFileSync(join(project, 'tsconfig.nodenext.json'), tsconfig({ module: 'nodenext', moduleResolution: 'nodenext', rootDir: 'src', outDir: 'out' }));
    writeFileSync(join(project, 'tsconfig.bundler.json'), tsconfig({ module: 'esnext', moduleResolution: 'bundler', noEmit: true }));
    installed = { project, manifest, files };
  }, 600_000);

  afterAll(async () => {
    await anvil?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  }, 120_000);

  test('the tarball holds dist/ and the README only, and its exports point at JavaScript with declarations', () => {
    const { manifest, files } = installed;
    expect(files.every((file) => file === 'package/package.json' || file === 'package/README.md' || file.startsWith('package/dist/'))).toBe(true);
    expect(files).toContain('package/dist/index.js');
    expect(files.some((file) => file.endsWith('.test.js') || file.includes('/src/'))).toBe(false);
    for (const entry of ['.', './node', './pabulib/node']) {
      expect(manifest.exports[entry]?.types).toMatch(/^\.\/dist\/.*\.d\.ts$/);
      expect(manifest.exports[entry]?.default).toMatch(/^\.\/dist\/.*\.js$/);
      expect(files).toContain(`package/${manifest.exports[entry]?.default.slice(2)}`);
      expect(files).toContain(`package/${manifest.exports[entry]?.types.slice(2)}`);
    }
    expect(manifest.peerDependencies?.['viem']).toBeDefined();
    expect(manifest.dependencies?.['viem']).toBeUndefined();
    expect(manifest.sideEffects).toBe(false);
  });

  test('plain Node imports every entry point and reads a polity file and a pabulib file', async () => {
    const output = JSON.parse(await run('node', ['plain.mjs'], { cwd: installed.project }));
    expect(output).toEqual({
      deployedAtBlock: 'bigint',
      registry: '0x1000000000000000000000000000000000000001',
      projects: 2,
      functions: ['function', 'function', 'function', 'function'],
      missing: expect.stringContaining('missing.json does not exist'),
    });
  }, 60_000);

  test('strict TypeScript compiles against it with nodenext and with bundler resolution', async () => {
    const { project } = installed;
    const tsc = join(project, 'node_modules/typescript/bin/tsc');
    // Both at once: each checks every declaration of the SDK and viem (skipLibCheck: false).
    await Promise.all(['tsconfig.nodenext.json', 'tsconfig.bundler.json'].map((config) => run('node', [tsc, '-p', config], { cwd: project })));
  }, 1_200_000);

  test('the compiled program deploys a polity, votes and casts a ballot on anvil; the docs example runs', async () => {
    const { project } = installed;
    // The chain, started through the packed SDK itself (its export map, as a consumer resolves it).
    const node = (await import(pathToFileURL(createRequire(join(project, 'package.json')).resolve('@polity/sdk/node')).href)) as typeof import('../src/node/index.js');
    anvil = await node.startAnvil({ binary: join(repository, 'node_modules/.bin/anvil') });
    const env = { POLITY_RPC_URL: anvil.url };

    const result = JSON.parse(await run('node', ['out/consumer.js'], { cwd: project, env }));
    expect(result).toMatchObject({
      votes: ['1', '1', '1'],
      proposalState: 'executed',
      roundId: '1',
      categories: ['parks', 'streets'],
      ballotKind: 'knapsack',
      countingRule: 'greedy',
      cast: [0, 1],
      ballot: [0, 1],
    });
    expect(result.refusal).toMatch(/^PolityBallotError: project 2 is not on round 1's ballot/);
    expect(result.wrongAddress).toMatch(/^no contract at 0x000000000000000000000000000000000000dEaD \(the polity's rounds\) on chain 31337: is this the right network\?/);

    const docs = await run('node', ['out/docs-example.js'], { cwd: project, env });
    expect(docs).toContain("Ana's vote flows through 2 delegates; Carla represents 3 residents");
    expect(docs).toContain("ballot spends 120,000 but the round's budget is 100,000");
    expect(docs).toContain('connected to chain 31337 but this polity lives on chain 1: switch network');
    expect(docs).toContain("no contract at 0x000000000000000000000000000000000000dEaD (the polity's registry) on chain 31337: is this the right network?");
    expect(docs).toContain('the polity file testville.json (polity.registry) "0x12" is not an address');
    expect(docs).toMatch(/Testville \[ 'general', 'transport', 'education' \]/);
  }, 300_000);
});
