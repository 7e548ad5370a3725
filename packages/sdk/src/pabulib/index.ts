export type { PabulibFile, PabulibLayout, PabulibMetaEntry, PabulibProject, PabulibVote, VoteType } from './types.js';
export { voteTypes } from './types.js';
export { PabulibDataError, PabulibParseError } from './errors.js';
export { parsePabulib, type ParsePabulibOptions } from './parse.js';
export { writePabulib } from './write.js';
export { metaValue, pabulibBudget, pabulibElection, pabulibSupportThreshold, pabulibVoteType, recordedOutcome } from './election.js';
