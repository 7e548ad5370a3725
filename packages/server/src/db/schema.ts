/**
 * The server's tables, one schema for the embedded database (PGlite) and a PostgreSQL server alike.
 * Migrations in ../../drizzle are generated from this file (`pnpm --filter @polity/server
 * generate:migration`) and reviewed like code.
 */
import { bigint, customType, index, integer, numeric, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

// ── Content: published texts and images, by content hash ──

/** A published text or image, stored under keccak256 of its bytes (the hash the chain stores). */
export const contents = pgTable('contents', {
  hash: text('hash').primaryKey(),
  /** `text/markdown; charset=utf-8`, `image/png`, `image/jpeg` or `image/webp`: checked from the bytes. */
  mediaType: text('media_type').notNull(),
  bytes: bytea('bytes').notNull(),
  size: integer('size').notNull(),
  /** The account whose signed request published it first. */
  publisher: text('publisher').notNull(),
  publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Signatures of publish requests already used: a replayed request is refused. */
export const publishSignatures = pgTable(
  'publish_signatures',
  {
    /** keccak256 of the signature. */
    signatureHash: text('signature_hash').primaryKey(),
    publisher: text('publisher').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('publish_signatures_signed_at').on(table.signedAt)],
);

/**
 * Translations: a published text that declares which original it translates and its language (see
 * src/content/translation.ts). The original stays what the chain references; this row lets a reader
 * find the text in their language. `original` is a content hash (or a proposal description's hash),
 * or `names` for the city's topic and district names. The latest row per (original, language) is served.
 */
export const translations = pgTable(
  'translations',
  {
    original: text('original').notNull(),
    language: text('language').notNull(),
    /** The translation's own content hash (its bytes are in `contents`). */
    hash: text('hash').notNull(),
    publisher: text('publisher').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.original, table.language, table.hash] }), index('translations_original').on(table.original, table.publishedAt)],
);

// ── Index: the polity's events as the chain has them ──

/**
 * Every log of the polity's contracts, raw (topics and data) so that any reader decodes it with the
 * SDK's ABIs exactly as it would decode the chain's own answer, with the columns lists filter on.
 */
export const chainLogs = pgTable(
  'chain_logs',
  {
    blockNumber: bigint('block_number', { mode: 'bigint' }).notNull(),
    logIndex: integer('log_index').notNull(),
    blockHash: text('block_hash').notNull(),
    transactionHash: text('transaction_hash').notNull(),
    address: text('address').notNull(),
    topics: text('topics').array().notNull(),
    data: text('data').notNull(),
    /** The component that emitted it: registry, governor, timelock, rounds, results, escrow. */
    contract: text('contract').notNull(),
    eventName: text('event_name').notNull(),
    /** The round it concerns, when it concerns one. */
    roundId: numeric('round_id', { precision: 78, scale: 0 }),
    /** The proposal it concerns (proposal ids are 256-bit hashes). */
    proposalId: numeric('proposal_id', { precision: 78, scale: 0 }),
    /** The account it is chiefly about (voter, delegator, resident), checksummed. */
    account: text('account'),
  },
  (table) => [
    primaryKey({ columns: [table.blockNumber, table.logIndex] }),
    index('chain_logs_event_name').on(table.eventName),
    index('chain_logs_round_id').on(table.roundId),
    index('chain_logs_proposal_id').on(table.proposalId),
    index('chain_logs_account').on(table.account),
  ],
);

/** Blocks the index holds something of (a log, or the cursor): their hashes reveal a reorganisation. */
export const indexedBlocks = pgTable('indexed_blocks', {
  number: bigint('number', { mode: 'bigint' }).primaryKey(),
  hash: text('hash').notNull(),
  /** Seconds since 1970, as the block says. */
  timestamp: bigint('timestamp', { mode: 'bigint' }).notNull(),
});

/** How far the index has read: one row. */
export const indexerCursor = pgTable('indexer_cursor', {
  id: integer('id').primaryKey().default(1),
  chainId: integer('chain_id').notNull(),
  blockNumber: bigint('block_number', { mode: 'bigint' }).notNull(),
  blockHash: text('block_hash').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

// ── Sponsorship: what the city paid for ──

/** A resident action the city agreed to pay for (a signed paymaster approval). */
export const sponsoredActions = pgTable(
  'sponsored_actions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** The resident's account (the user operation's sender). */
    account: text('account').notNull(),
    userOperationHash: text('user_operation_hash').notNull().unique(),
    /** The polity contracts it calls, and the function selectors. */
    targets: text('targets').array().notNull(),
    selectors: text('selectors').array().notNull(),
    /** The most it can cost the city, in wei: what counts against the budget. */
    maxCostWei: numeric('max_cost_wei', { precision: 78, scale: 0 }).notNull(),
    approvedAt: timestamp('approved_at', { withTimezone: true }).notNull().defaultNow(),
    validUntil: timestamp('valid_until', { withTimezone: true }).notNull(),
    /** Filled in once the operation is seen on chain. */
    transactionHash: text('transaction_hash'),
    gasUsed: numeric('gas_used', { precision: 78, scale: 0 }),
    paidWei: numeric('paid_wei', { precision: 78, scale: 0 }),
  },
  (table) => [index('sponsored_actions_account_day').on(table.account, table.approvedAt), index('sponsored_actions_approved_at').on(table.approvedAt)],
);

