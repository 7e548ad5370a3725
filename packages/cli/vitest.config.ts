import '../../tools/node20-map-groupby.mjs';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The tests spawn the built binary: build it (if its sources changed) once, before any test file.
    globalSetup: ['./test/global-setup.ts'],
  },
});
