// One action per file, by area (viem's shape): `<action>(client, parameters)` with its
// `<Action>Parameters`, `<Action>ReturnType` and `<Action>ErrorType`.

// ── deployment ──
export * from './deployment/deployPasskeySupport.js';
export * from './deployment/deployPolity.js';
export * from './deployment/deployPolityFactory.js';
export * from './deployment/deployPoseidonT3.js';

// ── membership ──
export * from './membership/admitResidents.js';
export * from './membership/expireResidents.js';
export * from './membership/getResident.js';
export * from './membership/getTopics.js';
export * from './membership/isRegistrar.js';
export * from './membership/renewResidents.js';
export * from './membership/revokeResidents.js';

// ── delegation ──
export * from './delegation/delegateAllTopics.js';
export * from './delegation/delegateBySig.js';
export * from './delegation/delegateOnTopic.js';
export * from './delegation/getDelegationChain.js';
export * from './delegation/getRepresentedResidents.js';
export * from './delegation/getVotingPower.js';
export * from './delegation/revokeDelegation.js';
export * from './delegation/signDelegation.js';

// ── governance ──
export * from './governance/cancelProposal.js';
export * from './governance/castVote.js';
export * from './governance/castVoteBySig.js';
export * from './governance/getCouncilRights.js';
export * from './governance/executeProposal.js';
export * from './governance/getProposal.js';
export * from './governance/getProposalContents.js';
export * from './governance/getVoteReceipt.js';
export * from './governance/propose.js';
export * from './governance/queueProposal.js';
export * from './governance/signVote.js';

// ── rounds ──
export * from './rounds/advanceRoundPhase.js';
export * from './rounds/castBallot.js';
export * from './rounds/getBallot.js';
export * from './rounds/getProjects.js';
export * from './rounds/getRound.js';
export * from './rounds/getRoundCategories.js';
export * from './rounds/getRoundCount.js';
export * from './rounds/getRoundLimits.js';
export * from './rounds/openRound.js';
export * from './rounds/reviewProjects.js';
export * from './rounds/submitProject.js';

// ── results ──
export * from './results/challengeOutcome.js';
export * from './results/checkOutcome.js';
export * from './results/computeRoundOutcome.js';
export * from './results/finaliseOutcome.js';
export * from './results/finaliseRound.js';
export * from './results/getResult.js';
export * from './results/getRoundElection.js';
export * from './results/submitOutcome.js';
export * from './results/withdrawBond.js';

// ── escrow ──
export * from './escrow/getGrant.js';
export * from './escrow/releaseMilestone.js';

// ── treasury ──
export * from './treasury/getTreasury.js';

// ── activity ──
export * from './activity/getActivity.js';
// ── pure helpers the actions use, for callers who check before they call ──
export { checkBallot, type BallotInput, type BallotRulesRound, type CheckedBallot } from './rounds/ballotRules.js';
export type { Admission } from './membership/admissions.js';
export type { ReviewDecision } from './rounds/reviewProjects.js';
export { roundConfigOf, type RoundConfigInput } from './rounds/roundConfig.js';
export type { RoundBallot } from './results/roundBallots.js';
export type { ProposalLifecycleParameters, ProposalLifecycleReturnType } from './governance/lifecycle.js';
