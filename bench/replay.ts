/**
 * Throughput of `polity replay`: each election replayed by the built binary on a fresh anvil of its own,
 * with the seconds of each stage and what each stage moved per second (voters admitted and funded,
 * ballots cast), read from the replay's own --json timings. Figures only; the machine's load average is
 * printed beside them, since a loaded machine slows anvil most.
 *
 *   pnpm bench:replay                 Praga-Południe 2020 (14,897 ballots)
 *   pnpm bench:replay --lodz          and Łódź 2022 (90,494 ballots, 160 projects; about half an hour)
 *   pnpm bench:replay --file <.pb>    any other file instead
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startAnvil } from '@polity/sdk/node';
import { binary, buildCli, buildIsStale } from '../packages/cli/scripts/build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pabulib = process.env['POLITY_PABULIB'] ?? '/work/shared/pabulib';

interface ReplayJson {
  readonly matches: boolean | null;
  readonly ballots: { readonly onChain: number; readonly castNow: number; readonly refused: readonly unknown[] };
  readonly seconds: number;
  readonly timings: readonly { readonly stage: string; readonly seconds: number }[];
}

/** Runs one replay on a fresh anvil; its --json answer. */
async function replay(file: string): Promise<ReplayJson> {
  const anvil = await startAnvil();
  const cwd = mkdtempSync(join(tmpdir(), 'polity-bench-replay-'));
  try {
    const child = spawn(process.execPath, [binary, 'replay', file, '--rpc', anvil.url, '--json'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const status = await new Promise<number | null>((done) => child.on('close', done));
    if (status !== 0) throw new Error(`polity replay ${file} ended with status ${String(status)}:\n${stderr.slice(-2_000)}`);
    return JSON.parse(stdout) as ReplayJson;
  } finally {
    await anvil.stop();
    rmSync(cwd, { recursive: true, force: true });
  }
}

function report(name: string, result: ReplayJson, load: readonly number[]): void {
  const ballots = result.ballots.onChain;
  const rate = (stage: string, count: number): string => {
    const seconds = result.timings.find((timing) => timing.stage === stage)?.seconds ?? 0;
    return seconds > 0 ? `${(count / seconds).toFixed(1)}/s` : '-';
  };
  const per: Record<string, number> = { 'admit voters': ballots, 'fund voters': ballots, ballots: result.ballots.castNow };
  console.log(`\n${name}: ${ballots} ballots on chain, ${result.ballots.refused.length} refused, result matches the record: ${String(result.matches)}`);
  console.log(`load average before: ${load.map((value) => value.toFixed(1)).join(' ')}; after: ${loadavg().map((value) => value.toFixed(1)).join(' ')} (2 cores)`);
  for (const { stage, seconds } of result.timings) {
    console.log(`  ${stage.padEnd(14)} ${seconds.toFixed(1).padStart(8)} s${per[stage] === undefined ? '' : `   ${rate(stage, per[stage])}`}`);
  }
  console.log(`  ${'whole replay'.padEnd(14)} ${result.seconds.toFixed(1).padStart(8)} s   ${(ballots / result.seconds).toFixed(1)} ballots/s overall`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const fileIndex = args.indexOf('--file');
  const files =
    fileIndex >= 0
      ? [args[fileIndex + 1]!]
      : [join(pabulib, 'poland_warszawa_2020_praga-poludnie.pb'), ...(args.includes('--lodz') ? [join(pabulib, 'poland_lodz_2022.pb')] : [])];
  if (buildIsStale()) await buildCli();
  for (const file of files) {
    const load = loadavg();
    report(file.replace(/^.*\//, '').replace(root, ''), await replay(file), load);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
