#!/usr/bin/env node
// forge from npm, with its exit status. The npm package's launcher (@foundry-rs/forge's bin.mjs) starts
// the platform binary but never passes the binary's exit status on, so `pnpm exec forge test` exits 0
// even when tests fail. The test command and the benchmarks run forge through this instead.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const launcher = dirname(require.resolve('@foundry-rs/forge/package.json'));
const { PLATFORM_SPECIFIC_PACKAGE_NAME } = await import(pathToFileURL(join(launcher, 'const.mjs')).href);
const platformPackage = PLATFORM_SPECIFIC_PACKAGE_NAME('forge');
if (!platformPackage) {
  process.stderr.write(`forge has no binary for ${process.platform} ${process.arch}\n`);
  process.exit(1);
}
const binary = createRequire(join(launcher, 'package.json')).resolve(`${platformPackage}/bin/forge`);
const result = spawnSync(binary, process.argv.slice(2), { stdio: 'inherit' });
if (result.error) {
  process.stderr.write(`could not run forge (${binary}): ${result.error.message}\n`);
  process.exit(1);
}
process.exit(result.status ?? 1);
