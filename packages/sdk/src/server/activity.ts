import { getAddress, isAddress, isHex, type Address, type Hex, type Log } from 'viem';
import { decodeActivity, type GetActivityProgress, type PolityActivity } from '../actions/activity/getActivity.js';
import { requireAddress } from '../chain/client.js';
import { PolityInvalidInputError } from '../chain/errors/base.js';
import { polityComponents, type PolityAddresses, type PolityComponent } from '../chain/polity.js';
import { PolityServerError, type PolityServerUnreachableError } from './errors.js';
import { requestServer, serverBase } from './request.js';

export interface GetIndexedActivityParameters {
  /** The Polity server, e.g. `https://polity.example.org` ('' in a page the server itself serves). */
  readonly serverUrl: string;
  readonly polity: PolityAddresses;
  /** Default: the polity's `deployedAtBlock`, else 0. */
  readonly fromBlock?: bigint;
  /** Default: as far as the server has indexed. */
  readonly toBlock?: bigint;
  /** Only these components (default: all six). */
  readonly components?: readonly PolityComponent[];
  /** Logs per request, 1 to 5,000 (default 5,000). */
  readonly logsPerRequest?: number;
  readonly onProgress?: (progress: GetActivityProgress) => void;
}

export interface GetIndexedActivityReturnType {
  /** The trail in [fromBlock, min(toBlock, indexedBlock)], exactly as `getActivity` reads it from the chain. */
  readonly activity: PolityActivity[];
  /** The last block the server had indexed: read the blocks after it from the chain. Undefined: nothing indexed yet. */
  readonly indexedBlock: bigint | undefined;
  /** Timestamps (seconds since 1970) of the blocks the activity is in, as the server stored them. */
  readonly blockTimestamps: ReadonlyMap<bigint, bigint>;
}

export type GetIndexedActivityErrorType = PolityInvalidInputError | PolityServerError | PolityServerUnreachableError;

/** How many times a walk through the pages starts again when the server's index went back under it. */
const restartsAfterRewind = 3;

/**
 * A polity's audit trail as a Polity server indexed it (`GET /activity`): the raw logs, decoded by
 * the same decoder `getActivity` uses on the chain's answer, so the result has the same type and
 * content as `getActivity` over [fromBlock, indexedBlock]. Read the blocks after `indexedBlock` from
 * the chain with `getActivity` to be current. An answer that is not a list of this polity's logs is
 * refused ({@link PolityServerError} with code `malformed_answer` or `other_polity`), never guessed at.
 */
export async function getIndexedActivity(parameters: GetIndexedActivityParameters): Promise<GetIndexedActivityReturnType> {
  const { polity } = parameters;
  const components = parameters.components ?? polityComponents;
  for (const component of components) {
    if (!polityComponents.includes(component)) throw new PolityInvalidInputError('components', `${JSON.stringify(component)} is not one of ${polityComponents.join(', ')}`);
  }
  const byAddress = new Map(polityComponents.map((component) => [requireAddress(polity[component], `polity.${component}`), component] as const));
  const fromBlock = parameters.fromBlock ?? polity.deployedAtBlock ?? 0n;
  if (parameters.toBlock !== undefined && fromBlock > parameters.toBlock) throw new PolityInvalidInputError('fromBlock', `${fromBlock} is after toBlock ${parameters.toBlock}`);
  const logsPerRequest = parameters.logsPerRequest ?? 5_000;
  if (!Number.isInteger(logsPerRequest) || logsPerRequest < 1 || logsPerRequest > 5_000) throw new PolityInvalidInputError('logsPerRequest', `must be a whole number from 1 to 5,000; got ${logsPerRequest}`);

  for (let attempt = 0; ; attempt += 1) {
    const walk = await walkPages({ ...parameters, components, byAddress, fromBlock, logsPerRequest });
    if (walk !== 'rewound') return walk;
    if (attempt === restartsAfterRewind) {
      throw new PolityServerError({
        status: 200,
        code: 'index_unsettled',
        message: `the server's index went back (a reorganisation) ${attempt + 1} times while it was read: try again later, or read the activity from the chain`,
        url: serverBase(parameters.serverUrl),
      });
    }
  }
}

interface Walk extends GetIndexedActivityParameters {
  readonly components: readonly PolityComponent[];
  readonly byAddress: ReadonlyMap<Address, PolityComponent>;
  readonly fromBlock: bigint;
  readonly logsPerRequest: number;
}

/** Every page from the start, all as of the index head of the first answer; 'rewound' when it went back. */
async function walkPages(walk: Walk): Promise<GetIndexedActivityReturnType | 'rewound'> {
  const activity: PolityActivity[] = [];
  const blockTimestamps = new Map<bigint, bigint>();
  let snapshot: { indexedBlock: bigint | undefined; toBlock: bigint | undefined } | undefined;
  let after: string | undefined;
  for (;;) {
    const query = new URLSearchParams({ limit: String(walk.logsPerRequest), fromBlock: walk.fromBlock.toString() });
    const toBlock = snapshot ? snapshot.toBlock : walk.toBlock;
    if (toBlock !== undefined) query.set('toBlock', toBlock.toString());
    if (walk.components.length < polityComponents.length) query.set('contract', walk.components.join(','));
    if (after !== undefined) query.set('after', after);
    const url = `${serverBase(walk.serverUrl)}/activity?${query}`;
    const page = parseAnswer(await (await requestServer(url)).json().catch(() => undefined), url);
    if (!snapshot) {
      // Later pages are asked up to the head of the first answer, so the whole is one state of the index.
      const limit = page.indexedBlock !== undefined && (walk.toBlock === undefined || page.indexedBlock < walk.toBlock) ? page.indexedBlock : walk.toBlock;
      snapshot = { indexedBlock: page.indexedBlock, toBlock: limit };
      if (page.indexedBlock === undefined) return { activity, indexedBlock: undefined, blockTimestamps };
    } else if (page.indexedBlock === undefined || page.indexedBlock < snapshot.indexedBlock!) {
      return 'rewound';
    }
    for (const entry of page.logs) {
      const component = walk.byAddress.get(entry.log.address);
      if (!component) {
        throw new PolityServerError({ status: 200, code: 'other_polity', message: `the server answered a log of ${entry.log.address}, which is none of this polity's components: it indexes another polity`, url });
      }
      if (!walk.components.includes(component)) continue;
      const decoded = decodeActivity(component, entry.log);
      if (!decoded) continue;
      activity.push(decoded);
      if (entry.timestamp !== undefined) blockTimestamps.set(decoded.blockNumber, entry.timestamp);
    }
    const scannedTo = page.next === undefined ? (snapshot.toBlock ?? walk.fromBlock) : (page.logs.at(-1)?.log.blockNumber ?? walk.fromBlock);
    walk.onProgress?.({ fromBlock: walk.fromBlock, toBlock: snapshot.toBlock ?? walk.fromBlock, scannedTo, events: activity.length });
    if (page.next === undefined) return { activity, indexedBlock: snapshot.indexedBlock, blockTimestamps };
    after = page.next;
  }
}

interface AnswerPage {
  readonly logs: readonly { readonly log: Log; readonly timestamp: bigint | undefined }[];
  readonly next: string | undefined;
  readonly indexedBlock: bigint | undefined;
}

const decimal = /^\d+$/;

/** The server's answer, checked field by field: anything else is the wrong server or a broken one. */
function parseAnswer(body: unknown, url: string): AnswerPage {
  const malformed = (what: string) =>
    new PolityServerError({ status: 200, code: 'malformed_answer', message: `the answer of ${url} is not a Polity server's /activity answer (${what}): check the server URL`, url });
  if (typeof body !== 'object' || body === null) throw malformed('not a JSON object');
  const { logs, next, indexedBlock } = body as Record<string, unknown>;
  if (!Array.isArray(logs)) throw malformed('no "logs" list');
  if (next !== null && (typeof next !== 'string' || !/^\d+:\d+$/.test(next))) throw malformed('"next" is neither null nor <block>:<logIndex>');
  if (indexedBlock !== null && (typeof indexedBlock !== 'string' || !decimal.test(indexedBlock))) throw malformed('"indexedBlock" is neither null nor a decimal block number');
  return {
    logs: logs.map((entry: unknown, index) => {
      const log = entry as Record<string, unknown>;
      const hex = (field: string, length?: number): Hex => {
        const value = log?.[field];
        if (typeof value !== 'string' || !isHex(value) || (length !== undefined && value.length !== 2 + 2 * length)) throw malformed(`logs[${index}].${field} is not ${length ? `${length} bytes of ` : ''}hex`);
        return value;
      };
      if (typeof log?.blockNumber !== 'string' || !decimal.test(log.blockNumber)) throw malformed(`logs[${index}].blockNumber is not a decimal number`);
      if (typeof log.logIndex !== 'number' || !Number.isInteger(log.logIndex) || log.logIndex < 0) throw malformed(`logs[${index}].logIndex is not a whole number`);
      if (typeof log.address !== 'string' || !isAddress(log.address, { strict: false })) throw malformed(`logs[${index}].address is not an address`);
      if (!Array.isArray(log.topics) || log.topics.length === 0) throw malformed(`logs[${index}].topics is not a list of topics`);
      const topics = log.topics.map((topic: unknown, position) => {
        if (typeof topic !== 'string' || !isHex(topic) || topic.length !== 66) throw malformed(`logs[${index}].topics[${position}] is not 32 bytes of hex`);
        return topic;
      }) as [Hex, ...Hex[]];
      const timestamp = typeof log.timestamp === 'number' && Number.isInteger(log.timestamp) ? BigInt(log.timestamp) : undefined;
      return {
        log: {
          address: getAddress(log.address),
          blockHash: hex('blockHash', 32),
          blockNumber: BigInt(log.blockNumber),
          data: hex('data'),
          logIndex: log.logIndex,
          transactionHash: hex('transactionHash', 32),
          transactionIndex: null,
          removed: false,
          topics,
        } as unknown as Log,
        timestamp,
      };
    }),
    next: next ?? undefined,
    indexedBlock: indexedBlock === null ? undefined : BigInt(indexedBlock),
  };
}
