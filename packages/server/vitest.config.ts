import '../../tools/node20-map-groupby.mjs';
import { defineConfig } from 'vitest/config';

export default defineConfig({});
