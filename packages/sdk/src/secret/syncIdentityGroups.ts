/**
 * Keeps a polity's secret-ballot groups in step with its resident registry (docs/secret-ballots.md,
 * "Keeping in step with the registry" and "Expiry before the snapshot"): finds every leaf that needs
 * `IdentityGroups.sync` now (reported by the registry as revoked, expired or moved, or whose admission's
 * expiry day has come by the chain's clock), sends `sync` for each with the leaf's Merkle siblings
 * computed from the groups' events (recomputed after every removal), then lets residents who moved join
 * their new district's group (`joinDistrict`). Anyone may send these: the city's server does it
 * (docs/server.md), and a city without one runs this action or `polity sync-identities`. A caller that
 * runs it again and again (the server's keeper) passes back the result's `mirror`, so that only the
 * events since the last run are read (identityGroupsMirror.ts).
 */
import { Group } from '@semaphore-protocol/group';
import type { Address, Hash } from 'viem';
import { getBlock, readContract } from 'viem/actions';
import { identityGroupsAbi, residentRegistryAbi } from '../contracts/generated.js';
import { eventsOf, runPolityAction, sendPolityCall, type PolityClient, type PolityWriteParameters } from '../chain/client.js';
import { PolityError, PolityInvalidInputError, type PolityRpcUnavailableError, type PolityWrongNetworkError } from '../chain/errors/base.js';
import { PolityMembershipError } from '../chain/errors/contract.js';
import type { PolityAddresses } from '../chain/polity.js';
import { applyGroupChange, groupRoot } from './identityGroupsHistory.js';
import { readIdentityGroupsMirror, type IdentityGroupsEventsRead, type IdentityGroupsMirror } from './identityGroupsMirror.js';
import { identityGroupsRefusal } from './identityGroupsRefusal.js';

const day = 86_400;
const cityGroup = 0n;

export interface SyncIdentityGroupsParameters extends PolityWriteParameters {
  /** Blocks per getLogs request to start with; default 50,000 (halved when the node refuses). */
  readonly pageSize?: bigint;
  /** Called after each transaction is mined (a server logs them as they happen). */
  readonly onStep?: (step: IdentitySyncStep) => void;
  /**
   * The `mirror` of the last run's result: only the events after the block it was read up to are read
   * (instead of all since the deployment block), and it is checked against the chain before anything is
   * sent; one that disagrees is dropped for a full rebuild (`eventsRead.staleMirror` says why).
   */
  readonly mirror?: IdentityGroupsMirror | undefined;
}

/** Why a leaf needed syncing. */
export type IdentitySyncReason = 'pending' | 'lapsing';

/** What `sync` did: removed from every group (no longer a resident), out of its old district (moved), or its expiry date read again (renewed). */
export type IdentitySyncOutcome = 'removed' | 'left-district' | 'refreshed';

export interface IdentitySynced {
  readonly kind: 'synced';
  readonly account: Address;
  readonly reason: IdentitySyncReason;
  readonly outcome: IdentitySyncOutcome;
  readonly hash: Hash;
}

export interface IdentityJoinedDistrict {
  readonly kind: 'joined-district';
  readonly account: Address;
  /** The district group it joined (district d is group d + 1). */
  readonly districtGroup: bigint;
  readonly hash: Hash;
}

export type IdentitySyncStep = IdentitySynced | IdentityJoinedDistrict;

/**
 * A leaf whose expiry day has begun while its admission still runs (it ends later today): `sync` would
 * change nothing until then, so none is sent. The groups stay unsettled until it is synced after `until`.
 */
export interface IdentityAwaitingExpiry {
  readonly account: Address;
  /** When the admission ends (seconds): sync after it. */
  readonly until: number;
}

/** A resident who moved and may join its new district's group, but cannot yet (the groups are unsettled). */
export interface IdentityJoinDeferred {
  readonly account: Address;
  readonly reason: string;
}

export interface SyncIdentityGroupsReturnType {
  /** Every transaction sent, in order. */
  readonly steps: readonly IdentitySyncStep[];
  readonly awaitingExpiry: readonly IdentityAwaitingExpiry[];
  readonly deferredJoins: readonly IdentityJoinDeferred[];
  /** Whether the groups are settled now: registrations are accepted and a round snapshotted now is fixed at once. */
  readonly settled: boolean;
  /** The roots of the groups this run synced leaves in (none when there was nothing to sync), as rebuilt from the events and its own receipts: each equal to the chain's. */
  readonly roots: ReadonlyMap<bigint, bigint>;
  /** The groups' events up to the head this run read (before its own transactions), checked against the chain: pass it as `mirror` next time. */
  readonly mirror: IdentityGroupsMirror;
  /** Which blocks' events were read: only those after the mirror passed in, or all since the deployment block (and why a mirror passed in was dropped). */
  readonly eventsRead: IdentityGroupsEventsRead;
}

export type SyncIdentityGroupsErrorType = PolityInvalidInputError | PolityWrongNetworkError | PolityRpcUnavailableError | PolityMembershipError;

interface Leaf {
  readonly account: Address;
  readonly reason: IdentitySyncReason;
  readonly commitment: bigint;
  readonly inCity: boolean;
  readonly districtGroup: bigint;
}

/**
 * Syncs every identity leaf that needs it now and returns what it did. Sends from the client's account
 * (or `account`), which pays the gas and needs no role. Each `sync` is simulated first, so a refusal
 * comes back as a {@link PolityMembershipError} saying what to do; transactions already mined stay done
 * (`onStep` reports each), and running the action again continues where it stopped.
 */
export async function syncIdentityGroups(client: PolityClient, parameters: SyncIdentityGroupsParameters): Promise<SyncIdentityGroupsReturnType> {
  const { polity } = parameters;
  return runPolityAction(client, polity, async () => {
    const identityGroups = requireIdentityGroups(polity);
    const head = await getBlock(client, { blockTag: 'latest' });
    const now = Number(head.timestamp);
    const at = { blockNumber: head.number };
    const read = <const functionName extends 'pendingCount' | 'firstExpiry'>(functionName: functionName) =>
      readContract(client, { address: identityGroups, abi: identityGroupsAbi, functionName, ...at });
    const [pendingCount, firstExpiry] = await Promise.all([read('pendingCount'), read('firstExpiry')]);
    const lapsingNow = firstExpiry !== 0n && firstExpiry <= BigInt(now);
    const mirrorRead = { polity, blockNumber: head.number, pageSize: parameters.pageSize };

    // The events (only the blocks after the mirror, when one is given), checked against the chain at the head.
    let { mirror, eventsRead } = await readIdentityGroupsMirror(client, { ...mirrorRead, mirror: parameters.mirror });
    let found: { leaves: Leaf[]; awaitingExpiry: IdentityAwaitingExpiry[] };
    let needed: bigint[];
    for (let attempt = 1; ; attempt++) {
      found = pendingCount === 0n && !lapsingNow ? { leaves: [], awaitingExpiry: [] } : await leavesToSync(client, { identityGroups, registry: polity.registry, holders: mirror.holders, lapsingNow, now, blockNumber: head.number });
      // Only the trees a sync needs siblings in (building one costs a Poseidon hash per node); once built, the mirror keeps them.
      needed = found.leaves.length === 0 ? [] : [...new Set([cityGroup, ...found.leaves.map((leaf) => leaf.districtGroup).filter((group) => group !== 0n)])];
      if (needed.every((group) => mirror.hasTree(group))) break;
      if (attempt === 3) throw new PolityError(`the identity groups' trees could not be checked against the chain at block ${head.number}: it kept disagreeing with the events read; run the sync again`);
      // Build them and check their roots (no new blocks to read: the mirror is at the head); a disagreement rebuilds all, and the leaves are found again.
      const checked = await readIdentityGroupsMirror(client, { ...mirrorRead, mirror, groups: needed });
      mirror = checked.mirror;
      if (checked.eventsRead.since === 'deployment') eventsRead = checked.eventsRead;
    }
    const { leaves, awaitingExpiry } = found;
    // Copies: the receipts' removals are applied to these, while the mirror stays at the head it was read at.
    const trees = new Map(needed.map((group) => [group, Group.import(mirror.tree(group).export())] as const));

    const steps: IdentitySyncStep[] = [];
    const report = (step: IdentitySyncStep) => {
      steps.push(step);
      parameters.onStep?.(step);
    };
    for (const leaf of leaves) report(await syncLeaf(client, { identityGroups, leaf, trees, parameters }));

    const joins = [...mirror.holders].filter(([, state]) => state.withoutDistrict).map(([account]) => account);
    for (const step of steps) if (step.kind === 'synced' && step.outcome === 'left-district') joins.push(step.account);
    const deferredJoins: IdentityJoinDeferred[] = [];
    for (const account of new Set(joins)) {
      const joined = await joinDistrict(client, { identityGroups, registry: polity.registry, account, parameters });
      if (joined === undefined) continue;
      if ('reason' in joined) deferredJoins.push(joined);
      else report(joined);
    }

    const settled = await isSettled(client, identityGroups);
    const roots = new Map([...trees].map(([group, tree]) => [group, groupRoot(tree)] as const));
    return { steps, awaitingExpiry, deferredJoins, settled, roots, mirror, eventsRead };
  });
}

/** The leaves the mirror's holders say may need a sync, each confirmed by the contract's own state at `blockNumber`. */
async function leavesToSync(
  client: PolityClient,
  { identityGroups, registry, holders, lapsingNow, now, blockNumber }: { identityGroups: Address; registry: Address; holders: IdentityGroupsMirror['holders']; lapsingNow: boolean; now: number; blockNumber: bigint },
): Promise<{ leaves: Leaf[]; awaitingExpiry: IdentityAwaitingExpiry[] }> {
  const candidates = [...holders].filter(([, state]) => state.pending || (lapsingNow && state.inCity)).map(([account]) => account);
  const leaves: Leaf[] = [];
  const awaitingExpiry: IdentityAwaitingExpiry[] = [];
  for (const batch of chunks(candidates, 100)) {
    const found = await Promise.all(batch.map((account) => leafToSync(client, { identityGroups, registry, account, now, blockNumber })));
    for (const leaf of found) {
      if (leaf === undefined) continue;
      if ('until' in leaf) awaitingExpiry.push(leaf);
      else leaves.push(leaf);
    }
  }
  return { leaves, awaitingExpiry };
}

function requireIdentityGroups(polity: PolityAddresses): Address {
  if (polity.identityGroups === undefined)
    throw new PolityInvalidInputError('polity.identityGroups', 'is missing: this polity has no secret-ballot contracts, so there are no identity groups to keep in step (deploy them with deployPolity, or add the address to the polity file)');
  return polity.identityGroups;
}

/**
 * Whether `account`'s leaf needs syncing now (a {@link Leaf}), waits for its admission to end, or needs
 * nothing (another sync got there first).
 */
async function leafToSync(
  client: PolityClient,
  { identityGroups, registry, account, now, blockNumber }: { identityGroups: Address; registry: Address; account: Address; now: number; blockNumber: bigint },
): Promise<Leaf | IdentityAwaitingExpiry | undefined> {
  const [[commitment, inCity, districtGroup, pending], trackedExpiry] = await Promise.all([
    readContract(client, { address: identityGroups, abi: identityGroupsAbi, functionName: 'identityOf', args: [account], blockNumber }),
    readContract(client, { address: identityGroups, abi: identityGroupsAbi, functionName: 'trackedExpiryOf', args: [account], blockNumber }),
  ]);
  const lapsing = inCity && dayStart(trackedExpiry) <= now;
  if (pending) return { account, reason: 'pending', commitment, inCity, districtGroup };
  if (!lapsing) return undefined;
  const [member, expiresAt] = await readContract(client, { address: registry, abi: residentRegistryAbi, functionName: 'residencyOf', args: [account], blockNumber });
  // Still a resident, and its registry date falls today too: a sync now would only read that date again.
  if (member && expiresAt > now && dayStart(expiresAt) <= now) return { account, until: expiresAt };
  return { account, reason: 'lapsing', commitment, inCity, districtGroup };
}

async function syncLeaf(
  client: PolityClient,
  { identityGroups, leaf, trees, parameters }: { identityGroups: Address; leaf: Leaf; trees: Map<bigint, Group>; parameters: SyncIdentityGroupsParameters },
): Promise<IdentitySynced> {
  const siblings = (group: bigint): bigint[] => {
    const tree = trees.get(group);
    const index = tree?.indexOf(leaf.commitment) ?? -1;
    return tree === undefined || index < 0 ? [] : tree.generateMerkleProof(index).siblings;
  };
  let sent;
  try {
    sent = await sendPolityCall(client, {
      address: identityGroups,
      abi: identityGroupsAbi,
      functionName: 'sync',
      args: [leaf.account, leaf.inCity ? siblings(cityGroup) : [], leaf.districtGroup === 0n ? [] : siblings(leaf.districtGroup)],
      account: parameters.account,
      onSent: parameters.onSent,
      action: 'syncIdentityGroups',
    });
  } catch (error) {
    throw identityGroupsRefusal(error, client);
  }
  // The receipt's removals, applied to the trees the next leaf's siblings come from; each must give the root the chain reports.
  for (const change of eventsOf(sent.receipt, identityGroupsAbi, identityGroups, 'MemberRemoved')) {
    applyGroupChange(trees, change);
    const tree = trees.get(change.args.group);
    if (tree && groupRoot(tree) !== change.args.root)
      throw new PolityError(`after syncing ${leaf.account}, identity group ${change.args.group} computed here has root ${groupRoot(tree)} but the chain's is ${change.args.root}: the SDK's tree is out of step (a defect: please report it); run the sync again to start from the chain's events`);
  }
  const [synced] = eventsOf(sent.receipt, identityGroupsAbi, identityGroups, 'IdentitySynced');
  const outcome: IdentitySyncOutcome = synced && !synced.args.inCity ? 'removed' : synced && leaf.districtGroup !== 0n && synced.args.districtGroup === 0n ? 'left-district' : 'refreshed';
  return { kind: 'synced', account: leaf.account, reason: leaf.reason, outcome, hash: sent.hash };
}

/** Lets a resident who moved join its new district's group, when it may and the groups are settled. */
async function joinDistrict(
  client: PolityClient,
  { identityGroups, registry, account, parameters }: { identityGroups: Address; registry: Address; account: Address; parameters: SyncIdentityGroupsParameters },
): Promise<IdentityJoinedDistrict | IdentityJoinDeferred | undefined> {
  const [[, inCity, districtGroup, pending], [member, expiresAt], { timestamp }] = await Promise.all([
    readContract(client, { address: identityGroups, abi: identityGroupsAbi, functionName: 'identityOf', args: [account] }),
    readContract(client, { address: registry, abi: residentRegistryAbi, functionName: 'residencyOf', args: [account] }),
    getBlock(client, { blockTag: 'latest' }),
  ]);
  if (!inCity || pending || districtGroup !== 0n || !member || BigInt(expiresAt) <= timestamp) return undefined;
  if (!(await isSettled(client, identityGroups))) return { account, reason: 'the identity groups are unsettled (a leaf is pending or lapsing): it joins once they are synced' };
  try {
    const sent = await sendPolityCall(client, { address: identityGroups, abi: identityGroupsAbi, functionName: 'joinDistrict', args: [account], account: parameters.account, onSent: parameters.onSent, action: 'syncIdentityGroups' });
    const [joined] = eventsOf(sent.receipt, identityGroupsAbi, identityGroups, 'IdentitySynced');
    return { kind: 'joined-district', account, districtGroup: joined?.args.districtGroup ?? 0n, hash: sent.hash };
  } catch (error) {
    const refusal = identityGroupsRefusal(error, client);
    // Synced in this very second: the contract lets nothing join until the next one.
    if (refusal instanceof PolityMembershipError && refusal.errorName === 'IdentityGroupsSyncPending') return { account, reason: 'the last leaf was synced this very second: run the sync again to let it join' };
    throw refusal;
  }
}

/** No leaf pending and none whose expiry day has begun, by the chain's clock now. */
async function isSettled(client: PolityClient, identityGroups: Address): Promise<boolean> {
  const [pendingCount, firstExpiry, { timestamp }] = await Promise.all([
    readContract(client, { address: identityGroups, abi: identityGroupsAbi, functionName: 'pendingCount' }),
    readContract(client, { address: identityGroups, abi: identityGroupsAbi, functionName: 'firstExpiry' }),
    getBlock(client, { blockTag: 'latest' }),
  ]);
  return pendingCount === 0n && (firstExpiry === 0n || firstExpiry > timestamp);
}

function dayStart(timestamp: number | bigint): number {
  return Math.floor(Number(timestamp) / day) * day;
}

function chunks<item>(items: readonly item[], size: number): item[][] {
  const result: item[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}
