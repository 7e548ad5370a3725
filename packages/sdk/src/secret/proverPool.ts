/**
 * Node only: proves many secret ballots at once in worker processes, so that a Node program (a replay,
 * a benchmark, a polling station's tool) uses every core and keeps its own thread free for sending. In
 * Node, snarkjs spreads one proof's multi-exponentiations over threads already but computes its
 * witness on the calling thread, so one proof at a time keeps a 2-core machine only partly busy; two
 * proofs in two workers overlap each one's witness with the other's arithmetic (measured in
 * docs/secret-ballots.md, "Measured"). Each proof is the SDK's own proveSecretBallot, made in
 * proverProcess.ts (a child process: why, there); inputs are checked here first, so a bad ballot fails
 * with the same error as proveSecretBallot's before any worker sees it.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SecretBallotProverError } from './errors.js';
import type { ProveSecretBallotParameters } from './proveSecretBallot.js';
import { requireProvable } from './provable.js';
import type { ProverRequest, ProverResponse } from './proverProcess.js';
import type { SecretBallotProof } from './secretBallotProof.js';

export interface SecretBallotProverPoolOptions {
  /** Worker processes, each proving one ballot at a time (default: the cores Node reports, `os.availableParallelism()`). */
  readonly workers?: number;
}

/** What the pool's workers have done so far, for benchmarks. */
export interface SecretBallotProverPoolTiming {
  readonly proofs: number;
  /** Time the workers spent proving, summed over proofs (each proof timed inside its worker). */
  readonly provingMilliseconds: number;
}

interface Job {
  readonly request: Omit<ProverRequest, 'id' | 'group' | 'provingFiles'>;
  readonly group: ProveSecretBallotParameters['group'];
  readonly provingFiles: ProveSecretBallotParameters['provingFiles'];
  readonly resolve: (proof: SecretBallotProof) => void;
  readonly reject: (error: Error) => void;
}

interface PoolWorker {
  readonly process: ChildProcess;
  /** Keys of the group and proving files this worker holds. */
  groupKey?: number;
  filesKey?: number;
  job?: Job;
}

/**
 * A fixed set of worker processes proving secret ballots in the order asked, as many at once as there
 * are workers. `close()` it when done: its workers keep the program alive only while they prove.
 */
export class SecretBallotProverPool {
  readonly workers: number;
  readonly #children: PoolWorker[];
  readonly #queue: Job[] = [];
  readonly #keys = new WeakMap<object, number>();
  #nextKey = 1;
  #nextId = 1;
  #closed: string | undefined;
  #proofs = 0;
  #provingMilliseconds = 0;

  constructor({ workers = availableParallelism() }: SecretBallotProverPoolOptions = {}) {
    if (!Number.isInteger(workers) || workers < 1) throw new SecretBallotProverError(`a prover pool needs at least one worker, not ${workers}: pass a whole number of workers (or none, for one per core)`);
    this.workers = workers;
    this.#children = Array.from({ length: workers }, () => this.#start());
  }

  /** Proves one ballot on the next free worker (proveSecretBallot's parameters and result). */
  prove(parameters: ProveSecretBallotParameters): Promise<SecretBallotProof> {
    if (this.#closed) return Promise.reject(new SecretBallotProverError(`this prover pool is closed (${this.#closed}): create a new one to prove more ballots`));
    const { identity, group, roundId, message, scope, provingFiles } = parameters;
    try {
      requireProvable(parameters);
    } catch (error) {
      return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
      const request = { identity: identity.export(), groupKey: this.#key(group), filesKey: this.#key(provingFiles), roundId, message, scope };
      this.#queue.push({ request, group, provingFiles, resolve, reject });
      this.#dispatch();
    });
  }

  /** Proofs made so far and the time spent in them (each timed inside its worker), for benchmarks. */
  timing(): SecretBallotProverPoolTiming {
    return { proofs: this.#proofs, provingMilliseconds: this.#provingMilliseconds };
  }

  /** Stops the workers; ballots not yet proved are refused with a SecretBallotProverError. */
  async close(): Promise<void> {
    this.#fail('closed by its owner');
    await Promise.all(
      this.#children.map(({ process: child }) => {
        if (child.exitCode !== null || child.signalCode !== null) return undefined;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill();
        return exited;
      }),
    );
  }

  #key(value: object): number {
    let key = this.#keys.get(value);
    if (key === undefined) this.#keys.set(value, (key = this.#nextKey++));
    return key;
  }

  #start(): PoolWorker {
    const worker: PoolWorker = { process: spawnProverProcess() };
    hold(worker.process, false);
    worker.process.on('message', (message) => {
      const response = message as ProverResponse;
      const job = worker.job;
      worker.job = undefined;
      hold(worker.process, false);
      if (!job) return;
      if ('proof' in response) {
        this.#proofs += 1;
        this.#provingMilliseconds += response.milliseconds;
        job.resolve(response.proof);
      } else {
        job.reject(new SecretBallotProverError(`a worker could not prove the ballot: ${response.error.name}: ${response.error.message}`));
      }
      this.#dispatch();
    });
    worker.process.on('error', (error) => this.#fail(`a worker failed: ${error.message}`, error));
    worker.process.on('exit', (code, signal) => this.#fail(`a worker exited (${signal ?? `code ${code}`})`));
    return worker;
  }

  #dispatch(): void {
    for (const worker of this.#children) {
      if (worker.job) continue;
      const job = this.#queue.shift();
      if (!job) return;
      worker.job = job;
      const { groupKey, filesKey } = job.request;
      const request: ProverRequest = {
        ...job.request,
        id: this.#nextId++,
        ...(worker.groupKey === groupKey ? {} : { group: job.group.members }),
        ...(worker.filesKey === filesKey ? {} : { provingFiles: { depth: job.provingFiles.depth, wasm: job.provingFiles.wasm, zkey: job.provingFiles.zkey } }),
      };
      worker.groupKey = groupKey;
      worker.filesKey = filesKey;
      // Held only while proving: an idle pool never keeps the process from exiting.
      hold(worker.process, true);
      worker.process.send(request);
    }
  }

  #fail(reason: string, cause?: unknown): void {
    if (this.#closed) return;
    this.#closed = reason;
    const error = new SecretBallotProverError(`the prover pool stopped (${reason}) before this ballot was proved: nothing was sent for it; prove it again with a new pool`, { cause });
    for (const job of [...this.#children.flatMap((worker) => (worker.job ? [worker.job] : [])), ...this.#queue.splice(0)]) job.reject(error);
    for (const worker of this.#children) worker.job = undefined;
  }
}

/** A pool of `workers` processes (default one per core) proving secret ballots; see {@link SecretBallotProverPool}. */
export function createSecretBallotProverPool(options: SecretBallotProverPoolOptions = {}): SecretBallotProverPool {
  return new SecretBallotProverPool(options);
}

/**
 * Starts proverProcess beside this file: its JavaScript in the published package; from the TypeScript
 * sources (this repository's tests and benchmarks), through tsx, which the SDK's development
 * dependencies hold. `advanced` serialisation carries bigints and bytes as they are.
 */
function spawnProverProcess(): ChildProcess {
  const source = import.meta.url.endsWith('.ts');
  const path = fileURLToPath(new URL(source ? './proverProcess.ts' : './proverProcess.js', import.meta.url));
  // `--import tsx` resolves from the child's working directory: this file's, inside the SDK package.
  const execArgv = source ? ['--import', 'tsx'] : [];
  return fork(path, [], { cwd: dirname(path), execArgv, serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
}

/** Lets a worker keep the program alive (while it proves) or not (while idle). */
function hold(child: ChildProcess, busy: boolean): void {
  const channel = child.channel as { ref(): void; unref(): void } | null | undefined;
  if (busy) {
    child.ref();
    channel?.ref();
  } else {
    child.unref();
    channel?.unref();
  }
}
