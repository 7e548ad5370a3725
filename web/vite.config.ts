import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { semaphoreProvingFiles } from './src/lib/secret/proving-files-plugin';

export default defineConfig({
  plugins: [
    paraglideVitePlugin({
      project: './project.inlang',
      outdir: './src/lib/paraglide',
      strategy: ['localStorage', 'preferredLanguage', 'baseLocale'],
    }),
    sveltekit(),
    // Secret ballots: the proving files, served by the app itself (docs/secret-ballots.md).
    semaphoreProvingFiles(),
  ],
});
