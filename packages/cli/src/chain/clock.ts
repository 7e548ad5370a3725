import { formatDate } from '../csv/values.js';
import type { CliIo } from '../io.js';
import type { Connection } from './connection.js';

/** The chain's time: the latest block's timestamp, in seconds. */
export async function chainTime(connection: Connection): Promise<bigint> {
  return (await connection.client.getBlock({ blockTag: 'latest' })).timestamp;
}

export interface WaitOptions {
  /** Wait in real time even on a development node instead of moving its clock. */
  readonly realTime?: boolean;
}

/**
 * Returns once the chain's latest block is at `target` or later, so that the next transaction runs
 * after it. A development node's clock is moved there at once (one block is mined at `target`); any
 * other chain is waited for, polling its latest block.
 */
export async function waitForChainTime(connection: Connection, target: bigint, why: string, io: CliIo, options: WaitOptions = {}): Promise<void> {
  const now = await chainTime(connection);
  if (now >= target) return;
  if (connection.devClient !== undefined && options.realTime !== true) {
    await connection.devClient.setNextBlockTimestamp({ timestamp: target });
    await connection.devClient.mine({ blocks: 1 });
    io.err(`${why}: moved the development chain's clock forward ${describeSeconds(target - now)} to ${formatDate(target)}\n`);
    return;
  }
  io.err(`${why}: waiting until ${formatDate(target)} on the chain's clock (about ${describeSeconds(target - now)})\n`);
  const pause = connection.devNode ? 500 : 1_000;
  while ((await chainTime(connection)) < target) {
    await new Promise((wake) => setTimeout(wake, pause));
  }
}

/** 90 → "1 min 30 s", 90000 → "1 d 1 h". */
export function describeSeconds(seconds: bigint | number): string {
  let left = Number(seconds);
  const parts: string[] = [];
  for (const [unit, size] of [['d', 86_400], ['h', 3_600], ['min', 60], ['s', 1]] as const) {
    if (left >= size) {
      parts.push(`${Math.floor(left / size)} ${unit}`);
      left %= size;
    }
  }
  return parts.slice(0, 2).join(' ') || '0 s';
}
