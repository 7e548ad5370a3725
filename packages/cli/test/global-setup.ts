/**
 * Builds the `polity` binary once before the tests that spawn it (test/cli.ts), when its sources are
 * newer than the build: every spawned command then starts in a fraction of a second instead of
 * compiling TypeScript.
 */
import { buildCli, buildIsStale } from '../scripts/build.mjs';

export default async function setup(): Promise<void> {
  if (buildIsStale()) await buildCli();
}
