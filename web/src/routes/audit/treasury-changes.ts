import { decodeProposalActions, type PolityActivity, type PolityAddresses } from '@polity/sdk';
import { getAddress, type Address } from 'viem';
import { eventsNamed } from '$lib/polity/events';
import type { TreasuryChange } from './money';

/** Every change to the treasury's balance in `token` that the polity's records show (see treasuryOverTime). */
export function treasuryChanges(activity: readonly PolityActivity[], polity: PolityAddresses, token: Address): TreasuryChange[] {
  const created = new Map(eventsNamed(activity, 'ProposalCreated').map((event) => [event.args.proposalId, event.args]));
  const changes: TreasuryChange[] = [];
  for (const { args, blockNumber } of eventsNamed(activity, 'ProjectFunded')) {
    if (getAddress(args.from) === getAddress(polity.timelock)) changes.push({ block: blockNumber, delta: -args.allocation });
  }
  for (const { args, blockNumber } of eventsNamed(activity, 'ProjectStopped')) changes.push({ block: blockNumber, delta: args.refund });
  for (const { args, blockNumber } of eventsNamed(activity, 'ProposalExecuted')) {
    const proposal = created.get(args.proposalId);
    if (!proposal) continue;
    for (const action of decodeProposalActions(polity, proposal)) {
      if (action.component === 'token' && action.functionName === 'transfer' && getAddress(action.target) === getAddress(token)) {
        changes.push({ block: blockNumber, delta: -(action.args[1] as bigint) });
      }
    }
  }
  return changes;
}
