/**
 * How long `polity --help` takes to start: the built binary (packages/cli/dist/main.js) beside the way
 * `pnpm polity` ran before it existed, TypeScript compiled at each call by tsx. Both are measured in the
 * same process, one after the other, so that the ratio holds on a loaded machine. Figures only.
 *
 *   pnpm exec tsx bench/cli-startup.ts [runs]      prints both medians and their ratio
 *
 * `pnpm bench:pb` calls measureCliStartup() to report start-up beside the computation.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { binary, buildCli, buildIsStale } from '../packages/cli/scripts/build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sources = join(root, 'packages', 'cli', 'src', 'main.ts');

export interface CliStartup {
  /** Median milliseconds of `node packages/cli/dist/main.js --help`. */
  readonly binaryMs: number;
  /** Median milliseconds of `node --import tsx packages/cli/src/main.ts --help` (the baseline). */
  readonly tsxMs: number;
  /** Median milliseconds of `node -e ""`: Node.js starting and doing nothing, the floor of both. */
  readonly nodeMs: number;
}

/**
 * Medians of `runs` timed `--help` runs of each, after one untimed run of each (which fills tsx's
 * compile cache, as everyday use does, and the file system's). Builds the binary first if it is stale.
 */
export async function measureCliStartup(options: { runs?: number } = {}): Promise<CliStartup> {
  const runs = options.runs ?? 7;
  if (buildIsStale()) await buildCli();
  const binaryRun = [binary, '--help'];
  // tsx as `pnpm polity` ran it, resolved from the repository root (its dev dependency).
  const tsxRun = ['--import', 'tsx', sources, '--help'];
  const nodeRun = ['-e', ''];
  timeNode(binaryRun);
  timeNode(tsxRun);
  const binaryTimes: number[] = [];
  const tsxTimes: number[] = [];
  const nodeTimes: number[] = [];
  // Interleaved, so that a burst of load elsewhere on the machine weighs on each alike.
  for (let run = 0; run < runs; run++) {
    binaryTimes.push(timeNode(binaryRun));
    tsxTimes.push(timeNode(tsxRun));
    nodeTimes.push(timeNode(nodeRun));
  }
  return { binaryMs: median(binaryTimes), tsxMs: median(tsxTimes), nodeMs: median(nodeTimes) };
}

/** Wall-clock milliseconds of one `node <args>`, which must succeed (and, for --help, print the usage). */
function timeNode(args: readonly string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  const elapsed = performance.now() - started;
  const help = args.includes('--help');
  if (result.status !== 0 || (help && !result.stdout.startsWith('Usage: polity'))) throw new Error(`node ${args.join(' ')} failed (status ${result.status}):\n${result.stderr}`);
  return elapsed;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = process.argv[2] === undefined ? undefined : Number(process.argv[2]);
  // No top-level await: tsx runs this file as CommonJS (the root package is not "type": "module").
  void measureCliStartup(runs === undefined ? {} : { runs }).then(({ binaryMs, tsxMs, nodeMs }) => {
    process.stdout.write(
      `polity --help: built binary ${binaryMs.toFixed(0)} ms, tsx ${tsxMs.toFixed(0)} ms (${(tsxMs / binaryMs).toFixed(1)}x faster); node itself (node -e "") ${nodeMs.toFixed(0)} ms; node ${process.version}\n`,
    );
  });
}
