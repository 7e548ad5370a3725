/**
 * The identity groups as their events describe them, kept between syncs so that each sync reads only the
 * blocks after the last one (docs/sdk.md, "Keeping the secret-ballot groups in step"). Reading every
 * event since the polity's deployment on each sync is hundreds of getLogs requests after a few years of
 * a fast chain, and public RPCs throttle them. A mirror is never trusted on its own: each read checks it
 * against the chain at the block read up to (every group's size, the root of every tree it has built,
 * the number of pending leaves), and one that disagrees (a reorg, a node that skipped logs, a mirror of
 * another block) is dropped for a full rebuild from the deployment block, which the result reports.
 */
import type { Group } from '@semaphore-protocol/group';
import { parseEventLogs, type Address } from 'viem';
import { readContract } from 'viem/actions';
import { identityGroupsAbi } from '../contracts/generated.js';
import type { PolityClient } from '../chain/client.js';
import { PolityInvalidInputError } from '../chain/errors/base.js';
import { pagedLogs } from '../chain/logs.js';
import type { PolityAddresses } from '../chain/polity.js';
import { applyMemberEvent, groupRoot, identityHolders, isMemberEvent, leanTree, type IdentityGroupsEvent, type IdentityHolderState } from './identityGroupsHistory.js';

/** A group's leaves as the events set them (a removed leaf keeps its place), and its tree once one was needed. */
interface MirroredGroup {
  readonly leaves: bigint[];
  readonly removed: number[];
  tree?: Group;
}

/**
 * The identity groups' state after the events of blocks `fromBlock` to `toBlock`: who holds a leaf and
 * each group's leaves (trees built only for the groups a sync needed, then kept up to date). Made and
 * advanced by {@link readIdentityGroupsMirror} and `syncIdentityGroups`; it always describes exactly
 * `toBlock` (events are folded in all at once, after they were all read). Use one run at a time per mirror.
 */
export class IdentityGroupsMirror {
  readonly identityGroups: Address;
  /** The first block read: the polity's deployment block. */
  readonly fromBlock: bigint;
  #toBlock: bigint;
  #holders: Map<Address, IdentityHolderState> = new Map();
  readonly #groups = new Map<bigint, MirroredGroup>();
  /** Set when an event did not fit the leaves folded so far (the mirror missed some): it can only be dropped. */
  #broken: string | undefined;

  constructor(identityGroups: Address, fromBlock: bigint) {
    this.identityGroups = identityGroups;
    this.fromBlock = fromBlock;
    this.#toBlock = fromBlock - 1n;
  }

  /** The last block whose events are folded in. */
  get toBlock(): bigint {
    return this.#toBlock;
  }

  /** Every account that ever registered an identity, with its state at `toBlock`. */
  get holders(): ReadonlyMap<Address, IdentityHolderState> {
    return this.#holders;
  }

  /** The groups that have had a member, by id (0: the city; district d: d + 1). */
  get groups(): readonly bigint[] {
    return [...this.#groups.keys()];
  }

  /** Folds in the events of blocks `toBlock + 1` to `upTo`, in chain order. */
  fold(events: readonly IdentityGroupsEvent[], upTo: bigint): void {
    this.#holders = identityHolders(events, this.#holders);
    for (const event of events) {
      if (!isMemberEvent(event)) continue;
      const id = event.args.group;
      const group = this.#groups.get(id) ?? { leaves: [], removed: [] };
      this.#groups.set(id, group);
      const index = Number(event.args.index);
      // Leaves are appended in order and never reused: an index out of place means events are missing.
      const fits = event.eventName === 'MemberAdded' ? index === group.leaves.length : index < group.leaves.length;
      if (!fits) {
        this.#broken ??= `identity group ${id}: a ${event.eventName} at index ${index} in block ${event.blockNumber} does not follow the ${group.leaves.length} leaves read before it`;
        continue;
      }
      if (event.eventName === 'MemberAdded') group.leaves.push(event.args.identityCommitment);
      else if (event.eventName === 'MemberUpdated') group.leaves[index] = event.args.newIdentityCommitment;
      else group.removed.push(index);
      if (group.tree) applyMemberEvent(group.tree, event);
    }
    this.#toBlock = upTo;
  }

  /** Whether `group`'s tree is built (and so checked by root, not only by size). */
  hasTree(group: bigint): boolean {
    return this.#groups.get(group)?.tree !== undefined;
  }

  /**
   * `group`'s Lean IMT at `toBlock`, built on first use from the leaves ({@link leanTree}) and kept up
   * to date from then on. Not a copy: clone it before changing it.
   */
  tree(group: bigint): Group {
    const mirrored = this.#groups.get(group) ?? { leaves: [], removed: [] };
    this.#groups.set(group, mirrored);
    mirrored.tree ??= leanTree(mirrored.leaves, mirrored.removed);
    return mirrored.tree;
  }

  /** The number of leaves `group` has had (removed ones keep their place, as in the contract's tree). */
  size(group: bigint): number {
    return this.#groups.get(group)?.leaves.length ?? 0;
  }

  /** Why this mirror cannot be brought up to date by more events, if it cannot. */
  get broken(): string | undefined {
    return this.#broken;
  }
}

export interface ReadIdentityGroupsMirrorParameters {
  readonly polity: PolityAddresses;
  /** The block to read up to (the head the caller read its other state at). */
  readonly blockNumber: bigint;
  /** A mirror from an earlier read or sync: only the blocks after it are read, then it is checked. Advanced in place. */
  readonly mirror?: IdentityGroupsMirror | undefined;
  /** Groups whose trees to build (and check by root) besides those the mirror has built. */
  readonly groups?: Iterable<bigint>;
  /** Blocks per getLogs request to start with; default 50,000 (halved when the node refuses). */
  readonly pageSize?: bigint;
}

/** Which events a read asked the node for. */
export interface IdentityGroupsEventsRead {
  /** `'mirror'`: only the blocks after the mirror passed in; `'deployment'`: every block since the polity's deployment. */
  readonly since: 'mirror' | 'deployment';
  /** The blocks read (none when `fromBlock` is after `toBlock`: the mirror was at the head already). */
  readonly fromBlock: bigint;
  readonly toBlock: bigint;
  /** Why the mirror passed in was dropped for a full rebuild (it disagreed with the chain, or was of another polity). */
  readonly staleMirror?: string;
}

export interface ReadIdentityGroupsMirrorReturnType {
  /** The mirror at `blockNumber`, checked against the chain there: the one passed in, advanced, or a new one. */
  readonly mirror: IdentityGroupsMirror;
  readonly eventsRead: IdentityGroupsEventsRead;
}

/**
 * The identity groups' events up to `blockNumber`, folded into a mirror checked against the chain at that
 * block: the size of every group, the root of every tree built, the number of pending leaves. With a
 * mirror, only the blocks after it are read; if the result disagrees with the chain, everything is read
 * again from the polity's deployment block (`eventsRead.staleMirror` says why). A full read that still
 * disagrees is a {@link PolityInvalidInputError}: the node does not return every event.
 */
export async function readIdentityGroupsMirror(client: PolityClient, parameters: ReadIdentityGroupsMirrorParameters): Promise<ReadIdentityGroupsMirrorReturnType> {
  const { polity, blockNumber } = parameters;
  const identityGroups = polity.identityGroups;
  if (identityGroups === undefined)
    throw new PolityInvalidInputError('polity.identityGroups', 'is missing: this polity has no secret-ballot contracts, so there are no identity groups to read');
  const fromBlock = polity.deployedAtBlock ?? 0n;
  const groups = [...(parameters.groups ?? [])];
  const pageSize = parameters.pageSize ?? 50_000n;

  const given = parameters.mirror;
  let staleMirror = given === undefined ? undefined : unusable(given, { identityGroups, fromBlock, blockNumber });
  if (given !== undefined && staleMirror === undefined) {
    const eventsRead = { since: 'mirror', fromBlock: given.toBlock + 1n, toBlock: blockNumber } as const;
    await advance(client, given, { blockNumber, pageSize });
    staleMirror = given.broken ?? (await disagreement(client, given, { blockNumber, groups }));
    if (staleMirror === undefined) return { mirror: given, eventsRead };
  }

  const mirror = new IdentityGroupsMirror(identityGroups, fromBlock);
  await advance(client, mirror, { blockNumber, pageSize });
  const problem = mirror.broken ?? (await disagreement(client, mirror, { blockNumber, groups }));
  if (problem !== undefined)
    throw new PolityInvalidInputError(
      'polity.deployedAtBlock',
      `the identity groups read from the events since block ${fromBlock} disagree with the chain at block ${blockNumber} (${problem}): the node did not return every event (set the polity's deployment block, or use an RPC URL that keeps all logs); nothing was sent`,
    );
  return { mirror, eventsRead: { since: 'deployment', fromBlock, toBlock: blockNumber, ...(staleMirror === undefined ? {} : { staleMirror }) } };
}

/** Why `mirror` cannot be advanced to `blockNumber`, if it cannot. */
function unusable(mirror: IdentityGroupsMirror, { identityGroups, fromBlock, blockNumber }: { identityGroups: Address; fromBlock: bigint; blockNumber: bigint }): string | undefined {
  if (mirror.identityGroups.toLowerCase() !== identityGroups.toLowerCase()) return `the mirror is of the identity groups at ${mirror.identityGroups}, not ${identityGroups}`;
  if (mirror.fromBlock !== fromBlock) return `the mirror was read from block ${mirror.fromBlock}, not the deployment block ${fromBlock}`;
  if (mirror.toBlock > blockNumber) return `the mirror was read up to block ${mirror.toBlock}, after the chain's head ${blockNumber} (a reorganisation, or another node)`;
  return mirror.broken;
}

async function advance(client: PolityClient, mirror: IdentityGroupsMirror, { blockNumber, pageSize }: { blockNumber: bigint; pageSize: bigint }): Promise<void> {
  if (mirror.toBlock >= blockNumber) return;
  const logs = await pagedLogs(client, { address: [mirror.identityGroups], fromBlock: mirror.toBlock + 1n, toBlock: blockNumber, pageSize });
  mirror.fold(parseEventLogs({ abi: identityGroupsAbi, logs }), blockNumber);
}

/**
 * How `mirror` disagrees with the chain at `blockNumber`, if it does: the pending count, and for every
 * group it knows of or `groups` names, the size, and the root where a tree is built (those of `groups` are).
 */
async function disagreement(client: PolityClient, mirror: IdentityGroupsMirror, { blockNumber, groups }: { blockNumber: bigint; groups: readonly bigint[] }): Promise<string | undefined> {
  for (const group of groups) mirror.tree(group);
  const ids = [...new Set([...mirror.groups, ...groups])];
  const [pendingCount, ...chainGroups] = await Promise.all([
    readContract(client, { address: mirror.identityGroups, abi: identityGroupsAbi, functionName: 'pendingCount', blockNumber }),
    ...ids.map((group) => readContract(client, { address: mirror.identityGroups, abi: identityGroupsAbi, functionName: 'groupOf', args: [group], blockNumber })),
  ]);
  const pending = [...mirror.holders.values()].filter((holder) => holder.pending).length;
  if (BigInt(pending) !== pendingCount) return `${pending} leaves pending by the events, ${pendingCount} by the contract`;
  for (const [position, group] of ids.entries()) {
    const [chainRoot, chainSize] = chainGroups[position]!;
    if (BigInt(mirror.size(group)) !== chainSize) return `identity group ${group} has ${mirror.size(group)} leaves by the events, ${chainSize} on chain`;
    if (!mirror.hasTree(group)) continue;
    const root = groupRoot(mirror.tree(group));
    if (root !== chainRoot) return `identity group ${group} has root ${root} by the events, ${chainRoot} on chain`;
  }
  return undefined;
}
