#!/usr/bin/env node
// The whole test suite, as the README and CI run it: contracts (forge), then every workspace
// package that has a `test` script (SDK, server, CLI, web with its browser tests). Stops at the first
// failing stage and says which one; prints how long each stage took.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const full = process.env.CI === 'true' || process.env.POLITY_FULL === '1';

// CI and `pnpm test:full` run the deep profile: the full differential campaign and longer
// invariant runs. Everyday runs use the default profile.
const stages = [
  {
    // EIP-170: a contract over 24,576 bytes cannot be deployed on any real chain (forge's own tests do
    // not enforce it); `--sizes` fails the build when one is.
    name: 'contract sizes',
    command: process.execPath,
    args: ['tools/forge.mjs', 'build', '--sizes', '--skip', 'test', '--skip', 'script'],
    env: {},
  },
  {
    name: 'contracts',
    // tools/forge.mjs, not `pnpm exec forge`: the npm launcher exits 0 even when tests fail.
    command: process.execPath,
    args: ['tools/forge.mjs', 'test'],
    env: full ? { FOUNDRY_PROFILE: 'deep' } : {},
  },
];

for (const dir of ['packages/bundler', 'packages/sdk', 'packages/server', 'packages/cli', 'web']) {
  const manifest = join(root, dir, 'package.json');
  if (!existsSync(manifest)) continue;
  const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
  if (pkg.scripts?.test) stages.push({ name: pkg.name, command: 'pnpm', args: ['--filter', pkg.name, 'run', 'test'], env: {} });
}

const timings = [];
for (const stage of stages) {
  const started = Date.now();
  process.stderr.write(`\n[polity] ── ${stage.name} ──\n`);
  const result = spawnSync(stage.command, stage.args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...stage.env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  timings.push(`${stage.name}: ${seconds}s`);
  if (result.status !== 0) {
    process.stderr.write(`\n[polity] FAILED in ${stage.name} (${seconds}s). Stages run: ${timings.join(', ')}\n`);
    process.exit(result.status ?? 1);
  }
}
process.stderr.write(`\n[polity] all tests passed (${full ? 'full' : 'everyday'} run). ${timings.join(', ')}\n`);
