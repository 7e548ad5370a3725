/**
 * Which council right a page needs and whether the account acting now holds it (pure: the chain's
 * answer in, a decision out). An answer read for one account never speaks for another.
 */
import type { Address } from 'viem';
import type { GetCouncilRightsReturnType } from '@polity/sdk';

export type CouncilRights = GetCouncilRightsReturnType;
export type CouncilRight = keyof CouncilRights;

/** The chain's answer, with the account it was read for. */
export interface RightsAnswer {
  readonly account: Address;
  readonly rights: CouncilRights;
}

/** The rights of `account`, or undefined while the chain has not answered for this very account. */
export function rightsOf(answer: RightsAnswer | undefined, account: Address | undefined): CouncilRights | undefined {
  if (!answer || !account || answer.account.toLowerCase() !== account.toLowerCase()) return undefined;
  return answer.rights;
}

/**
 * What the page should say: 'signed-out' (nobody to act as), 'lacking' (the chain says no),
 * 'held', or undefined while the answer is not in (say nothing yet, block nothing yet).
 */
export type RightStatus = 'signed-out' | 'lacking' | 'held';

export function rightStatus(answer: RightsAnswer | undefined, account: Address | undefined, right: CouncilRight): RightStatus | undefined {
  if (!account) return 'signed-out';
  const rights = rightsOf(answer, account);
  if (!rights) return undefined;
  return rights[right] ? 'held' : 'lacking';
}
