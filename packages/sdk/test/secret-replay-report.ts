/**
 * What the Stara Miłosna secret replay (secret-stara-milosna.test.ts) records and `pnpm bench:secret-replay`
 * prints, written as JSON to POLITY_SECRET_REPLAY_REPORT (milliseconds unless named otherwise).
 */
export interface ReplayReport {
  ballots: number;
  residents: number;
  treeDepth: number;
  proverWorkers: number;
  loadBefore: number[];
  loadAfter?: number[];
  cityMilliseconds: number;
  castingMilliseconds?: number;
  provingMilliseconds?: number;
  sendingMilliseconds?: number;
  meanProofMilliseconds?: number;
  countedOnChain?: number;
  outcomeMatched?: boolean;
  fundedProjects?: string[];
  totalMilliseconds?: number;
}
