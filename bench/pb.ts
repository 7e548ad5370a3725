/**
 * `pnpm bench:pb`: times the budgeting rules on the repository's pabulib files (test/data/pabulib, the
 * same ten elections as /work/shared/pabulib), each beside a plain implementation of the same rule run
 * in the same process, and prints the ratio:
 *
 * - equal shares (add1-exhaustive, add1, none) beside a floating-point equal shares computed the way
 *   equalshares.net's tool computes it (bench/float-equal-shares.ts), and beside the SDK's previous
 *   exact computation (every Add1 step an exact run), unless `--quick`;
 * - greedy beside a plain sort-and-walk.
 *
 * Each figure is the median of several timed calls after untimed ones (so both sides are compiled
 * by the JIT alike), on a fresh copy of the election object, so that the SDK's grouping of identical
 * ballots is timed too (the plain implementations build their own voter lists inside the call). Wall
 * and CPU milliseconds are both printed: on a loaded machine wall time includes waiting for a core.
 * Figures only: timings are noisy, nothing here passes or fails on them. At the end, the start-up of
 * the CLI (bench/cli-startup.ts) when that benchmark is present.
 *
 *   pnpm bench:pb                 everything (a few minutes: the previous computation is slow on Praga)
 *   pnpm bench:pb -- --quick      without the previous exact computation
 *   pnpm bench:pb -- --file lodz  only files whose name contains "lodz"
 *   pnpm bench:pb -- --rule add1  only rules whose name contains "add1"
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { greedy, type Election } from '../packages/sdk/src/budgeting/index.js';
import { completeByAdd1StepByStep } from '../packages/sdk/src/budgeting/equal-shares-completion.js';
import { computeEqualShares, type Completion } from '../packages/sdk/src/budgeting/equal-shares.js';
import { pabulibElection } from '../packages/sdk/src/pabulib/index.js';
import { readPabulibFile } from '../packages/sdk/src/pabulib/node.js';
import { floatEqualShares } from './float-equal-shares.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDirectory = join(root, 'test', 'data', 'pabulib');

interface Outcome {
  readonly selected: readonly string[];
}

interface Rule {
  readonly name: string;
  /** The SDK's exact rule. */
  readonly exact: (election: Election) => Outcome;
  /** The SDK's previous exact computation of the same rule, if it changed. */
  readonly before?: (election: Election) => Outcome;
  /** A plain implementation of the same rule. */
  readonly plain: (election: Election) => Outcome;
  readonly plainName: string;
}

const equalSharesRule = (completion: Completion): Rule => ({
  name: `mes ${completion}`,
  exact: (election) => computeEqualShares(election, { completion }).outcome,
  ...(completion === 'none' ? {} : { before: (election: Election) => computeEqualShares(election, { completion }, completeByAdd1StepByStep).outcome }),
  plain: (election) => floatEqualShares(election, { exhaustiveStop: completion === 'add1-exhaustive', add1: completion !== 'none' }),
  plainName: 'float',
});

const rules: readonly Rule[] = [
  equalSharesRule('add1-exhaustive'),
  equalSharesRule('add1'),
  equalSharesRule('none'),
  { name: 'greedy', exact: (election) => greedy(election), plain: plainGreedy, plainName: 'sort' },
];

/** Greedy by support in a few plain lines: sum the support, sort, walk. */
function plainGreedy(election: Election): Outcome {
  const support = new Map(election.projects.map((project) => [project.id, 0]));
  for (const ballot of election.ballots) ballot.projects.forEach((id, i) => support.set(id, support.get(id)! + (ballot.points?.[i] ?? 1)));
  const order = election.projects.map((project, index) => ({ ...project, index, support: support.get(project.id)! }));
  order.sort((a, b) => b.support - a.support || a.cost - b.cost || a.index - b.index);
  let left = election.budget;
  const selected: string[] = [];
  for (const project of order) {
    if (project.support > 0 && project.cost <= left) {
      selected.push(project.id);
      left -= project.cost;
    }
  }
  return { selected };
}

interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly outcome: Outcome;
}

/**
 * Median time per call of timed samples after untimed warm-up calls: at least 3 samples and until about
 * a second of CPU is spent (at most 100, so that calls of a few milliseconds are measured compiled, as
 * the longer ones are). A sample is one call, or for calls under a millisecond as many calls as fill
 * about 2 ms, each on its own fresh copy made before the sample: the clock is read twice per sample,
 * which for a call of microseconds would otherwise be a large part of what is measured, on both sides.
 */
function time(run: (election: Election) => Outcome, election: Election): Timing {
  const first = performance.now();
  let outcome = run({ ...election });
  let fastest = performance.now() - first;
  for (let calls = 0, spent = fastest; calls < 1000 && spent < 50; calls += 1) {
    const start = performance.now();
    outcome = run({ ...election });
    const wall = performance.now() - start;
    fastest = Math.min(fastest, wall);
    spent += wall;
  }
  const batch = fastest >= 1 ? 1 : Math.min(10_000, Math.ceil(2 / Math.max(fastest, 0.0001)));
  const walls: number[] = [];
  const cpus: number[] = [];
  let spent = 0;
  while (walls.length < 3 || (spent < 1000 && walls.length < 100)) {
    const copies = Array.from({ length: batch }, () => ({ ...election }));
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    for (const copy of copies) outcome = run(copy);
    const wall = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    walls.push(wall / batch);
    cpus.push((cpu.user + cpu.system) / 1000 / batch);
    spent += (cpu.user + cpu.system) / 1000;
  }
  return { wallMs: median(walls), cpuMs: median(cpus), outcome };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const sameSet = (a: Outcome, b: Outcome): boolean => a.selected.length === b.selected.length && a.selected.every((id) => b.selected.includes(id));
const pad = (text: string, width: number, right = true): string => (right ? text.padStart(width) : text.padEnd(width));
const ms = (value: number): string => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value >= 0.1 ? value.toFixed(2) : value.toFixed(4));
const ratio = (slow: number, fast: number): string => (fast > 0 ? `${(slow / fast).toFixed(1)}x` : '-');

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const fileFilter = process.argv.includes('--file') ? process.argv[process.argv.indexOf('--file') + 1] : undefined;
  const ruleFilter = process.argv.includes('--rule') ? process.argv[process.argv.indexOf('--rule') + 1] : undefined;
  const files = readdirSync(dataDirectory)
    .filter((name) => (name.endsWith('.pb') || name.endsWith('.pb.gz')) && (fileFilter === undefined || name.includes(fileFilter)))
    .sort();
  console.log('Budgeting rules on the pabulib test data, each beside a plain implementation of the same rule in the same process');
  console.log('(median ms per call, wall and CPU; ratio = plain CPU / SDK CPU; 2-core machine shared with other work: figures are noisy)\n');
  console.log(
    [pad('file', 46, false), pad('rule', 20, false), pad('SDK wall', 9), pad('SDK cpu', 9), pad('plain', 6), pad('wall', 9), pad('cpu', 9), pad('ratio', 7), pad('same', 5), pad('before cpu', 11), pad('speed-up', 9)].join(' '),
  );
  for (const file of files) {
    const election = pabulibElection(await readPabulibFile(join(dataDirectory, file)));
    for (const rule of rules.filter((candidate) => ruleFilter === undefined || candidate.name.includes(ruleFilter))) {
      const exact = time(rule.exact, election);
      const plain = time(rule.plain, election);
      const before = rule.before !== undefined && !quick ? time(rule.before, election) : undefined;
      console.log(
        [
          pad(file, 46, false),
          pad(rule.name, 20, false),
          pad(ms(exact.wallMs), 9),
          pad(ms(exact.cpuMs), 9),
          pad(rule.plainName, 6),
          pad(ms(plain.wallMs), 9),
          pad(ms(plain.cpuMs), 9),
          pad(ratio(plain.cpuMs, exact.cpuMs), 7),
          pad(sameSet(exact.outcome, plain.outcome) ? 'yes' : 'NO', 5),
          pad(before === undefined ? '' : ms(before.cpuMs), 11),
          pad(before === undefined ? '' : `${ratio(before.cpuMs, exact.cpuMs)}${sameSet(before.outcome, exact.outcome) ? '' : ' DIFFERENT'}`, 9),
        ].join(' '),
      );
    }
  }
  await reportCliStartup();
}

/** bench/cli-startup.ts (another benchmark) measures the CLI's start-up; reported when present. */
async function reportCliStartup(): Promise<void> {
  const module = join(root, 'bench', 'cli-startup.ts');
  if (!existsSync(module)) {
    console.log('\nCLI start-up: bench/cli-startup.ts is not there, not measured');
    return;
  }
  const { measureCliStartup } = (await import(module)) as { measureCliStartup: () => Promise<{ binaryMs: number; tsxMs: number }> };
  const { binaryMs, tsxMs } = await measureCliStartup();
  console.log(`\nCLI start-up (polity --help, median): built binary ${ms(binaryMs)} ms, through tsx ${ms(tsxMs)} ms (${ratio(tsxMs, binaryMs)})`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
