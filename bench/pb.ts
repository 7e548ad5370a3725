/**
 * `pnpm bench:pb`: times the budgeting rules on the repository's pabulib files and compares the fast
 * equal-shares implementation with the plain one on Łódź 2022 (90,494 ballots).
 *
 * Every measurement runs in a fresh child process (this script with `--child`), so its peak memory
 * (resourceUsage().maxRSS) is its own. Each child reads and parses the file, then times one rule; the
 * times include the rule's own preparation of the ballots (grouping identical ballots), not parsing.
 * Figures only: timings are noisy, nothing here passes or fails on them.
 *
 *   pnpm bench:pb                 all files and rules, then fast vs plain on Łódź
 *   pnpm bench:pb -- --quick      skip the plain implementation (about a minute less)
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { equalShares, greedy, greedyNoSkip, pabulibElection, type Election } from '../packages/sdk/src/index.js';
import { readPabulibFile } from '../packages/sdk/src/pabulib/node.js';
import { referenceEqualShares } from '../packages/sdk/test/reference/equal-shares.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDirectory = join(root, 'test', 'data', 'pabulib');

/** The rules measured on every file, by name. */
const rules: Record<string, (election: Election) => { selected: readonly string[]; cost: number }> = {
  greedy: (election) => greedy(election),
  'greedy-no-skip': (election) => greedyNoSkip(election),
  'mes none': (election) => equalShares(election, { completion: 'none' }),
  'mes utilitarian': (election) => equalShares(election, { completion: 'utilitarian' }),
  'mes add1-exhaustive': (election) => equalShares(election, { completion: 'add1-exhaustive' }),
  'mes add1': (election) => equalShares(election, { completion: 'add1' }),
  // The plain implementation (packages/sdk/test/reference), with equalshares.net's lazy re-pricing.
  'plain mes add1-exhaustive': (election) => {
    const { selected } = referenceEqualShares(election, { completion: 'add1-exhaustive', lazy: true });
    const costs = new Map(election.projects.map((project) => [project.id, project.cost]));
    return { selected, cost: selected.reduce((sum, id) => sum + costs.get(id)!, 0) };
  },
};

interface Measurement {
  readonly file: string;
  readonly rule: string;
  readonly parseMs: number;
  readonly ms: number;
  readonly cpuMs: number;
  /** Resident memory before the rule ran (after parsing) and at its peak, in MiB. */
  readonly rssBeforeMiB: number;
  readonly peakRssMiB: number;
  readonly funded: number;
  readonly cost: number;
}

async function child(file: string, rule: string): Promise<void> {
  const parseStart = performance.now();
  const election = pabulibElection(await readPabulibFile(join(dataDirectory, file)));
  const parseMs = performance.now() - parseStart;
  const rssBefore = process.memoryUsage().rss;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const outcome = rules[rule]!(election);
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const measurement: Measurement = {
    file,
    rule,
    parseMs,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    rssBeforeMiB: rssBefore / 2 ** 20,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    funded: outcome.selected.length,
    cost: outcome.cost,
  };
  process.stdout.write(JSON.stringify(measurement));
}

function measure(file: string, rule: string): Measurement {
  const result = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', file, rule], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 });
  if (result.status !== 0) throw new Error(`measuring ${rule} on ${file} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout) as Measurement;
}

const pad = (text: string, width: number, right = false): string => (right ? text.padStart(width) : text.padEnd(width));
const number = (value: number, digits = 0): string => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function row(measurement: Measurement): string {
  return [
    pad(measurement.file, 46),
    pad(measurement.rule, 26),
    pad(number(measurement.ms), 9, true),
    pad(number(measurement.cpuMs), 9, true),
    pad(number(measurement.peakRssMiB, 1), 9, true),
    pad(number(measurement.peakRssMiB - measurement.rssBeforeMiB, 1), 9, true),
    pad(number(measurement.parseMs), 9, true),
    pad(`${measurement.funded} / ${number(measurement.cost)}`, 20, true),
  ].join(' ');
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const files = readdirSync(dataDirectory).filter((name) => name.endsWith('.pb') || name.endsWith('.pb.gz')).sort();
  console.log('Budgeting rules on the pabulib test data (each measurement in a fresh process; 2-core machine, figures are noisy)\n');
  console.log([pad('file', 46), pad('rule', 26), pad('ms', 9, true), pad('cpu ms', 9, true), pad('peak MiB', 9, true), pad('+MiB', 9, true), pad('parse ms', 9, true), pad('funded / cost', 20, true)].join(' '));
  for (const file of files) {
    for (const rule of Object.keys(rules).filter((name) => !name.startsWith('plain'))) console.log(row(measure(file, rule)));
  }
  const lodz = 'poland_lodz_2022.pb.gz';
  console.log(`\nEqual shares + Add1 (exhaustive stop) on ${lodz}: fast against plain, same run`);
  const fast = measure(lodz, 'mes add1-exhaustive');
  console.log(row(fast));
  if (quick) return;
  const plain = measure(lodz, 'plain mes add1-exhaustive');
  console.log(row(plain));
  const same = fast.cost === plain.cost && fast.funded === plain.funded;
  console.log(
    `\nfast ${number(fast.ms)} ms (CPU ${number(fast.cpuMs)}), peak ${number(fast.peakRssMiB, 1)} MiB (+${number(fast.peakRssMiB - fast.rssBeforeMiB, 1)}); ` +
      `plain ${number(plain.ms)} ms (CPU ${number(plain.cpuMs)}), peak ${number(plain.peakRssMiB, 1)} MiB (+${number(plain.peakRssMiB - plain.rssBeforeMiB, 1)}); ` +
      `time ratio ${number(plain.ms / fast.ms, 1)}x (CPU ${number(plain.cpuMs / fast.cpuMs, 1)}x), peak memory ratio ${number(plain.peakRssMiB / fast.peakRssMiB, 2)}x; same outcome: ${same ? 'yes' : 'NO'}`,
  );
}

(process.argv[2] === '--child' ? child(process.argv[3]!, process.argv[4]!) : main()).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
