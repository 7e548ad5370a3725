import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * A static single-page app: every page renders in the browser from the chain, so one build serves
 * any network. `200.html` is the fallback the server returns for any route; the polity's chain and
 * addresses come from `/config.json` at run time (see docs/web.md).
 *
 * SvelteKit 2 rather than 3: SvelteKit 3 needs Node 22.17, and these machines run Node 20.
 */
/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    adapter: adapter({ fallback: '200.html', strict: false }),
    prerender: { entries: [] },
  },
};

export default config;
