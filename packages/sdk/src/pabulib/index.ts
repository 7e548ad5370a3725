export type { PabulibFile, PabulibLayout, PabulibMetaEntry, PabulibProject, PabulibVote, PabulibWarning, VoteType } from './types.js';
export { voteTypes } from './types.js';
export { PabulibDataError, PabulibEncodingError, PabulibParseError } from './errors.js';
export { parsePabulib, type ParsePabulibOptions } from './parse.js';
export { decodePabulib, decodeText, type DecodePabulibOptions, type DecodedPabulib } from './decode.js';
export { writePabulib } from './write.js';
export { metaValue, pabulibBudget, pabulibElection, pabulibSupportThreshold, pabulibVoteType, recordedOutcome } from './election.js';
export { amountInCurrencyUnits, formatScaledAmount } from './amount.js';
export { pabulibRule, pabulibRuleLabels, pabulibRuleOf, type PabulibRule, type PabulibRuleLabel } from './rule.js';
