/**
 * What IdentityGroups' events say, folded in chain order: which accounts hold a leaf, which the registry
 * reported (IdentityPending) and nobody has synced since, which were synced out of their district and
 * have not joined their new one, and each group's Lean IMT as it stands after the events (Semaphore's
 * own `Group`, fed MemberAdded, MemberUpdated and MemberRemoved as the contract applied them). Pure: no
 * chain access, so the sync action and its tests share one reading of the log.
 */
import { Group } from '@semaphore-protocol/group';
import { getAddress, type Address, type ParseEventLogsReturnType } from 'viem';
import type { identityGroupsAbi } from '../contracts/generated.js';

export type IdentityGroupsEvent = ParseEventLogsReturnType<typeof identityGroupsAbi, undefined, true>[number];

export interface IdentityHolderState {
  /** A leaf of this account is in the city group (registered, not synced out since). */
  readonly inCity: boolean;
  /** The registry reported a change (IdentityPending) not followed by IdentitySynced. */
  readonly pending: boolean;
  /** Synced out of its old district group and not yet in another (a move): may `joinDistrict`. */
  readonly withoutDistrict: boolean;
}

/** Every account that ever registered an identity, with its state after the events (folded onto `before`, the state before them, when given). */
export function identityHolders(events: readonly IdentityGroupsEvent[], before: ReadonlyMap<Address, IdentityHolderState> = new Map()): Map<Address, IdentityHolderState> {
  const holders = new Map(before);
  for (const event of events) {
    if (event.eventName === 'IdentityRegistered') {
      const account = getAddress(event.args.account);
      const before = holders.get(account);
      // A replacement keeps the account's place; a new registration starts a fresh leaf.
      holders.set(account, before?.inCity ? before : { inCity: true, pending: false, withoutDistrict: false });
    } else if (event.eventName === 'IdentityPending') {
      const account = getAddress(event.args.account);
      const before = holders.get(account) ?? { inCity: true, pending: false, withoutDistrict: false };
      holders.set(account, { ...before, pending: true });
    } else if (event.eventName === 'IdentitySynced') {
      const { inCity, districtGroup } = event.args;
      holders.set(getAddress(event.args.account), { inCity, pending: false, withoutDistrict: inCity && districtGroup === 0n });
    }
  }
  return holders;
}

/**
 * The Lean IMTs of `groups` after the events, as Semaphore's `Group` (the contract's tree: same
 * leaves in the same order give the same root). Groups with no events are empty.
 */
export function rebuildIdentityGroups(events: readonly IdentityGroupsEvent[], groups: Iterable<bigint>): Map<bigint, Group> {
  // The leaves' final values first, then one bulk build and the removals (see leanTree).
  const folded = new Map<bigint, { leaves: bigint[]; removed: number[] }>([...groups].map((group) => [group, { leaves: [], removed: [] }]));
  for (const event of events) {
    if (!isMemberEvent(event)) continue;
    const group = folded.get(event.args.group);
    if (!group) continue;
    const index = Number(event.args.index);
    if (event.eventName === 'MemberAdded') group.leaves[index] = event.args.identityCommitment;
    else if (event.eventName === 'MemberUpdated') group.leaves[index] = event.args.newIdentityCommitment;
    else group.removed.push(index);
  }
  return new Map([...folded].map(([id, { leaves, removed }]) => [id, leanTree(leaves, removed)] as const));
}

/**
 * A group's Lean IMT from its leaves' final values (a removed leaf keeps its place) and the indexes
 * removed: one bulk build, then the removals (a removed index is never reused or updated), so a hash per
 * node once instead of a path of hashes per event. Same root as applying the events one by one (checked
 * on random histories, and against the chain's root before every sync).
 */
export function leanTree(leaves: readonly bigint[], removed: readonly number[]): Group {
  const tree = new Group([...leaves]);
  for (const index of removed) tree.removeMember(index);
  return tree;
}

/** The events that change a group's tree. */
export type MemberEvent = Extract<IdentityGroupsEvent, { eventName: 'MemberAdded' | 'MemberUpdated' | 'MemberRemoved' }>;

export function isMemberEvent(event: IdentityGroupsEvent): event is MemberEvent {
  return event.eventName === 'MemberAdded' || event.eventName === 'MemberUpdated' || event.eventName === 'MemberRemoved';
}

/** Applies one MemberAdded, MemberUpdated or MemberRemoved to its tree, if that tree is kept. */
export function applyGroupChange(trees: Map<bigint, Group>, event: IdentityGroupsEvent): void {
  if (!isMemberEvent(event)) return;
  const tree = trees.get(event.args.group);
  if (tree) applyMemberEvent(tree, event);
}

/** Applies one member event to the tree of the group it names, as the contract did. */
export function applyMemberEvent(tree: Group, event: MemberEvent): void {
  if (event.eventName === 'MemberAdded') tree.addMember(event.args.identityCommitment);
  else if (event.eventName === 'MemberUpdated') tree.updateMember(Number(event.args.index), event.args.newIdentityCommitment);
  else tree.removeMember(Number(event.args.index));
}

/** A group's root as the contract reports it: 0 for a group with no leaves. */
export function groupRoot(tree: Group): bigint {
  return tree.size === 0 ? 0n : tree.root;
}
