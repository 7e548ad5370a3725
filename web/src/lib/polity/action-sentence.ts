import { zeroAddress, type Address, type Hex } from 'viem';
import type { DecodedProposalAction } from '@polity/sdk';
import { m } from '$lib/paraglide/messages.js';
import { rightName } from '$lib/words';

/**
 * What a proposal will do, one sentence per action in the reader's language ("Pay 48,000 zł to the
 * Wesoła Sports Club"), from the calls themselves (the SDK decodes them with the polity's ABIs). The
 * SDK's summary (English, with addresses) stays for actions this app does not know how to say, marked
 * so the page can show it as it is.
 */
export interface ActionWords {
  person(address: Address): string;
  money(amount: bigint): string;
  native(amount: bigint): string;
  count(value: bigint | number): string;
  duration(seconds: bigint | number): string;
}

export type ActionSentence = { readonly text: string; readonly known: true } | { readonly text: string; readonly known: false };

export function actionSentence(action: DecodedProposalAction, words: ActionWords): ActionSentence {
  const text = said(action, words);
  return text === undefined ? { text: action.summary, known: false } : { text, known: true };
}

function said(action: DecodedProposalAction, { person, money, native, count, duration }: ActionWords): string | undefined {
  const [first, second, third, fourth] = action.args;
  if (action.functionName === undefined) {
    return action.calldata === '0x' && action.value > 0n ? m.action_says_pay_native({ amount: native(action.value), who: person(action.target) }) : undefined;
  }
  switch (`${action.component}.${action.functionName}`) {
    case 'token.transfer':
      return m.action_says_pay({ amount: money(second as bigint), who: person(first as Address) });
    case 'token.approve':
      return m.action_says_allow({ who: person(first as Address), amount: money(second as bigint) });
    case 'escrow.fundProject': {
      const milestones = fourth as readonly { amount: bigint }[];
      const total = milestones.reduce((sum, milestone) => sum + milestone.amount, 0n);
      return m.action_says_fund({ project: String(second), round: count(first as bigint), amount: money(total), count: count(milestones.length), who: person(third as Address) });
    }
    case 'escrow.stopProject':
      return m.action_says_stop({ project: String(second), round: count(first as bigint) });
    case 'rounds.openRound':
      return m.action_says_open_round({ budget: money((first as { budget: bigint }).budget) });
    case 'results.resolveChallenge':
      return (second ? m.action_says_uphold : m.action_says_reject)({ round: count(first as bigint) });
    case 'registry.registerTopic':
      return m.action_says_topic({ name: String(first) });
    case 'governor.setVotingDelay':
      return m.action_says_voting_delay({ duration: duration(first as bigint) });
    case 'governor.setVotingPeriod':
      return m.action_says_voting_period({ duration: duration(first as bigint) });
    case 'governor.setProposalThreshold':
      return m.action_says_threshold({ votes: count(first as bigint) });
    case 'governor.updateQuorumNumerator':
      return m.action_says_quorum({ percent: count(first as bigint) });
    case 'governor.setLateQuorumVoteExtension':
      return m.action_says_late_quorum({ duration: duration(first as bigint) });
    case 'governor.setProposalGuardian':
      return first === zeroAddress ? m.action_says_no_guardian() : m.action_says_guardian({ who: person(first as Address) });
    case 'timelock.updateDelay':
      return m.action_says_timelock_delay({ duration: duration(first as bigint) });
  }
  if (action.functionName === 'grantRole') return m.action_says_grant({ who: person(second as Address), right: rightName(first as Hex) });
  if (action.functionName === 'revokeRole') return m.action_says_revoke({ who: person(second as Address), right: rightName(first as Hex) });
  return undefined;
}
