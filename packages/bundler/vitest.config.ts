import '../../tools/node20-map-groupby.mjs';
import { defineConfig } from 'vitest/config';

// Alto takes 5-10 s to answer on an idle machine, far longer on a loaded one.
export default defineConfig({ test: { testTimeout: 180_000, hookTimeout: 180_000 } });
