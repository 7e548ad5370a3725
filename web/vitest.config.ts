import { defineConfig } from 'vitest/config';

// Unit tests cover the app's pure modules (no SvelteKit plugin needed, so the run stays fast).
export default defineConfig({
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
