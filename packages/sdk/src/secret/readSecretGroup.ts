/**
 * A round's group of secret voters rebuilt from the chain's events (IdentityGroups' MemberAdded,
 * MemberUpdated and MemberRemoved, in tree order), as it stood when the chain fixed it for the round,
 * and checked against the root the chain holds: a proof against any other tree would be refused, and a
 * node that hid a registration would otherwise go unnoticed.
 */
import { Group } from '@semaphore-protocol/group';
import { parseEventLogs, type Address } from 'viem';
import { getBlock, getBlockNumber, readContract } from 'viem/actions';
import { identityGroupsAbi, secretBallotsAbi } from '../contracts/generated.js';
import type { PolityClient } from '../chain/client.js';
import { pagedLogs } from '../chain/logs.js';
import { SecretGroupRootMismatchError } from './errors.js';
import { readSecretRoundGroup } from './readSecretRoundGroup.js';

export interface ReadSecretGroupParameters {
  readonly secretBallots: Address;
  readonly roundId: bigint;
  /** Where to start reading events (the polity's deployment block); default 0. */
  readonly fromBlock?: bigint;
  /** Blocks per getLogs request to start with; default 50,000 (halved when the node refuses). */
  readonly pageSize?: bigint;
}

export interface ReadSecretGroupReturnType {
  readonly group: Group;
  readonly groupId: bigint;
  readonly root: bigint;
  readonly fixedAt: number;
}

export async function readSecretGroup(client: PolityClient, parameters: ReadSecretGroupParameters): Promise<ReadSecretGroupReturnType> {
  const { secretBallots, roundId } = parameters;
  const fixed = await readSecretRoundGroup(client, parameters);
  const [, identityGroups] = await readContract(client, { address: secretBallots, abi: secretBallotsAbi, functionName: 'components' });
  // Never a cached head (viem caches it for the client's cacheTime): registrations just mined would be missed.
  const head = await getBlockNumber(client, { cacheTime: 0 });
  const logs = await pagedLogs(client, { address: [identityGroups], fromBlock: parameters.fromBlock ?? 0n, toBlock: head, pageSize: parameters.pageSize ?? 50_000n });
  const changes = parseEventLogs({ abi: identityGroupsAbi, logs, eventName: ['MemberAdded', 'MemberUpdated', 'MemberRemoved'] }).filter((log) => log.args.group === fixed.group);
  // Only the changes up to the end of the second the group was fixed at: the last block at or before it.
  const lastBlock = fixed.fixedAt === 0 ? -1n : await lastBlockAtOrBefore(client, [...new Set(changes.map((log) => log.blockNumber))], fixed.fixedAt);
  const group = new Group();
  for (const change of changes) {
    if (change.blockNumber > lastBlock) break;
    if (change.eventName === 'MemberAdded') group.addMember(change.args.identityCommitment);
    else if (change.eventName === 'MemberUpdated') group.updateMember(Number(change.args.index), change.args.newIdentityCommitment);
    else group.removeMember(Number(change.args.index));
  }
  const rebuiltRoot = group.size === 0 ? 0n : group.root;
  if (rebuiltRoot !== fixed.root) throw new SecretGroupRootMismatchError({ roundId, rebuiltRoot, chainRoot: fixed.root });
  return { group, groupId: fixed.group, root: fixed.root, fixedAt: fixed.fixedAt };
}

/** The highest of `blocks` (ascending) whose timestamp is at most `time`, by binary search (-1: none). */
async function lastBlockAtOrBefore(client: PolityClient, blocks: readonly bigint[], time: number): Promise<bigint> {
  let low = 0;
  let high = blocks.length - 1;
  let found = -1n;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const { timestamp } = await getBlock(client, { blockNumber: blocks[middle]! });
    if (timestamp <= BigInt(time)) {
      found = blocks[middle]!;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
