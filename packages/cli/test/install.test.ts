/**
 * The CLI as someone outside the repository gets it: packed into a tarball (the build, with the SDK and
 * the server bundled in, and package.json declaring the npm dependencies), installed with
 * `npm i -g --prefix <folder>` (dependencies from the npm registry), and run as `polity`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../scripts/build.mjs';
import type { LocalAnvil } from '../src/chain/anvil.js';
import { pabulib, root, startAnvil, workspace, type Run } from './cli.js';

function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', fail);
    child.once('close', (status, signal) => done({ status, signal, stdout, stderr }));
  });
}

/**
 * `npm pack` of the CLI: its package.json (without the workspace's dev dependencies and scripts, as a
 * published package has them) beside a clean build, staged in a folder of its own so that the
 * repository's dist, which other tests run, is left alone.
 */
async function packCli(folder: string): Promise<string> {
  const staging = join(folder, 'package');
  mkdirSync(staging, { recursive: true });
  await buildCli({ outdir: join(staging, 'dist'), clean: true });
  const manifest = JSON.parse(readFileSync(join(root, 'packages', 'cli', 'package.json'), 'utf8')) as Record<string, unknown>;
  delete manifest['devDependencies'];
  delete manifest['scripts'];
  writeFileSync(join(staging, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const packed = await run('npm', ['pack', '--pack-destination', folder], staging);
  expect(packed.status, packed.stderr).toBe(0);
  return join(folder, packed.stdout.trim().split('\n').at(-1)!);
}

describe('polity installed from its tarball with npm i -g', () => {
  let anvil: LocalAnvil;
  let polity: string;
  /** A PATH without the repository's tools: the installed binary must not need them. */
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    const folder = workspace();
    const tarball = await packCli(folder);
    const prefix = join(folder, 'prefix');
    const installed = await run('npm', ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', '--prefer-offline', tarball], folder);
    expect(installed.status, installed.stderr).toBe(0);
    polity = join(prefix, 'bin', 'polity');
    env = { PATH: `${join(prefix, 'bin')}:${process.env['PATH'] ?? ''}`, HOME: process.env['HOME'] ?? folder };
    anvil = await startAnvil();
  }, 900_000);
  afterAll(async () => anvil?.stop());

  it('carries the build and only the build', async () => {
    expect(existsSync(polity)).toBe(true);
    const installedPackage = join(polity, '..', '..', 'lib', 'node_modules', '@polity', 'cli');
    expect(existsSync(join(installedPackage, 'dist', 'main.js'))).toBe(true);
    expect(existsSync(join(installedPackage, 'dist', 'drizzle'))).toBe(true);
    expect(existsSync(join(installedPackage, 'src'))).toBe(false);
    // Its dependencies are npm packages, installed beside it; none is a workspace package.
    expect(existsSync(join(installedPackage, 'node_modules', '@polity'))).toBe(false);
  });

  it('prints its help', async () => {
    const help = await run(polity, ['--help'], workspace(), env);
    expect(help.stderr).toBe('');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: polity \[options\] \[command\]\n/);
    expect(help.stdout).toContain('deploy [options]');
  }, 60_000);

  it('tallies an election file', async () => {
    const tally = await run(polity, ['tally', join(pabulib, 'poland_warszawa_2017_plac-wojska-polskiego.pb'), '--rule', 'greedy', '--json'], workspace(), env);
    expect(tally.status, tally.stderr).toBe(0);
    expect(JSON.parse(tally.stdout)).toMatchObject({ selected: ['427', '915', '2567', '1623'], cost: 44720 });
  }, 60_000);

  it('deploys a polity on anvil and writes its file', async () => {
    const cwd = workspace();
    const deployed = await run(polity, ['deploy', '--name', 'Installed', '--rpc', anvil.url], cwd, env);
    expect(deployed.status, deployed.stderr).toBe(0);
    expect(deployed.stdout).toMatch(/^deployed "Installed" on chain 31337 at block \d+\n {2}registry 0x[0-9a-fA-F]{40}\n/);
    expect(deployed.stdout).toContain('wrote .polity/installed.json: pass --polity installed to the other commands');
    const file = JSON.parse(readFileSync(join(cwd, '.polity', 'installed.json'), 'utf8')) as { name: string; polity: { chainId: number; registry: string } };
    expect(file).toMatchObject({ name: 'Installed', polity: { chainId: 31337 } });
    expect(deployed.stdout).toContain(`registry ${file.polity.registry}`);
  }, 120_000);
});
