import { m } from '$lib/paraglide/messages.js';
import { nativeAmount } from '$lib/native-amount';
import { count, dateTime, money } from '$lib/format';
import { duration, phaseName, proposalStateName } from '$lib/words';

/**
 * Every refusal a Polity contract or the SDK can raise, said in the reader's language with what to do
 * about it. The SDK's own sentences are English and written for developers (they name roles, ids and
 * raw amounts); these are for residents and council staff. The catalogue is loaded only when a failure
 * is shown (FailureMessage imports it lazily), so pages do not carry it until something goes wrong.
 *
 * `refusals` is keyed by the contract's custom error name, `sdkErrors` by the SDK's error class; the
 * unit test checks that every custom error in the polity's ABIs and every exported PolityError class
 * has an entry in both languages.
 */

/** How a refusal's arguments are shown: amounts in the city's currency, times as dates, enums as words. */
export interface Shown {
  money(value: unknown): string;
  native(value: unknown): string;
  count(value: unknown): string;
  date(value: unknown): string;
  duration(value: unknown): string;
  phase(value: unknown): string;
  state(value: unknown): string;
  id(value: unknown): string;
  row(value: unknown): string;
}

type Refusal = (args: readonly unknown[], show: Shown) => string;

const refusals: Readonly<Record<string, Refusal>> = {
  AccessControlUnauthorizedAccount: () => m.refusal_access_control_unauthorized_account(),
  OwnableUnauthorizedAccount: () => m.refusal_ownable_unauthorized_account(),
  ECDSAInvalidSignature: () => m.refusal_ecdsa_invalid_signature(),
  ERC5805FutureLookup: () => m.refusal_erc5805_future_lookup(),
  InvalidAccountNonce: () => m.refusal_invalid_account_nonce(),
  VotesExpiredSignature: (args, show) => m.refusal_votes_expired_signature({ expiry: show.date(args[0]) }),
  ERC2612ExpiredSignature: (args, show) => m.refusal_erc2612_expired_signature({ deadline: show.date(args[0]) }),
  ERC2612InvalidSigner: () => m.refusal_erc2612_invalid_signer(),
  LiquidVotesChainTooLong: (args, show) => m.refusal_liquid_votes_chain_too_long({ length: show.count(args[2]), maxDepth: show.count(args[3]) }),
  LiquidVotesDelegationCycle: () => m.refusal_liquid_votes_delegation_cycle(),
  LiquidVotesUnknownTopic: (args, show) => m.refusal_liquid_votes_unknown_topic({ topic: show.id(args[0]) }),
  ResidentRegistryCredentialInUse: () => m.refusal_resident_registry_credential_in_use(),
  ResidentRegistryExpiryInPast: (args, show) => m.refusal_resident_registry_expiry_in_past({ expiresAt: show.date(args[1]) }),
  ResidentRegistryMissingCredential: () => m.refusal_resident_registry_missing_credential(),
  ResidentRegistryNotExpired: (args, show) => m.refusal_resident_registry_not_expired({ expiresAt: show.date(args[1]) }),
  ResidentRegistryNotResident: () => m.refusal_resident_registry_not_resident(),
  ResidentRegistryZeroAddress: (args, show) => m.refusal_resident_registry_zero_address({ row: show.row(args[0]) }),
  GovernorAlreadyCastVote: () => m.refusal_governor_already_cast_vote(),
  GovernorGuardianRemovalNotCancellable: () => m.refusal_governor_guardian_removal_not_cancellable(),
  GovernorInsufficientProposerVotes: (args, show) => m.refusal_governor_insufficient_proposer_votes({ votes: show.count(args[1]), threshold: show.count(args[2]) }),
  GovernorInvalidSignature: () => m.refusal_governor_invalid_signature(),
  GovernorNonexistentProposal: () => m.refusal_governor_nonexistent_proposal(),
  GovernorOnlyExecutor: () => m.refusal_governor_only_executor(),
  GovernorRestrictedProposer: () => m.refusal_governor_restricted_proposer(),
  GovernorTargetCodeChanged: () => m.refusal_governor_target_code_changed(),
  GovernorTopicNotInDescription: () => m.refusal_governor_topic_not_in_description(),
  GovernorUnableToCancel: () => m.refusal_governor_unable_to_cancel(),
  GovernorUnexpectedProposalState: (args, show) => m.refusal_governor_unexpected_proposal_state({ state: show.state(args[1]) }),
  GovernorUnknownTopic: (args, show) => m.refusal_governor_unknown_topic({ topic: show.id(args[0]) }),
  GovernorUnpinnableCall: () => m.refusal_governor_unpinnable_call(),
  GovernorAlreadyQueuedProposal: () => m.refusal_governor_already_queued_proposal(),
  LiquidTallyIneligibleVoter: (args, show) => m.refusal_liquid_tally_ineligible_voter({ snapshot: show.date(args[1]) }),
  TimelockInsufficientDelay: (args, show) => m.refusal_timelock_insufficient_delay({ minDelay: show.duration(args[1]) }),
  TimelockUnauthorizedCaller: () => m.refusal_timelock_unauthorized_caller(),
  TimelockUnexecutedPredecessor: () => m.refusal_timelock_unexecuted_predecessor(),
  TimelockUnexpectedOperationState: () => m.refusal_timelock_unexpected_operation_state(),
  BallotNotEligible: (args, show) => m.refusal_ballot_not_eligible({ snapshot: show.date(args[2]) }),
  BallotOverBudget: (args, show) => m.refusal_ballot_over_budget({ spent: show.money(args[1]), budget: show.money(args[2]) }),
  BallotPointsMismatch: () => m.refusal_ballot_points_mismatch(),
  BallotProjectNotOnBallot: (args, show) => m.refusal_ballot_project_not_on_ballot({ projectId: show.id(args[1]) }),
  BallotProjectOverPointLimit: (args, show) => m.refusal_ballot_project_over_point_limit({ projectId: show.id(args[1]), points: show.count(args[2]), maximum: show.count(args[3]) }),
  BallotProjectsNotAscending: () => m.refusal_ballot_projects_not_ascending(),
  BallotTooFewProjects: (args, show) => m.refusal_ballot_too_few_projects({ count: show.count(args[1]), minimum: show.count(args[2]) }),
  BallotTooManyPoints: (args, show) => m.refusal_ballot_too_many_points({ total: show.count(args[1]), maximum: show.count(args[2]) }),
  BallotTooManyProjects: (args, show) => m.refusal_ballot_too_many_projects({ count: show.count(args[1]), maximum: show.count(args[2]) }),
  BallotUnderMinimumSpend: (args, show) => m.refusal_ballot_under_minimum_spend({ spent: show.money(args[1]), minimum: show.money(args[2]) }),
  BallotWrongDesign: () => m.refusal_ballot_wrong_design(),
  BallotWrongDistrict: () => m.refusal_ballot_wrong_district(),
  BallotZeroPoints: (args, show) => m.refusal_ballot_zero_points({ projectId: show.id(args[1]) }),
  BudgetRoundChallengeOutsideLimits: () => m.refusal_budget_round_challenge_outside_limits(),
  BudgetRoundDistrictDelegation: () => m.refusal_budget_round_district_delegation(),
  BudgetRoundInvalidBallotDesign: () => m.refusal_budget_round_invalid_ballot_design(),
  BudgetRoundInvalidCategories: (args, show) => m.refusal_budget_round_invalid_categories({ count: show.count(args[0]) }),
  BudgetRoundInvalidCounting: () => m.refusal_budget_round_invalid_counting(),
  BudgetRoundInvalidLimits: () => m.refusal_budget_round_invalid_limits(),
  BudgetRoundInvalidSubmissionLimit: () => m.refusal_budget_round_invalid_submission_limit(),
  BudgetRoundInvalidTimeline: () => m.refusal_budget_round_invalid_timeline(),
  BudgetRoundNotRoundManager: () => m.refusal_budget_round_not_round_manager(),
  BudgetRoundSubmissionLimitTooHigh: (args, show) => m.refusal_budget_round_submission_limit_too_high({ limit: show.count(args[1]) }),
  BudgetRoundUnknown: (args, show) => m.refusal_budget_round_unknown({ roundId: show.id(args[0]) }),
  BudgetRoundUnknownTopic: () => m.refusal_budget_round_unknown_topic(),
  BudgetRoundVotingCannotCloseEarly: (args, show) => m.refusal_budget_round_voting_cannot_close_early({ votingEnd: show.date(args[1]) }),
  BudgetRoundWrongPhase: (args, show) => m.refusal_budget_round_wrong_phase({ current: show.phase(args[1]), required: show.phase(args[2]) }),
  BudgetRoundZeroBudget: () => m.refusal_budget_round_zero_budget(),
  BudgetRoundZeroToken: () => m.refusal_budget_round_zero_token(),
  ProjectAlreadyInGroup: () => m.refusal_project_already_in_group(),
  ProjectCostOverBudget: (args, show) => m.refusal_project_cost_over_budget({ cost: show.money(args[2]), budget: show.money(args[3]) }),
  ProjectGroupTooSmall: () => m.refusal_project_group_too_small(),
  ProjectNotResident: () => m.refusal_project_not_resident(),
  ProjectRoundFull: (args, show) => m.refusal_project_round_full({ maxProjects: show.count(args[1]) }),
  ProjectStatusUnchanged: () => m.refusal_project_status_unchanged(),
  ProjectSubmissionLimit: (args, show) => m.refusal_project_submission_limit({ limit: show.count(args[2]) }),
  ProjectTooManyGroups: () => m.refusal_project_too_many_groups(),
  ProjectUnknown: (args, show) => m.refusal_project_unknown({ projectId: show.id(args[1]) }),
  ProjectUnknownCategory: () => m.refusal_project_unknown_category(),
  ProjectZeroCost: () => m.refusal_project_zero_cost(),
  OutcomeChallengeWindowClosed: (args, show) => m.refusal_outcome_challenge_window_closed({ challengeEnd: show.date(args[1]) }),
  OutcomeChallengeWindowOpen: (args, show) => m.refusal_outcome_challenge_window_open({ challengeEnd: show.date(args[1]) }),
  OutcomeCommitmentMismatch: () => m.refusal_outcome_commitment_mismatch(),
  OutcomeCompletionMismatch: () => m.refusal_outcome_completion_mismatch(),
  OutcomeExclusiveGroupConflict: () => m.refusal_outcome_exclusive_group_conflict(),
  OutcomeOverBudget: (args, show) => m.refusal_outcome_over_budget({ spent: show.money(args[1]), budget: show.money(args[2]) }),
  OutcomeProjectNotEligible: (args, show) => m.refusal_outcome_project_not_eligible({ projectId: show.id(args[1]) }),
  OutcomeProjectsNotAscending: () => m.refusal_outcome_projects_not_ascending(),
  OutcomeWrongBond: (args, show) => m.refusal_outcome_wrong_bond({ bond: show.native(args[2]) }),
  ResultNothingToWithdraw: () => m.refusal_result_nothing_to_withdraw(),
  ResultProjectNotFunded: (args, show) => m.refusal_result_project_not_funded({ projectId: show.id(args[1]) }),
  ResultVotingNotClosed: () => m.refusal_result_voting_not_closed(),
  ResultWrongRule: () => m.refusal_result_wrong_rule(),
  ResultWrongStatus: () => m.refusal_result_wrong_status(),
  EscrowAllocationOverCost: (args, show) => m.refusal_escrow_allocation_over_cost({ allocation: show.money(args[2]), cost: show.money(args[3]) }),
  EscrowMilestoneCount: (args, show) => m.refusal_escrow_milestone_count({ maximum: show.count(args[3]) }),
  EscrowMilestoneOutOfOrder: () => m.refusal_escrow_milestone_out_of_order(),
  EscrowProjectAlreadyFunded: () => m.refusal_escrow_project_already_funded(),
  EscrowProjectNotActive: () => m.refusal_escrow_project_not_active(),
  EscrowZeroMilestone: () => m.refusal_escrow_zero_milestone(),
  EscrowZeroRecipient: () => m.refusal_escrow_zero_recipient(),
  ERC20InsufficientAllowance: (args, show) => m.refusal_erc20_insufficient_allowance({ needed: show.money(args[2]) }),
  LiquidVotesTooManyUnits: (args, show) => m.refusal_liquid_votes_too_many_units({ maxUnits: show.count(args[1]) }),
  BallotSecretRound: () => m.refusal_ballot_secret_round(),
  BallotVotedOnPaper: () => m.refusal_ballot_voted_on_paper(),
  BudgetRoundSecretDelegation: () => m.refusal_budget_round_secret_delegation(),
  ERC20InsufficientBalance: (args, show) => m.refusal_erc20_insufficient_balance({ balance: show.money(args[1]), needed: show.money(args[2]) }),
};

/**
 * Errors that no form a person fills in can cause (an internal invariant, a deployment setting, an
 * OpenZeppelin guard): one sentence saying nothing changed and whom to tell, with the error's name.
 */
const internalRefusals: ReadonlySet<string> = new Set([
  'CheckpointUnorderedInsertion',
  'HeadCheckpointsUnorderedKey',
  'HeadCheckpointsValueTooLarge',
  'ResidentRegistryIdentityGroups',
  'ECDSAInvalidSignatureLength',
  'ECDSAInvalidSignatureS',
  'InvalidShortString',
  'SafeCastOverflowedUintDowncast',
  'StringTooLong',
  'ERC6372InconsistentClock',
  'FailedCall',
  'GovernorDisabledDeposit',
  'GovernorInvalidVoteParams',
  'GovernorInvalidVoteType',
  'GovernorInvalidProposalLength',
  'GovernorProposalQueueingFailed',
  'GovernorProposalQueueingNotRequired',
  'TimelockInvalidOperationLength',
  'AddressEmptyCode',
  'BallotSupportOverflow',
  'GreedySupportTooLarge',
  'InsufficientBalance',
  'ReentrancyGuardReentrantCall',
  'SafeERC20FailedOperation',
  'ComponentDeployerStoreFailed',
  'ERC20InvalidApprover',
  'ERC20InvalidReceiver',
  'ERC20InvalidSender',
  'ERC20InvalidSpender',
  'OwnableInvalidOwner',
  'BudgetRoundClockMismatch',
  'LiquidVotesInvalidMaxDepth',
  'LiquidVotesTooManyTopics',
  'LiquidVotesDuplicateTopic',
  'GovernorInvalidQuorumFraction',
  'GovernorInvalidVotingPeriod',
  'GovernorPreventLateQuorumVoteExtensionTooLarge',
  'EscrowTransferShortfall',
  'AccessControlBadConfirmation',
]);

const sdkErrors: Readonly<Record<string, () => string>> = {
  PolityError: () => m.sdk_error_polity_error(),
  PolityInvalidInputError: () => m.sdk_error_polity_invalid_input_error(),
  PolityContractError: () => m.sdk_error_polity_contract_error(),
  PolityAccessError: () => m.sdk_error_polity_access_error(),
  PolityBallotError: () => m.sdk_error_polity_ballot_error(),
  PolityDelegationError: () => m.sdk_error_polity_delegation_error(),
  PolityDeploymentError: () => m.sdk_error_polity_deployment_error(),
  PolityEscrowError: () => m.sdk_error_polity_escrow_error(),
  PolityGovernanceError: () => m.sdk_error_polity_governance_error(),
  PolityMembershipError: () => m.sdk_error_polity_membership_error(),
  PolityProposalStateError: () => m.sdk_error_polity_proposal_state_error(),
  PolityResultError: () => m.sdk_error_polity_result_error(),
  PolityRoundError: () => m.sdk_error_polity_round_error(),
  PolityRoundPhaseError: () => m.sdk_error_polity_round_phase_error(),
  PolityTokenError: () => m.sdk_error_polity_token_error(),
  PolityTransactionRevertedError: () => m.sdk_error_polity_transaction_reverted_error(),
  PolityRpcUnavailableError: () => m.sdk_error_polity_rpc_unavailable_error(),
  PolityNotAnRpcEndpointError: () => m.sdk_error_polity_not_an_rpc_endpoint_error(),
  PolityNoContractError: () => m.sdk_error_polity_no_contract_error(),
  PolityWrongNetworkError: () => m.sdk_error_polity_wrong_network_error(),
  PolityFileError: () => m.sdk_error_polity_file_error(),
  PolityServerError: () => m.sdk_error_polity_server_error(),
  PolityServerUnreachableError: () => m.sdk_error_polity_server_unreachable_error(),
  PolityContentMismatchError: () => m.sdk_error_polity_content_mismatch_error(),
  BudgetingInputError: () => m.sdk_error_budgeting_input_error(),
  BudgetingUnsupportedError: () => m.sdk_error_budgeting_unsupported_error(),
  LiquidTallyError: () => m.sdk_error_liquid_tally_error(),
  PabulibDataError: () => m.sdk_error_pabulib_data_error(),
  PabulibEncodingError: () => m.sdk_error_pabulib_encoding_error(),
  PabulibParseError: () => m.sdk_error_pabulib_parse_error(),
  AnvilStartError: () => m.sdk_error_anvil_start_error(),
  PasskeyCancelledError: () => m.sdk_error_passkey_cancelled_error(),
  PasskeyNotAccountKeyError: () => m.sdk_error_passkey_not_account_key_error(),
  PasskeySupportUnavailableError: () => m.sdk_error_passkey_support_unavailable_error(),
  PoseidonT3UnavailableError: () => m.sdk_error_poseidon_t3_unavailable_error(),
  PasskeyPrfUnsupportedError: () => m.sdk_error_passkey_prf_unsupported_error(),
  BundlerUnreachableError: () => m.sdk_error_bundler_unreachable_error(),
  SponsorshipRefusedError: () => m.sdk_error_sponsorship_refused_error(),
  UserOperationFailedError: () => m.sdk_error_user_operation_failed_error(),
  NotInSecretGroupError: () => m.sdk_error_not_in_secret_group_error(),
  ProvingFileMismatchError: () => m.sdk_error_proving_file_mismatch_error(),
  ProvingFileUnavailableError: () => m.sdk_error_proving_file_unavailable_error(),
  SecretGroupRootMismatchError: () => m.sdk_error_secret_group_root_mismatch_error(),
  SecretIdentitySeedError: () => m.sdk_error_secret_identity_seed_error(),
  UnsupportedTreeDepthError: () => m.sdk_error_unsupported_tree_depth_error(),
  PasskeyAssertionUnreadableError: () => m.sdk_error_passkey_assertion_unreadable_error(),
  PasskeyCandidatesMismatchError: () => m.sdk_error_passkey_candidates_mismatch_error(),
  SecretBallotProverError: () => m.sdk_error_secret_ballot_prover_error(),
};

export const contractRefusalNames: readonly string[] = [...Object.keys(refusals), ...internalRefusals];
export const sdkErrorNames: readonly string[] = Object.keys(sdkErrors);

/** What a contract's refusal means for the reader, or `undefined` for a name no Polity contract has. */
export function refusalMessage(errorName: string, args: readonly unknown[], currency: { symbol: string; decimals: number }): string | undefined {
  if (internalRefusals.has(errorName)) return m.refusal_internal({ name: errorName });
  return refusals[errorName]?.(args, shown(currency));
}

/** What an SDK error class means for the reader (the nearest class that has a sentence). */
export function sdkErrorMessage(errorClasses: readonly string[]): string | undefined {
  for (const name of errorClasses) {
    const message = sdkErrors[name];
    if (message) return message();
  }
  return undefined;
}

function shown(currency: { symbol: string; decimals: number }): Shown {
  const integer = (value: unknown): bigint => (typeof value === 'bigint' ? value : BigInt(typeof value === 'number' ? Math.trunc(value) : 0));
  return {
    money: (value) => money(integer(value), currency),
    native: (value) => nativeAmount(integer(value), 'ETH'),
    count: (value) => count(integer(value)),
    date: (value) => dateTime(integer(value)),
    duration: (value) => duration(integer(value)),
    phase: (value) => phaseName(integer(value)),
    state: (value) => proposalStateName(integer(value)),
    id: (value) => String(value),
    row: (value) => count(integer(value) + 1n),
  };
}
