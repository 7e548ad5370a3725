/**
 * `GET /activity`: the polity's audit trail as the indexer stored it, raw logs (topics and data) in
 * chain order, so that a client decodes them with the SDK exactly as it decodes the chain's own
 * answer (`getIndexedActivity`) and then reads only the blocks after `indexedBlock` from the chain.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { getAddress, isAddress } from 'viem';
import { polityComponents, type PolityComponent } from '@polity/sdk';
import { createRouter } from '../app.js';
import type { ServerContext } from '../context.js';
import { Problem, problemResponse } from '../http/problem.js';
import { ResponseCache, serialisedJson } from '../http/response-cache.js';
import { readActivity, type LogPosition } from '../indexer/activity-query.js';
import type { Indexer } from '../indexer/indexer.js';
import { indexHead } from './indexed-events.js';

export const activityDefaultLimit = 1_000;
export const activityMaxLimit = 5_000;

const param = (name: string, description: string, example: string) => ({ param: { name, in: 'query' as const }, description, example });

/** A decimal whole number, as text: at most 78 digits (a uint256), or 18 for a block number. */
const wholeNumber = (name: string, description: string, example: string, digits = 78) =>
  z
    .string()
    .regex(new RegExp(`^\\d{1,${digits}}$`), { message: `must be a whole number in decimal digits (at most ${digits}), e.g. ${example}` })
    .optional()
    .openapi(param(name, description, example));

const list = <item extends string>(name: string, allowed: ((value: string) => boolean) | readonly item[], what: string, description: string, example: string) =>
  z
    .string()
    .optional()
    .openapi(param(name, description, example))
    .superRefine((value, context) => {
      if (value === undefined) return;
      const test = typeof allowed === 'function' ? allowed : (entry: string) => (allowed as readonly string[]).includes(entry);
      const wrong = value.split(',').filter((entry) => !test(entry));
      if (wrong.length > 0) context.addIssue({ code: 'custom', message: `${wrong.map((entry) => JSON.stringify(entry)).join(', ')} ${wrong.length === 1 ? 'is' : 'are'} not ${what}` });
    });

export const activityQuerySchema = z.object({
  after: z
    .string()
    .regex(/^\d{1,18}:\d{1,9}$/, { message: 'must be <blockNumber>:<logIndex>, e.g. 1200:3 (the "next" of the previous answer)' })
    .optional()
    .openapi(param('after', 'continue after this log: the `next` of the previous answer; leave out to start at the beginning', '1200:3')),
  limit: z
    .string()
    .optional()
    .openapi(param('limit', `logs per answer, 1 to ${activityMaxLimit} (default ${activityDefaultLimit})`, '1000'))
    .superRefine((value, context) => {
      if (value !== undefined && (!/^\d{1,4}$/.test(value) || Number(value) < 1 || Number(value) > activityMaxLimit)) {
        context.addIssue({ code: 'custom', message: `must be a whole number from 1 to ${activityMaxLimit}; got ${JSON.stringify(value)}` });
      }
    }),
  contract: list('contract', polityComponents, `one of the polity's components (${polityComponents.join(', ')})`, "only these components' logs (comma-separated)", 'rounds,results'),
  event: list('event', (entry) => /^[A-Za-z_][A-Za-z0-9_]{0,99}$/.test(entry), 'an event name (letters and digits, e.g. BallotCast)', 'only these events (comma-separated names)', 'BallotCast,DelegateChanged'),
  round: wholeNumber('round', 'only logs about this round', '2'),
  proposal: wholeNumber('proposal', 'only logs about this proposal (its id in decimal)', '4242'),
  account: z
    .string()
    .refine((value) => isAddress(value, { strict: false }), { message: 'is not an address (0x followed by 40 hexadecimal digits)' })
    .optional()
    .openapi(param('account', 'only logs chiefly about this account (voter, delegator, resident, proposer, recipient)', '0x70997970C51812dc3A010C7d01b50e0d17dc79C8')),
  fromBlock: wholeNumber('fromBlock', 'only logs in this block or later', '0', 18),
  toBlock: wholeNumber('toBlock', 'only logs in this block or earlier (the answer never goes past `indexedBlock`)', '50000', 18),
});

const hex = z.string().regex(/^0x[0-9a-fA-F]*$/);

const indexedLogSchema = z
  .object({
    blockNumber: z.string().openapi({ description: 'decimal', example: '1200' }),
    logIndex: z.number().int(),
    blockHash: hex,
    transactionHash: hex,
    address: hex.openapi({ description: 'the emitting contract, checksummed' }),
    topics: z.array(hex),
    data: hex,
    contract: z.enum(polityComponents as [PolityComponent, ...PolityComponent[]]).openapi({ description: 'which of the polity components emitted it' }),
    eventName: z.string().openapi({ example: 'BallotCast' }),
    timestamp: z.number().int().nullable().openapi({ description: "the block's timestamp, seconds since 1970" }),
  })
  .openapi('IndexedLog');

export const activityAnswerSchema = z
  .object({
    logs: z.array(indexedLogSchema),
    next: z.string().nullable().openapi({ description: 'pass as `after` for the next page; null when this answer is the last', example: '1200:3' }),
    indexedBlock: z.string().nullable().openapi({ description: 'the last block the index has completed (decimal): read later blocks from the chain', example: '50000' }),
  })
  .openapi('Activity');

function positionOf(text: string): LogPosition {
  const [block, index] = text.split(':');
  return { blockNumber: BigInt(block!), logIndex: Number(index) };
}

const commaList = (value: string | undefined) => (value === undefined ? undefined : value.split(','));

export function activityRoutes(context: ServerContext, indexer: Indexer | undefined) {
  const router = createRouter();
  const pages = new ResponseCache();
  router.openapi(
    createRoute({
      method: 'get',
      path: '/activity',
      tags: ['index'],
      summary: "The polity's indexed logs, raw, in chain order",
      description:
        "Every log of the polity's components the index holds, ordered by (block, log index), in pages: pass an answer's `next` as `after` for the next one. Decode with the SDK (`getIndexedActivity` does it all), then read blocks after `indexedBlock` from the chain.",
      request: { query: activityQuerySchema },
      responses: {
        200: { description: 'a page of logs', content: { 'application/json': { schema: activityAnswerSchema } } },
        400: problemResponse('a parameter is malformed: the message says which and how to write it'),
        503: problemResponse('the index belongs to another chain than this server is configured for'),
      },
    }),
    async (c) => {
      const fatal = indexer?.status().fatalError;
      if (fatal) throw new Problem(503, 'index_unusable', fatal);
      const query = c.req.valid('query');
      const fromBlock = query.fromBlock === undefined ? undefined : BigInt(query.fromBlock);
      const toBlock = query.toBlock === undefined ? undefined : BigInt(query.toBlock);
      if (fromBlock !== undefined && toBlock !== undefined && fromBlock > toBlock) {
        throw new Problem(400, 'invalid_request', `fromBlock ${fromBlock} is after toBlock ${toBlock}: swap them or leave one out`);
      }
      // A page read at an index head is the same for everyone until the index moves: serialised once.
      const head = await indexHead(context.db);
      const key = `${head?.block ?? ''}:${head?.hash ?? ''}|${new URL(c.req.url).search}`;
      const cached = pages.get(key);
      if (cached !== undefined) return serialisedJson(cached) as never;
      const page = await readActivity(context.db, {
        after: query.after === undefined ? undefined : positionOf(query.after),
        limit: query.limit === undefined ? activityDefaultLimit : Number(query.limit),
        contracts: commaList(query.contract) as PolityComponent[] | undefined,
        events: commaList(query.event),
        roundId: query.round === undefined ? undefined : BigInt(query.round),
        proposalId: query.proposal === undefined ? undefined : BigInt(query.proposal),
        account: query.account === undefined ? undefined : getAddress(query.account),
        fromBlock,
        toBlock,
      });
      const body = JSON.stringify({
        logs: page.logs.map((log) => ({
          ...log,
          blockNumber: log.blockNumber.toString(),
          topics: [...log.topics],
          timestamp: log.timestamp === null ? null : Number(log.timestamp),
        })),
        next: page.next ? `${page.next.blockNumber}:${page.next.logIndex}` : null,
        indexedBlock: page.indexedBlock?.toString() ?? null,
      });
      // Kept only when the page was read at the head its key names (the indexer may have moved meanwhile).
      if (head !== undefined && page.indexedBlock === head.block) {
        const after = await indexHead(context.db);
        if (after?.block === head.block && after.hash === head.hash) pages.set(key, body);
      }
      return serialisedJson(body) as never;
    },
  );
  return router;
}
