#!/usr/bin/env node
// The browser tests, non-interactively (CI=true). Skipped, with a line saying so, when
// POLITY_SKIP_BROWSER is set (the root bootstrap's escape hatch on machines without Chromium).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

if (process.env.POLITY_SKIP_BROWSER) {
  process.stderr.write('[polity] POLITY_SKIP_BROWSER is set: browser tests skipped.\n');
  process.exit(0);
}
const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const result = spawnSync('pnpm', ['exec', 'playwright', 'test'], { cwd: web, stdio: 'inherit', env: { ...process.env, CI: 'true' } });
process.exit(result.status ?? 1);
