/**
 * Fails when src/contracts/generated.ts no longer matches forge's artifacts: regenerates the bindings
 * into a temporary file and compares. Run by the package's `test` script after the root has built the
 * contracts (`pnpm exec forge build`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const sdk = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const committed = join(sdk, 'src/contracts/generated.ts');

if (!existsSync(resolve(sdk, '../../out/PolityFactory.sol/PolityFactory.json'))) {
  console.error('check:generated: no forge artifacts in out/: run `pnpm exec forge build` at the repository root first');
  process.exit(1);
}

const scratch = mkdtempSync(join(tmpdir(), 'polity-generated-'));
const fresh = join(scratch, 'generated.ts');
try {
  try {
    execFileSync('pnpm', ['exec', 'wagmi', 'generate'], {
      cwd: sdk,
      env: { ...process.env, POLITY_GENERATED_OUT: fresh },
      stdio: 'pipe',
    });
  } catch (error) {
    // wagmi's spinner output is noise on success; on failure it is the explanation.
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    console.error(`check:generated: regenerating failed\n${stdout ?? ''}${stderr ?? ''}`);
    process.exit(1);
  }
  if (!existsSync(committed) || readFileSync(fresh, 'utf8') !== readFileSync(committed, 'utf8')) {
    console.error(
      'check:generated: src/contracts/generated.ts is stale (the contracts changed since it was generated): ' +
        'run `pnpm --filter @polity/sdk generate` and commit the result',
    );
    process.exit(1);
  }
  console.log('check:generated: contract bindings match the forge artifacts');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
