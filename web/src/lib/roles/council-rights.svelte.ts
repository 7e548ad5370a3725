/**
 * The council's rights of the account acting now, read from the chain through the SDK: again when the
 * account changes and after every confirmed transaction (a granted right shows at once). A late answer
 * for an earlier account never stands for the current one.
 */
import { getCouncilRights } from '@polity/sdk';
import { session } from '$lib/chain/session.svelte';
import { resource } from '$lib/polity/resource.svelte';
import { rightStatus, type CouncilRight, type RightStatus, type RightsAnswer } from './rights';

export interface CouncilRightsReader {
  /** 'signed-out', 'lacking', 'held', or undefined while the chain has not answered for this account. */
  status(right: CouncilRight): RightStatus | undefined;
  /** Whether the send buttons that need `right` are to be disabled: only once the chain says no. */
  blocks(right: CouncilRight): boolean;
}

/** Call while a component initialises (it reads in an effect). */
export function councilRights(): CouncilRightsReader {
  const answer = resource(async (): Promise<RightsAnswer | undefined> => {
    const account = session.account;
    if (!account) return undefined;
    return { account, rights: await getCouncilRights(session.reader, { polity: session.polity, account }) };
  });
  const status = (right: CouncilRight) => rightStatus(answer.value, session.account, right);
  return {
    status,
    blocks: (right) => {
      const known = status(right);
      return known === 'lacking' || known === 'signed-out';
    },
  };
}
