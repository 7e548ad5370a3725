/**
 * How one log of the polity becomes one row of `chain_logs`: kept raw (topics and data, so that any
 * reader decodes it with the SDK exactly as it decodes the chain's own answer) beside the columns the
 * read API filters on, taken from the log decoded by the SDK's activity decoder.
 */
import { getAddress, type Address, type Log } from 'viem';
import { decodeActivity, polityComponents, type PolityActivity, type PolityAddresses, type PolityComponent } from '@polity/sdk';
import type { chainLogs } from '../db/schema.js';

export type ChainLogRow = typeof chainLogs.$inferInsert;

/** The component each of the polity's addresses is. */
export function componentsByAddress(polity: PolityAddresses): Map<Address, PolityComponent> {
  return new Map(polityComponents.map((component) => [getAddress(polity[component]), component] as const));
}

/** The account an event is chiefly about, for the `account` filter. */
function accountOf(activity: PolityActivity): Address | undefined {
  const args = activity.args as Record<string, unknown>;
  for (const key of ['voter', 'delegator', 'account', 'proposer', 'delegate', 'challenger', 'recipient', 'openedBy', 'reviewer']) {
    const value = args[key];
    if (typeof value === 'string') return getAddress(value);
  }
  return undefined;
}

/**
 * The row for a mined log of one of the polity's components, or undefined for a log no component's
 * ABI describes (it is skipped, as the SDK's activity reader skips it).
 */
export function chainLogRow(log: Log, components: Map<Address, PolityComponent>): ChainLogRow | undefined {
  const component = components.get(getAddress(log.address));
  if (!component || log.blockHash === null) return undefined;
  const activity = decodeActivity(component, log);
  if (!activity) return undefined;
  const args = activity.args as Record<string, unknown>;
  const roundId = typeof args.roundId === 'bigint' ? args.roundId.toString() : null;
  const proposalId = typeof args.proposalId === 'bigint' ? args.proposalId.toString() : null;
  return {
    blockNumber: activity.blockNumber,
    logIndex: activity.logIndex,
    blockHash: log.blockHash,
    transactionHash: activity.transactionHash,
    address: activity.address,
    topics: [...log.topics],
    data: log.data,
    contract: component,
    eventName: activity.eventName,
    roundId,
    proposalId,
    account: accountOf(activity) ?? null,
  };
}

/** A stored row as the log viem would have returned: what `decodeActivity` takes. */
export function logOfRow(row: typeof chainLogs.$inferSelect): Log {
  return {
    address: getAddress(row.address),
    blockHash: row.blockHash as `0x${string}`,
    blockNumber: row.blockNumber,
    data: row.data as `0x${string}`,
    logIndex: row.logIndex,
    transactionHash: row.transactionHash as `0x${string}`,
    transactionIndex: null as unknown as number,
    removed: false,
    topics: row.topics as [`0x${string}`, ...`0x${string}`[]],
  } as Log;
}
