/**
 * The full Stara Miłosna 2017 replay as secret ballots: every one of its 1,078 ballots proved,
 * sent through the city's relay on anvil and counted, and the round's outcome recounted from the chain
 * and finalised on it, compared with what the city recorded. The replay itself is the SDK's
 * integration test (packages/sdk/test/secret-stara-milosna.test.ts, run by vitest with
 * POLITY_SECRET_REPLAY_BALLOTS=all), so the benchmark and the test are one and the same code and the
 * outcome is checked by the test's assertions; this script prints the figures the test records.
 *
 * Before it, a baseline in this process: the same proofs made one after another on this thread
 * (proveSecretBallot) and by SecretBallotProverPool (one worker per core), and their ratio.
 *
 *   pnpm bench:secret-replay                  every ballot (takes a while: tens of minutes on 2 cores)
 *   pnpm bench:secret-replay --ballots 100    the first 100 ballots (the outcome is then the rule's over them)
 *   pnpm bench:secret-replay --no-baseline    skip the baseline
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSecretGroup, proveSecretBallot, secretBallotMessage, secretBallotScope, secretIdentityFromSeed, treeDepthForGroupSize } from '@polity/sdk';
import { createSecretBallotProverPool, readProvingFiles } from '@polity/sdk/node';
import type { ReplayReport } from '../packages/sdk/test/secret-replay-report';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argument = (name: string) => {
  const index = process.argv.indexOf(name);
  return index < 0 ? undefined : process.argv[index + 1];
};
const ballots = argument('--ballots') ?? 'all';
const load = (values: readonly number[]) => values.map((value) => value.toFixed(2)).join(' ');
const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(1)} s`;

/** Proofs per second one after another on this thread, then through the pool, over the same 1,078-member group. */
async function baseline(proofs: number): Promise<void> {
  const identity = secretIdentityFromSeed(new Uint8Array(32).fill(7));
  const group = createSecretGroup([identity.commitment, ...Array.from({ length: 1077 }, (_, index) => BigInt(index + 1) * 7919n)]);
  const provingFiles = await readProvingFiles(treeDepthForGroupSize(group.size));
  const scope = secretBallotScope({ chainId: 31337, rounds: '0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0', roundId: 1n });
  const ballot = (revision: number) => ({ identity, group, roundId: 1n, message: secretBallotMessage({ revision: BigInt(revision), projects: [1, 4], points: [] }), scope, provingFiles });
  await proveSecretBallot(ballot(0)); // loads snarkjs and its curve once, for both
  const cpu = process.cpuUsage();
  let started = performance.now();
  for (let revision = 1; revision <= proofs; revision++) await proveSecretBallot(ballot(revision));
  const sequential = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const pool = createSecretBallotProverPool();
  try {
    await Promise.all(Array.from({ length: pool.workers }, (_, worker) => pool.prove(ballot(1000 + worker)))); // each worker loads once
    started = performance.now();
    await Promise.all(Array.from({ length: proofs }, (_, index) => pool.prove(ballot(2000 + index))));
  } finally {
    await pool.close();
  }
  const pooled = performance.now() - started;
  process.stdout.write(
    `Baseline, ${proofs} proofs at depth 11: one after another ${seconds(sequential / proofs)} per proof (cores busy: ${((used.user + used.system) / 1000 / sequential).toFixed(2)} of 2); ` +
      `prover pool of ${pool.workers} ${seconds(pooled / proofs)} per proof; pool ${(sequential / pooled).toFixed(2)}x the throughput\n`,
  );
}

/** The baseline, then the replay (the test), then its figures. */
async function main(): Promise<void> {
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  process.stdout.write(`bench:secret-replay, ${new Date().toISOString()}, commit ${commit}, load average ${load(loadavg())}\n`);
  if (!process.argv.includes('--no-baseline')) await baseline(8);

  const directory = mkdtempSync(join(tmpdir(), 'polity-secret-replay-bench-'));
  const reportFile = join(directory, 'report.json');
  try {
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      const vitest = spawn('pnpm', ['exec', 'vitest', 'run', 'test/secret-stara-milosna.test.ts'], {
        cwd: join(root, 'packages/sdk'),
        env: { ...process.env, POLITY_SECRET_REPLAY_BALLOTS: ballots, POLITY_SECRET_REPLAY_REPORT: reportFile },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      vitest.once('error', reject);
      vitest.once('exit', resolve);
    });
    let report: ReplayReport;
    try {
      report = JSON.parse(readFileSync(reportFile, 'utf8')) as ReplayReport;
    } catch {
      throw new Error(`the replay wrote no figures (vitest exited with ${exitCode}): see its output above`);
    }
    const { castingMilliseconds = 0 } = report;
    const against = report.ballots === report.residents ? "the city's recorded outcome and every project's recorded support" : `greedy over the same ${report.ballots} ballots of the file`;
    process.stdout.write(
      [
        `Stara Miłosna 2017 secret replay: ${report.ballots} ballots of ${report.residents} registered residents, tree depth ${report.treeDepth}, ${report.proverWorkers} prover workers`,
        `  total duration                      ${seconds(report.totalMilliseconds ?? 0)}`,
        `  city and registration               ${seconds(report.cityMilliseconds)} (deploy, ${report.residents} admissions and identity registrations, one transaction each, and the round)`,
        `  proving and sending                 ${seconds(castingMilliseconds)}, ${(report.ballots / (castingMilliseconds / 1000)).toFixed(2)} ballots per second`,
        `    proving (until the last proof)    ${seconds(report.provingMilliseconds ?? 0)}; mean proof ${seconds(report.meanProofMilliseconds ?? 0)} in its worker (${report.proverWorkers} at once)`,
        `    sending (relay checks, mined)     ${seconds(report.sendingMilliseconds ?? 0)} summed over ballots (${((report.sendingMilliseconds ?? 0) / report.ballots / 1000).toFixed(2)} s each, 2 at a time)`,
        `  ballots counted on chain            ${report.countedOnChain ?? 'not read'} of ${report.ballots}`,
        `  outcome                             ${report.outcomeMatched ? `matched ${against} (recounted from the chain and finalised on it): funded ${report.fundedProjects?.join(', ')}` : 'NOT matched, or not reached: see the test output above'}`,
        `  load average before / after         ${load(report.loadBefore)} / ${load(report.loadAfter ?? [])}`,
      ].join('\n') + '\n',
    );
    if (exitCode !== 0) process.exitCode = 1;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
