import { zeroAddress, type Address } from 'viem';
import { proposalSequence, type PolityActivity } from '@polity/sdk';
import { m } from '$lib/paraglide/messages.js';
import { readableDescription } from '$lib/polity/proposal-text';
import { rightName } from '$lib/words';

/**
 * Each audit-log event as a sentence in the reader's language ("Ewa opened round 2, with a budget of
 * 300,000 zł."), so residents read what happened rather than contract words; the raw record stays one
 * click away for auditors, and the CSV export keeps it whole.
 */

/** How the sentence names what the event holds; the page supplies the city's names, currency and dates. */
export interface Words {
  person(address: Address): string;
  money(amount: bigint): string;
  native(amount: bigint): string;
  count(value: bigint | number): string;
  date(seconds: bigint | number): string;
  duration(seconds: bigint | number): string;
  phase(phase: number): string;
  /** A topic by its number (names come from the log's own TopicRegistered events). */
  topic(topic: number): string;
  /** Whether a round takes secret ballots (its SecretRoundOpened event is in the log): their ballots name no one. */
  secretRound?(roundId: bigint): boolean;
}

const roleName = rightName;

/** Governor support codes (bravo): 0 against, 1 for, 2 abstain; the phrase includes the proposal (languages inflect it). */
const choice = (code: number, number: string): string =>
  [m.audit_says_support_against, m.audit_says_support_for, m.audit_says_support_abstain][code]?.({ number }) ?? `${code} (${number})`;

/** The title a proposal's description starts with (its first line, without markdown's `#`). */
function proposalTitle(description: string): string {
  const first = readableDescription(description).text.split('\n').find((line) => line.trim() !== '') ?? '';
  const title = first.replace(/^#+\s*/, '').trim();
  return title.length > 120 ? `${title.slice(0, 119)}…` : title;
}

export function auditSentence(entry: PolityActivity, words: Words): string {
  const { person, money, count, date, duration } = words;
  const number = (proposalId: bigint) => count(proposalSequence(proposalId));
  switch (entry.eventName) {
    case 'DelegateChanged': {
      const { delegator, toDelegate } = entry.args;
      return toDelegate === zeroAddress ? m.audit_says_delegate_cleared({ who: person(delegator) }) : m.audit_says_delegate_changed({ who: person(delegator), to: person(toDelegate) });
    }
    case 'DelegateVotesChanged':
      return m.audit_says_delegate_votes_changed({ who: person(entry.args.delegate), votes: count(entry.args.newVotes), previous: count(entry.args.previousVotes) });
    case 'EIP712DomainChanged':
      return m.audit_says_signing_domain_changed();
    case 'ResidentAdmitted':
      return m.audit_says_resident_admitted({ who: person(entry.args.account), district: count(entry.args.district), date: date(entry.args.expiresAt) });
    case 'ResidentRenewed':
      return m.audit_says_resident_renewed({ who: person(entry.args.account), district: count(entry.args.district), date: date(entry.args.expiresAt) });
    case 'ResidentExpired':
      return m.audit_says_resident_expired({ who: person(entry.args.account), date: date(entry.args.expiredAt) });
    case 'ResidentRevoked':
      return m.audit_says_resident_revoked({ who: person(entry.args.account) });
    case 'RoleAdminChanged':
      return m.audit_says_role_admin_changed({ role: roleName(entry.args.role) });
    case 'RoleGranted':
      return m.audit_says_role_granted({ who: person(entry.args.account), role: roleName(entry.args.role) });
    case 'RoleRevoked':
      return m.audit_says_role_revoked({ who: person(entry.args.account), role: roleName(entry.args.role) });
    case 'TopicDelegateChanged': {
      const { delegator, topic, toDelegate } = entry.args;
      return toDelegate === zeroAddress
        ? m.audit_says_topic_delegate_cleared({ who: person(delegator), topic: words.topic(topic) })
        : m.audit_says_topic_delegate_changed({ who: person(delegator), topic: words.topic(topic), to: person(toDelegate) });
    }
    case 'TopicRegistered':
      return m.audit_says_topic_registered({ name: entry.args.name });
    case 'LateQuorumVoteExtensionSet':
      return m.audit_says_late_quorum_set({ duration: duration(entry.args.newVoteExtension), previous: duration(entry.args.oldVoteExtension) });
    case 'ProposalCanceled':
      return m.audit_says_proposal_cancelled({ number: number(entry.args.proposalId) });
    case 'ProposalCodePinned':
      return m.audit_says_proposal_code_pinned({ number: number(entry.args.proposalId) });
    case 'ProposalCreated':
      return m.audit_says_proposal_created({ who: person(entry.args.proposer), title: proposalTitle(entry.args.description), number: number(entry.args.proposalId) });
    case 'ProposalExecuted':
      return m.audit_says_proposal_executed({ number: number(entry.args.proposalId) });
    case 'ProposalExtended':
      return m.audit_says_proposal_extended({ number: number(entry.args.proposalId), date: date(entry.args.extendedDeadline) });
    case 'ProposalGuardianSet':
      return entry.args.newProposalGuardian === zeroAddress ? m.audit_says_guardian_cleared() : m.audit_says_guardian_set({ who: person(entry.args.newProposalGuardian) });
    case 'ProposalQueued':
      return m.audit_says_proposal_queued({ number: number(entry.args.proposalId), date: date(entry.args.etaSeconds) });
    case 'ProposalThresholdSet':
      return m.audit_says_threshold_set({ votes: count(entry.args.newProposalThreshold), previous: count(entry.args.oldProposalThreshold) });
    case 'ProposalTopicSet':
      return m.audit_says_proposal_topic_set({ number: number(entry.args.proposalId), topic: words.topic(entry.args.topic) });
    case 'QuorumNumeratorUpdated':
      // OpenZeppelin's quorum fraction is out of 100 unless a polity overrides the denominator (Polity does not).
      return m.audit_says_quorum_set({ quorum: count(entry.args.newQuorumNumerator), previous: count(entry.args.oldQuorumNumerator) });
    case 'TimelockChange':
      return m.audit_says_timelock_changed();
    case 'VoteCast':
    case 'VoteCastWithParams': {
      const { voter, proposalId, weight, reason } = entry.args;
      const facts = { who: person(voter), choice: choice(entry.args.support, number(proposalId)), weight: count(weight) };
      return reason === '' ? m.audit_says_vote_cast(facts) : m.audit_says_vote_cast_reason({ ...facts, reason });
    }
    case 'VoteReduced':
      return m.audit_says_vote_reduced({ who: person(entry.args.delegate), number: number(entry.args.proposalId), weight: count(entry.args.weight) });
    case 'VotingDelaySet':
      return m.audit_says_voting_delay_set({ duration: duration(entry.args.newVotingDelay), previous: duration(entry.args.oldVotingDelay) });
    case 'VotingPeriodSet':
      return m.audit_says_voting_period_set({ duration: duration(entry.args.newVotingPeriod), previous: duration(entry.args.oldVotingPeriod) });
    case 'CallExecuted':
      return m.audit_says_call_executed({ step: count(entry.args.index + 1n) });
    case 'CallSalt':
      return m.audit_says_call_salt();
    case 'CallScheduled':
      return m.audit_says_call_scheduled({ step: count(entry.args.index + 1n), duration: duration(entry.args.delay) });
    case 'Cancelled':
      return m.audit_says_call_cancelled();
    case 'MinDelayChange':
      return m.audit_says_min_delay_set({ duration: duration(entry.args.newDuration), previous: duration(entry.args.oldDuration) });
    case 'BallotCast': {
      const { roundId, voter, projects, weight } = entry.args;
      // A secret ballot's voter is a key derived from its nullifier, held by no one: tell its content instead.
      if (words.secretRound?.(roundId))
        return projects.length === 0 ? m.secret_audit_ballot_cast_none({ round: count(roundId) }) : m.secret_audit_ballot_cast({ round: count(roundId), projects: projects.join(', ') });
      const facts = { who: person(voter), round: count(roundId), count: count(projects.length) };
      return weight > 1n ? m.audit_says_ballot_cast_weight({ ...facts, weight: count(weight) }) : m.audit_says_ballot_cast(facts);
    }
    case 'BallotWeightReduced':
      return m.audit_says_ballot_reduced({ who: person(entry.args.voter), round: count(entry.args.roundId), reduction: count(entry.args.reduction) });
    case 'ExclusiveGroupDeclared':
      return m.audit_says_group_declared({ round: count(entry.args.roundId), projects: entry.args.projects.join(', ') });
    case 'ProjectAccepted':
      return m.audit_says_project_accepted({ who: person(entry.args.reviewer), project: String(entry.args.projectId), round: count(entry.args.roundId) });
    case 'ProjectRejected':
      return m.audit_says_project_rejected({ who: person(entry.args.reviewer), project: String(entry.args.projectId), round: count(entry.args.roundId) });
    case 'ProjectRevalued': {
      const { reviewer, projectId, roundId, previousCost, cost } = entry.args;
      return m.audit_says_project_revalued({ who: person(reviewer), project: String(projectId), round: count(roundId), previous: money(previousCost), cost: money(cost) });
    }
    case 'ProjectSubmitted':
      return m.audit_says_project_submitted({ who: person(entry.args.proposer), project: String(entry.args.projectId), round: count(entry.args.roundId), cost: money(entry.args.cost) });
    case 'IdentityGroupsSet':
      return m.audit_says_identity_groups_set();
    case 'SecretRoundOpened':
      return m.audit_says_secret_round_opened({ round: count(entry.args.roundId) });
    case 'RoundLimitsSet':
      return m.audit_says_round_limits_set();
    case 'RoundOpened':
      return m.audit_says_round_opened({ who: person(entry.args.openedBy), round: count(entry.args.roundId), budget: money(entry.args.config.budget) });
    case 'RoundPhaseChanged':
      return m.audit_says_round_phase_changed({ round: count(entry.args.roundId), phase: words.phase(entry.args.phase) });
    case 'BondWithdrawn':
      return m.audit_says_bond_withdrawn({ who: person(entry.args.challenger), amount: words.native(entry.args.amount) });
    case 'ChallengeRejected':
      return m.audit_says_challenge_rejected({ who: person(entry.args.challenger), round: count(entry.args.roundId) });
    case 'ChallengeUpheld':
      return m.audit_says_challenge_upheld({ who: person(entry.args.challenger), round: count(entry.args.roundId) });
    case 'ChallengeWindowReopened':
      return m.audit_says_challenge_reopened({ round: count(entry.args.roundId), date: date(entry.args.challengeEnd) });
    case 'OutcomeChallenged':
      return m.audit_says_outcome_challenged({ who: person(entry.args.challenger), round: count(entry.args.roundId) });
    case 'OutcomeProposed': {
      const { proposer, roundId, projects, spent, challengeEnd } = entry.args;
      return m.audit_says_outcome_proposed({ who: person(proposer), round: count(roundId), count: count(projects.length), amount: money(spent), date: date(challengeEnd) });
    }
    case 'ResultFinalised':
      return m.audit_says_result_final({ round: count(entry.args.roundId), count: count(entry.args.projects.length), amount: money(entry.args.spent) });
    case 'MilestoneReleased': {
      const { amount, recipient, index, projectId, roundId } = entry.args;
      return m.audit_says_milestone_released({ amount: money(amount), who: person(recipient), index: count(index + 1n), project: String(projectId), round: count(roundId) });
    }
    case 'MilestoneScheduled': {
      const { amount, index, projectId, roundId } = entry.args;
      return m.audit_says_milestone_scheduled({ amount: money(amount), index: count(index + 1n), project: String(projectId), round: count(roundId) });
    }
    case 'ProjectCompleted':
      return m.audit_says_project_completed({ project: String(entry.args.projectId), round: count(entry.args.roundId), amount: money(entry.args.released) });
    case 'ProjectFunded': {
      const { projectId, roundId, allocation, recipient, milestoneCount } = entry.args;
      return m.audit_says_project_funded({ project: String(projectId), round: count(roundId), amount: money(allocation), who: person(recipient), count: count(milestoneCount) });
    }
    case 'ProjectStopped':
      return m.audit_says_project_stopped({ project: String(entry.args.projectId), round: count(entry.args.roundId), amount: money(entry.args.refund) });
    default:
      return unknownEvent(entry);
  }
}

/** An event this app does not know yet (a newer contract): its name, as the raw record shows it. */
function unknownEvent(entry: { eventName: string }): string {
  return entry.eventName;
}
