import { encodeFunctionData, keccak256, toHex, type Address, type ContractFunctionArgs, type Hex } from 'viem';
import {
  budgetRoundsAbi,
  ierc20Abi,
  milestoneEscrowAbi,
  polityGovernorAbi,
  residentRegistryAbi,
  roundResultsAbi,
  timelockControllerAbi,
} from '../contracts/generated.js';
import { maxUint, requireAddress, requireBytes32, requireInteger } from '../chain/client.js';
import { PolityInvalidInputError } from '../chain/errors/base.js';
import type { PolityAddresses } from '../chain/polity.js';
import { roundConfigOf, type RoundConfigInput } from '../actions/rounds/roundConfig.js';
import { describeProposal } from './decode.js';
import { checkDraft, type ProposalDraft } from './draft.js';

/** What residents read: a title and a markdown body; the list of actions is generated. */
export interface ProposalText {
  readonly title: string;
  readonly body?: string;
}

interface Call {
  readonly target: Address;
  readonly value: bigint;
  readonly calldata: Hex;
}

function draftOf(polity: PolityAddresses, text: ProposalText, calls: readonly Call[]): ProposalDraft {
  if (text.title.trim() === '') throw new PolityInvalidInputError('title', 'is empty: residents need to know what they vote on');
  const contents = { targets: calls.map((call) => call.target), values: calls.map((call) => call.value), calldatas: calls.map((call) => call.calldata) };
  return checkDraft({ ...contents, description: describeProposal(polity, text, contents) });
}

// ─── Money ──────────────────────────────────────────────────────────────────────────────────────

export interface BuildTransferProposalParameters extends ProposalText {
  /** The ERC-20 the treasury pays in; omit to pay in the chain's native currency. */
  readonly token?: Address;
  readonly to: Address;
  /** In the token's smallest units (or wei). */
  readonly amount: bigint;
}

/** Moves budget out of the treasury (the timelock): an ERC-20 transfer, or a native payment. */
export function buildTransferProposal(polity: PolityAddresses, parameters: BuildTransferProposalParameters): ProposalDraft {
  const to = requireAddress(parameters.to, 'to');
  const amount = requireInteger(parameters.amount, 'amount', { min: 1n, max: maxUint(256) });
  const call: Call =
    parameters.token === undefined
      ? { target: to, value: amount, calldata: '0x' }
      : { target: requireAddress(parameters.token, 'token'), value: 0n, calldata: encodeFunctionData({ abi: ierc20Abi, functionName: 'transfer', args: [to, amount] }) };
  return draftOf(polity, parameters, [call]);
}

/** One funded project's payment plan. */
export interface ProjectFunding {
  readonly projectId: number;
  readonly recipient: Address;
  /** Paid in order as the council releases them; their sum may not exceed the project's cost. */
  readonly milestones: readonly { readonly amount: bigint; readonly descriptionHash: Hex }[];
}

export interface BuildFundProjectsProposalParameters extends ProposalText {
  readonly roundId: bigint;
  /** The round's token (getRound tells it). */
  readonly token: Address;
  readonly projects: readonly ProjectFunding[];
}

/**
 * Funds projects that a round's final result selected: the treasury approves the escrow for the total,
 * then the escrow pulls each project's allocation and schedules its milestones.
 */
export function buildFundProjectsProposal(polity: PolityAddresses, parameters: BuildFundProjectsProposalParameters): ProposalDraft {
  const token = requireAddress(parameters.token, 'token');
  if (parameters.projects.length === 0) throw new PolityInvalidInputError('projects', 'is empty: name at least one project to fund');
  let total = 0n;
  const funds: Call[] = parameters.projects.map((project, index) => {
    const parameter = `projects[${index}]`;
    const projectId = Number(requireInteger(project.projectId, `${parameter}.projectId`, { max: 255n }));
    const recipient = requireAddress(project.recipient, `${parameter}.recipient`);
    if (project.milestones.length === 0) throw new PolityInvalidInputError(`${parameter}.milestones`, 'is empty: give at least one milestone');
    const milestones = project.milestones.map((milestone, position) => ({
      amount: requireInteger(milestone.amount, `${parameter}.milestones[${position}].amount`, { min: 1n, max: maxUint(128) }),
      descriptionHash: requireBytes32(milestone.descriptionHash, `${parameter}.milestones[${position}].descriptionHash`, { allowZero: true }),
    }));
    total += milestones.reduce((sum, milestone) => sum + milestone.amount, 0n);
    return {
      target: polity.escrow,
      value: 0n,
      calldata: encodeFunctionData({ abi: milestoneEscrowAbi, functionName: 'fundProject', args: [parameters.roundId, projectId, recipient, milestones] }),
    };
  });
  const approve: Call = { target: token, value: 0n, calldata: encodeFunctionData({ abi: ierc20Abi, functionName: 'approve', args: [polity.escrow, total] }) };
  return draftOf(polity, parameters, [approve, ...funds]);
}

export interface BuildStopProjectProposalParameters extends ProposalText {
  readonly roundId: bigint;
  readonly projectId: number;
  /** Content hash of the published reason. */
  readonly reasonHash: Hex;
}

/** Stops a funded project: no further milestones, the unpaid allocation returns to the treasury. */
export function buildStopProjectProposal(polity: PolityAddresses, parameters: BuildStopProjectProposalParameters): ProposalDraft {
  const args = [parameters.roundId, Number(requireInteger(parameters.projectId, 'projectId', { max: 255n })), requireBytes32(parameters.reasonHash, 'reasonHash', { allowZero: true })] as const;
  return draftOf(polity, parameters, [{ target: polity.escrow, value: 0n, calldata: encodeFunctionData({ abi: milestoneEscrowAbi, functionName: 'stopProject', args }) }]);
}

// ─── Rounds ─────────────────────────────────────────────────────────────────────────────────────

/** A round's configuration, typed from the BudgetRounds ABI. */
export type RoundConfig = ContractFunctionArgs<typeof budgetRoundsAbi, 'nonpayable', 'openRound'>[0];

export interface BuildOpenRoundProposalParameters extends ProposalText {
  /** The ballot kind, counting rule and completion by name (`'knapsack'`) or by the contract's number. */
  readonly config: RoundConfigInput;
  readonly categories: readonly string[];
}

/** Opens a budget round by governance (the council can open rounds itself once granted the round-manager role). */
export function buildOpenRoundProposal(polity: PolityAddresses, parameters: BuildOpenRoundProposalParameters): ProposalDraft {
  const calldata = encodeFunctionData({ abi: budgetRoundsAbi, functionName: 'openRound', args: [roundConfigOf(parameters.config), parameters.categories] });
  return draftOf(polity, parameters, [{ target: polity.rounds, value: 0n, calldata }]);
}

export interface BuildResolveChallengeProposalParameters extends ProposalText {
  readonly roundId: bigint;
  /** True: the challenger was right, the outcome is discarded and the bond returned. */
  readonly upheld: boolean;
  readonly reasonHash: Hex;
}

/** Governance's decision on a challenged equal-shares outcome. */
export function buildResolveChallengeProposal(polity: PolityAddresses, parameters: BuildResolveChallengeProposalParameters): ProposalDraft {
  const args = [parameters.roundId, parameters.upheld, requireBytes32(parameters.reasonHash, 'reasonHash', { allowZero: true })] as const;
  return draftOf(polity, parameters, [{ target: polity.results, value: 0n, calldata: encodeFunctionData({ abi: roundResultsAbi, functionName: 'resolveChallenge', args }) }]);
}

// ─── Settings ───────────────────────────────────────────────────────────────────────────────────

/** A setting governance can change. Times are in seconds. */
export type SettingChange =
  | { readonly setting: 'votingDelay'; readonly seconds: number }
  | { readonly setting: 'votingPeriod'; readonly seconds: number }
  | { readonly setting: 'proposalThreshold'; readonly votes: bigint }
  | { readonly setting: 'quorumPercent'; readonly percent: number }
  | { readonly setting: 'lateQuorumExtension'; readonly seconds: number }
  | { readonly setting: 'proposalGuardian'; readonly guardian: Address }
  | { readonly setting: 'timelockDelay'; readonly seconds: number }
  | { readonly setting: 'registerTopic'; readonly name: string }
  | { readonly setting: 'roundLimits'; readonly limits: RoundLimits }
  | { readonly setting: 'grantRole' | 'revokeRole'; readonly component: 'registry' | 'rounds' | 'results' | 'escrow'; readonly role: PolityRole; readonly account: Address };

/** Bounds on every round opened afterwards: challenge windows in seconds, bonds in wei (see getRoundLimits). */
export interface RoundLimits {
  readonly minChallengeWindow: number;
  readonly maxChallengeWindow: number;
  readonly minChallengeBond: bigint;
  readonly maxChallengeBond: bigint;
  readonly maxSubmissionsPerResident: number;
}

/** Roles governance grants on the components. */
export type PolityRole = 'REGISTRAR_ROLE' | 'COUNCIL_ROLE' | 'ROUND_MANAGER_ROLE';

export interface BuildSettingChangeProposalParameters extends ProposalText {
  readonly changes: readonly SettingChange[];
}

/** Changes Governor, timelock, registry or round-limit settings, or grants and revokes roles, in one proposal. */
export function buildSettingChangeProposal(polity: PolityAddresses, parameters: BuildSettingChangeProposalParameters): ProposalDraft {
  if (parameters.changes.length === 0) throw new PolityInvalidInputError('changes', 'is empty: name at least one setting to change');
  return draftOf(polity, parameters, parameters.changes.map((change, index) => settingCall(polity, change, `changes[${index}]`)));
}

function settingCall(polity: PolityAddresses, change: SettingChange, parameter: string): Call {
  const governor = (calldata: Hex): Call => ({ target: polity.governor, value: 0n, calldata });
  const seconds = (value: number, bits: number) => requireInteger(value, `${parameter}.seconds`, { max: maxUint(bits) });
  switch (change.setting) {
    case 'votingDelay':
      return governor(encodeFunctionData({ abi: polityGovernorAbi, functionName: 'setVotingDelay', args: [Number(seconds(change.seconds, 48))] }));
    case 'votingPeriod':
      return governor(encodeFunctionData({ abi: polityGovernorAbi, functionName: 'setVotingPeriod', args: [Number(requireInteger(change.seconds, `${parameter}.seconds`, { min: 1n, max: maxUint(32) }))] }));
    case 'proposalThreshold':
      return governor(encodeFunctionData({ abi: polityGovernorAbi, functionName: 'setProposalThreshold', args: [change.votes] }));
    case 'quorumPercent':
      return governor(encodeFunctionData({ abi: polityGovernorAbi, functionName: 'updateQuorumNumerator', args: [requireInteger(change.percent, `${parameter}.percent`, { max: 100n })] }));
    case 'lateQuorumExtension':
      return governor(encodeFunctionData({ abi: polityGovernorAbi, functionName: 'setLateQuorumVoteExtension', args: [Number(seconds(change.seconds, 48))] }));
    case 'proposalGuardian':
      return governor(encodeFunctionData({ abi: polityGovernorAbi, functionName: 'setProposalGuardian', args: [requireAddress(change.guardian, `${parameter}.guardian`, { allowZero: true })] }));
    case 'timelockDelay':
      return { target: polity.timelock, value: 0n, calldata: encodeFunctionData({ abi: timelockControllerAbi, functionName: 'updateDelay', args: [seconds(change.seconds, 256)] }) };
    case 'registerTopic':
      if (change.name.trim() === '') throw new PolityInvalidInputError(`${parameter}.name`, 'is empty: name the topic');
      return { target: polity.registry, value: 0n, calldata: encodeFunctionData({ abi: residentRegistryAbi, functionName: 'registerTopic', args: [change.name] }) };
    case 'roundLimits':
      return { target: polity.rounds, value: 0n, calldata: encodeFunctionData({ abi: budgetRoundsAbi, functionName: 'setRoundLimits', args: [change.limits] }) };
    case 'grantRole':
    case 'revokeRole': {
      const account = requireAddress(change.account, `${parameter}.account`);
      const role = roleHash(change.role);
      // Every component uses OpenZeppelin's AccessControl, so one ABI encodes the call for all of them.
      const calldata = encodeFunctionData({ abi: budgetRoundsAbi, functionName: change.setting, args: [role, account] });
      return { target: polity[change.component], value: 0n, calldata };
    }
    default:
      throw new PolityInvalidInputError(parameter, `unknown setting ${JSON.stringify((change as { setting?: unknown }).setting)}`);
  }
}

/** The role's identifier, as AccessControl computes it. */
function roleHash(role: PolityRole): Hex {
  return keccak256(toHex(role));
}
