import { BaseError, HttpRequestError, LimitExceededRpcError, type AbiEvent, type Address, type GetLogsParameters, type Log } from 'viem';
import { getLogs } from 'viem/actions';
import type { PolityClient } from './client.js';

/** Messages providers use when they refuse a getLogs range as too large (Alchemy, Infura, QuickNode, geth, ...). */
const tooLarge = /range|too (large|many|big)|limit|exceed|more than \d+ (results|logs)|response size|max(imum)? block/i;

/** Whether a getLogs failure is the provider refusing the size of the range (so a smaller one may pass). */
export function isRangeTooLarge(error: unknown): boolean {
  if (!(error instanceof BaseError)) return false;
  // "429 Too Many Requests" is about the rate, not the range: a smaller range would not help.
  if (error.walk((cause) => cause instanceof HttpRequestError && cause.status === 429)) return false;
  return Boolean(
    error.walk((cause) => {
      if (cause instanceof LimitExceededRpcError) return true;
      const { details, shortMessage, message } = cause as { details?: unknown; shortMessage?: unknown; message?: unknown };
      return [details, shortMessage, message].some((text) => typeof text === 'string' && tooLarge.test(text));
    }),
  );
}

export interface PagedLogsParameters {
  readonly address: readonly Address[];
  readonly fromBlock: bigint;
  readonly toBlock: bigint;
  /** Blocks per getLogs request to begin with; halved whenever the provider refuses a range. */
  readonly pageSize: bigint;
  /** Only this event, and of it only logs whose indexed arguments match `args` (the node filters). */
  readonly event?: AbiEvent;
  readonly args?: Readonly<Record<string, unknown>>;
  /** Called after each page with the last block read so far. */
  readonly onPage?: (page: { readonly fromBlock: bigint; readonly toBlock: bigint; readonly logs: number }) => void;
}

/**
 * Every log of `address` in [fromBlock, toBlock], read page by page. A provider that refuses a range
 * (public RPCs cap ranges at 1,000 to 10,000 blocks or at a number of results) gets half the range,
 * down to a single block, and the smaller size is kept for the pages after it.
 */
export async function pagedLogs(client: PolityClient, parameters: PagedLogsParameters): Promise<Log[]> {
  const { address, toBlock, onPage } = parameters;
  let from = parameters.fromBlock;
  let size = parameters.pageSize > 0n ? parameters.pageSize : 1n;
  const logs: Log[] = [];
  while (from <= toBlock) {
    const to = from + size - 1n < toBlock ? from + size - 1n : toBlock;
    let page: Log[];
    try {
      const filter = parameters.event === undefined ? {} : { event: parameters.event, ...(parameters.args === undefined ? {} : { args: parameters.args }) };
      // The filter is typed per event by viem; this helper is generic over events, so it is passed loosely.
      page = await getLogs(client, { address: [...address], fromBlock: from, toBlock: to, ...filter } as GetLogsParameters);
    } catch (error) {
      if (to > from && isRangeTooLarge(error)) {
        size = (to - from + 1n) / 2n;
        continue;
      }
      throw error;
    }
    logs.push(...page);
    onPage?.({ fromBlock: from, toBlock: to, logs: page.length });
    from = to + 1n;
  }
  return logs;
}
