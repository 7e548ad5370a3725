/**
 * What the main thread and the proving worker say to each other. Numbers that do not fit a double
 * travel as decimal strings; the identity's seed as bytes (it stays in this browser).
 */
import type { SecretBallotProof } from '@polity/sdk';

export interface ProveRequest {
  readonly id: number;
  /** The resident's identity seed (from the passkey's PRF or the recovery phrase). */
  readonly seed: Uint8Array;
  /** The round's group at its snapshot, in tree order (commitments, decimal; removed members are "0"). */
  readonly members: readonly string[];
  readonly roundId: string;
  readonly message: string;
  readonly scope: string;
  /** Where the app serves the proving files (`/semaphore`). */
  readonly filesUrl: string;
}

export type ProveResponse =
  | { readonly id: number; readonly ok: true; readonly proof: SecretBallotProof; readonly depth: number; readonly loadMs: number; readonly proveMs: number }
  | { readonly id: number; readonly ok: false; readonly name: string; readonly message: string };

/** Where the built app serves `semaphore-<depth>.wasm|.zkey` (vite.config.ts copies them there). */
export const provingFilesPath = '/semaphore';
