/**
 * The pieces every list's schema is made of. Amounts, ids and block numbers are decimal strings
 * (JSON numbers cannot hold 256-bit values); addresses are checksummed; hashes are 0x-prefixed hex.
 */
import { z } from '@hono/zod-openapi';
import { getAddress, isAddress } from 'viem';
import type { IndexView } from './index-view.js';
import type { IndexedEvent } from './indexed-events.js';

export const wholeNumber = z.string().openapi({ description: 'a whole number, in decimal', example: '150000' });
export const address = z.string().openapi({ description: 'a checksummed address', example: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8' });
export const hash32 = z.string().openapi({ description: '32 bytes, 0x-prefixed hex (a content hash where it names a text or image)', example: `0x${'ab'.repeat(32)}` });

/** Where an event happened: its block, its place in the block, the block's time and the transaction. */
export const positionSchema = z
  .object({
    block: wholeNumber,
    logIndex: z.number().int(),
    timestamp: wholeNumber.nullable().openapi({ description: "the block's time, seconds since 1970 (null if the index lacks the block)" }),
    transactionHash: hash32,
  })
  .openapi('Position');
export type Position = z.infer<typeof positionSchema>;

export function positionOf(event: IndexedEvent): Position {
  return { block: event.blockNumber.toString(), logIndex: event.logIndex, timestamp: event.timestamp?.toString() ?? null, transactionHash: event.transactionHash };
}

const indexedBlock = wholeNumber.nullable().openapi({ description: 'the last block the index has completed: the list is as of this block (null: nothing indexed yet)' });

/** `{ items, next, indexedBlock }`: one page of a list. */
export function pageSchema<item extends z.ZodTypeAny>(item: item, name: string) {
  return z
    .object({
      items: z.array(item),
      next: z.string().nullable().openapi({ description: 'pass as `cursor` for the next page; null on the last page' }),
      indexedBlock,
    })
    .openapi(name);
}

export const indexedBlockOf = (view: IndexView): string | null => view.head?.block.toString() ?? null;
export { indexedBlock as indexedBlockSchema };

// ── Request parameters ──

export const roundIdParam = z
  .string()
  .openapi({ param: { name: 'roundId', in: 'path' }, description: 'a round id (decimal)', example: '1' })
  .regex(/^\d{1,78}$/, { message: 'must be a round id, a whole number in decimal such as 1' })
  .transform((value) => BigInt(value));

export const proposalIdParam = z
  .string()
  .openapi({ param: { name: 'proposalId', in: 'path' }, description: 'a proposal id (decimal, as ProposalCreated gives it)' })
  .regex(/^\d{1,78}$/, { message: 'must be a proposal id, a whole number in decimal as ProposalCreated gives it' })
  .refine((value) => BigInt(value) < 2n ** 256n, { message: 'is larger than any proposal id (256 bits)' })
  .transform((value) => BigInt(value));

export function addressQuery(name: string, description: string) {
  return z
    .string()
    .optional()
    .openapi({ param: { name, in: 'query' }, description, example: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8' })
    .refine((value) => value === undefined || isAddress(value, { strict: false }), { message: 'must be an address: 0x followed by 40 hexadecimal digits' })
    .transform((value) => (value === undefined ? undefined : getAddress(value)));
}

export const topicQuery = z
  .string()
  .optional()
  .openapi({ param: { name: 'topic', in: 'query' }, description: 'a delegation topic, 0 (general) to 255', example: '0' })
  .refine((value) => value === undefined || (/^\d{1,3}$/.test(value) && Number(value) <= 255), { message: 'must be a topic number from 0 (general) to 255' })
  .transform((value) => (value === undefined ? undefined : Number(value)));
