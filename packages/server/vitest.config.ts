import '../../tools/node20-map-groupby.mjs';
import { defineConfig } from 'vitest/config';

// Tests start anvil, databases and servers, and CI may run them on a busy 2-core machine: no test may
// fail for being slow, only for being wrong.
export default defineConfig({ test: { testTimeout: 180_000, hookTimeout: 600_000 } });
