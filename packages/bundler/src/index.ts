/**
 * @polity/bundler: an ERC-4337 bundler for a development chain (Pimlico's Alto from npm), started and
 * stopped from code by `pnpm start` and the tests. A city on a public network points Polity at a
 * bundler URL instead (docs/deployment.md).
 */
export { startBundler, entryPoint08, type Bundler, type StartBundlerOptions } from './bundler.js';
export { BundlerStartError } from './errors.js';
