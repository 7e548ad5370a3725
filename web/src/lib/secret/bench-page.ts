/**
 * The browser half of `pnpm bench:secret` (bench/secret.ts): proves secret ballots with the app's own
 * worker (prove-in-worker.ts) in a group of the size the page's URL asks for, and leaves the timings
 * where Playwright reads them. Not part of the app's build.
 */
import { secretBallotMessage, secretBallotScope, secretIdentityFromSeed } from '@polity/sdk';
import { proveInWorker } from './prove-in-worker';

interface BenchResult {
  readonly groupSize: number;
  readonly depth: number;
  readonly runs: readonly { readonly loadMs: number; readonly proveMs: number }[];
  readonly error?: string;
}

declare global {
  interface Window {
    benchResult?: BenchResult;
  }
}

async function run(): Promise<BenchResult> {
  const parameters = new URL(location.href).searchParams;
  const groupSize = Number(parameters.get('size') ?? 1078);
  const runs = Number(parameters.get('runs') ?? 3);
  const seed = new Uint8Array(32).fill(7);
  const identity = secretIdentityFromSeed(seed);
  // The other members' commitments need not be identities' for timing: any field elements will do.
  const members = [identity.commitment, ...Array.from({ length: groupSize - 1 }, (_, index) => BigInt(index + 1) * 7919n)];
  const scope = secretBallotScope({ chainId: 31337, rounds: '0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0', roundId: 1n });
  const timings: { loadMs: number; proveMs: number }[] = [];
  let depth = 0;
  for (let revision = 1n; revision <= BigInt(runs); revision++) {
    const message = secretBallotMessage({ revision, projects: [1, 4], points: [] });
    const result = await proveInWorker({ seed, members, roundId: 1n, message, scope });
    depth = result.depth;
    timings.push({ loadMs: result.loadMs, proveMs: result.proveMs });
  }
  return { groupSize, depth, runs: timings };
}

run().then(
  (result) => (window.benchResult = result),
  (error: unknown) => (window.benchResult = { groupSize: 0, depth: 0, runs: [], error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
);
