export { LiquidTallyError } from './errors.js';
export {
  countedFor,
  tallyLiquid,
  type LiquidAccount,
  type LiquidEvent,
  type LiquidTally,
  type LiquidTallyOptions,
  type LiquidVote,
} from './tally.js';
export { tallyLiquidBallots, type LiquidBallot, type LiquidBallotTally } from './ballots.js';
