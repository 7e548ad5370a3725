import { decodeFunctionData, getAddress, type Abi, type Address, type Hex } from 'viem';
import {
  budgetRoundsAbi,
  ierc20Abi,
  milestoneEscrowAbi,
  polityGovernorAbi,
  residentRegistryAbi,
  roundResultsAbi,
  timelockControllerAbi,
} from '../contracts/generated.js';
import { formatAmount } from '../chain/errors/format.js';
import type { PolityAddresses, PolityComponent } from '../chain/polity.js';
import type { ProposalDraft } from './draft.js';

const componentAbis: Record<PolityComponent, Abi> = {
  registry: residentRegistryAbi,
  governor: polityGovernorAbi,
  timelock: timelockControllerAbi,
  rounds: budgetRoundsAbi,
  results: roundResultsAbi,
  escrow: milestoneEscrowAbi,
};

/** Human names of the components, for summaries. */
const componentNames: Record<PolityComponent, string> = {
  registry: 'resident registry',
  governor: 'Governor',
  timelock: 'timelock (treasury)',
  rounds: 'budget rounds',
  results: 'round results',
  escrow: 'milestone escrow',
};

/** One action of a proposal, decoded for people to read ("decoded actions" in the web app). */
export interface DecodedProposalAction {
  readonly target: Address;
  readonly value: bigint;
  readonly calldata: Hex;
  /** Which polity component the target is, `token` for an ERC-20 call elsewhere, or `unknown`. */
  readonly component: PolityComponent | 'token' | 'unknown';
  /** Undefined for a plain payment or an undecodable call. */
  readonly functionName: string | undefined;
  readonly args: readonly unknown[];
  /** One line for residents: "pay 5,000 of token 0x… to 0x…". */
  readonly summary: string;
}

/** Turns a proposal's calls back into readable actions, using the polity's generated ABIs. */
export function decodeProposalActions(polity: PolityAddresses, proposal: Pick<ProposalDraft, 'targets' | 'values' | 'calldatas'>): DecodedProposalAction[] {
  const components = new Map(Object.entries(componentAbis).map(([component]) => [getAddress(polity[component as PolityComponent]), component as PolityComponent]));
  return proposal.targets.map((rawTarget, index) => {
    const target = getAddress(rawTarget);
    const value = proposal.values[index] ?? 0n;
    const calldata = proposal.calldatas[index] ?? '0x';
    const component = components.get(target);
    if (calldata === '0x') {
      return { target, value, calldata, component: component ?? 'unknown', functionName: undefined, args: [], summary: `pay ${formatAmount(value)} wei to ${target}` };
    }
    const decoded = decodeCall(component ? componentAbis[component] : ierc20Abi, calldata);
    if (!decoded) {
      return { target, value, calldata, component: 'unknown', functionName: undefined, args: [], summary: `call ${target} with undecoded data ${calldata.slice(0, 10)}… (review it before voting)` };
    }
    const where = component ?? 'token';
    return { target, value, calldata, component: where, ...decoded, summary: summarise(where, target, decoded.functionName, decoded.args, value) };
  });
}

function decodeCall(abi: Abi, data: Hex): { functionName: string; args: readonly unknown[] } | undefined {
  try {
    const { functionName, args } = decodeFunctionData({ abi, data });
    return { functionName, args: args ?? [] };
  } catch {
    return undefined;
  }
}

function summarise(component: PolityComponent | 'token', target: Address, functionName: string, args: readonly unknown[], value: bigint): string {
  const [first, second, third, fourth] = args;
  switch (`${component}.${functionName}`) {
    case 'token.transfer':
      return `pay ${formatAmount(second as bigint)} of token ${target} to ${String(first)}`;
    case 'token.approve':
      return `allow ${String(first)} to take ${formatAmount(second as bigint)} of token ${target} from the treasury`;
    case 'escrow.fundProject': {
      const milestones = fourth as readonly { amount: bigint }[];
      const total = milestones.reduce((sum, milestone) => sum + milestone.amount, 0n);
      return `fund project ${String(second)} of round ${String(first)}: ${formatAmount(total)} in ${milestones.length} milestone(s) to ${String(third)}`;
    }
    case 'escrow.stopProject':
      return `stop project ${String(second)} of round ${String(first)} and return what is unpaid to the treasury`;
    case 'rounds.openRound':
      return `open a budget round of ${formatAmount((first as { budget: bigint }).budget)}`;
    case 'results.resolveChallenge':
      return `${second ? 'uphold' : 'reject'} the challenge of round ${String(first)}'s outcome`;
    case 'registry.registerTopic':
      return `register the delegation topic "${String(first)}"`;
    case 'governor.setVotingDelay':
      return `set the voting delay to ${String(first)} seconds`;
    case 'governor.setVotingPeriod':
      return `set the voting period to ${String(first)} seconds`;
    case 'governor.setProposalThreshold':
      return `set the proposal threshold to ${formatAmount(first as bigint)} votes`;
    case 'governor.updateQuorumNumerator':
      return `set the quorum to ${String(first)}% of all voting units`;
    case 'governor.setLateQuorumVoteExtension':
      return `extend voting by ${String(first)} seconds when quorum is reached late`;
    case 'governor.setProposalGuardian':
      return `make ${String(first)} the proposal guardian`;
    case 'timelock.updateDelay':
      return `set the timelock delay to ${String(first)} seconds`;
    default: {
      const shown = args.map((arg) => (typeof arg === 'bigint' ? formatAmount(arg) : typeof arg === 'object' ? JSON.stringify(arg, (_, inner: unknown) => (typeof inner === 'bigint' ? inner.toString() : inner)) : String(arg)));
      const name = component === 'token' ? `token ${target}` : componentNames[component];
      return `${name}: ${functionName}(${shown.join(', ')})${value > 0n ? ` sending ${formatAmount(value)} wei` : ''}`;
    }
  }
}

/**
 * A proposal's markdown description: the title, the body, and the list of what it does, generated from
 * the calls themselves so that the text cannot drift from the actions.
 */
export function describeProposal(polity: PolityAddresses, { title, body }: { title: string; body?: string }, calls: Pick<ProposalDraft, 'targets' | 'values' | 'calldatas'>): string {
  const actions = decodeProposalActions(polity, calls).map((action, index) => `${index + 1}. ${action.summary}`);
  return [`# ${title.trim()}`, ...(body?.trim() ? [body.trim()] : []), '## Actions', actions.join('\n')].join('\n\n') + '\n';
}
