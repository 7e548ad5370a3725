/**
 * Content published on the strength of a reference instead of a signature. A resident with a passkey
 * should confirm one action once: the project they submit puts its description's hash on chain, and
 * that is already the resident's signed word on exactly those bytes. So the server takes a text whose
 * hash a polity event in a mined transaction names (the author is the event's account), and an image
 * whose hash a text already published here names (a project description's photos; the author is the
 * text's publisher). Nothing unreferenced is ever stored: there is no pending state to expire or abuse,
 * and each referenced text cost its author an on-chain action the chain and the city's sponsorship limit.
 */
import { isAddressEqual, parseEventLogs, TransactionReceiptNotFoundError, type Address, type Hash, type Hex, type TransactionReceipt } from 'viem';
import { getTransactionReceipt } from 'viem/actions';
import { budgetRoundsAbi } from '@polity/sdk';
import type { ServerContext } from '../context.js';
import { Problem } from '../http/problem.js';
import { chainUnavailable } from './chain-errors.js';
import { findContent } from './store.js';

/** Where the body's hash is referenced: a transaction's events, or a text published here. */
export type ContentReference = { readonly transaction: Hash } | { readonly text: Hex };

export const referencedEvents = 'ProjectSubmitted (its descriptionHash) on the polity\'s rounds contract';

/** The account whose reference makes `contentHash` publishable, or a Problem saying what is missing. */
export async function referencingAuthor(context: ServerContext, contentHash: Hex, reference: ContentReference): Promise<Address> {
  return 'transaction' in reference ? authorInTransaction(context, contentHash, reference.transaction) : authorOfNamingText(context, contentHash, reference.text);
}

async function authorInTransaction(context: ServerContext, contentHash: Hex, transaction: Hash): Promise<Address> {
  const receipt = await receiptOf(context, transaction);
  const rounds = context.polity.rounds;
  // Only the polity's own contract counts: anyone can deploy a contract that emits a look-alike event.
  const logs = receipt.status === 'success' ? receipt.logs.filter((log) => isAddressEqual(log.address, rounds)) : [];
  const submitted = parseEventLogs({ abi: budgetRoundsAbi, logs, eventName: 'ProjectSubmitted', strict: true });
  const match = submitted.find((event) => event.args.descriptionHash.toLowerCase() === contentHash);
  if (match) return match.args.proposer;
  throw new Problem(
    422,
    'not_referenced',
    `transaction ${transaction} has no ${referencedEvents} with hash ${contentHash}: send the exact text whose hash the project was submitted with, and that project's transaction`,
  );
}

async function receiptOf(context: ServerContext, transaction: Hash): Promise<TransactionReceipt> {
  try {
    return await getTransactionReceipt(context.chain, { hash: transaction });
  } catch (error) {
    if (error instanceof TransactionReceiptNotFoundError) {
      throw new Problem(404, 'transaction_not_found', `the polity's chain has no mined transaction ${transaction}: send the text again once the transaction is mined, with that transaction's hash`);
    }
    throw chainUnavailable(context, error, 'read the referencing transaction');
  }
}

async function authorOfNamingText(context: ServerContext, contentHash: Hex, textHash: Hex): Promise<Address> {
  const text = await findContent(context.db, textHash);
  if (!text) throw new Problem(404, 'content_not_found', `no text was published here under ${textHash}: publish the text that shows this image first`);
  const named = new TextDecoder().decode(text.bytes).toLowerCase().includes(contentHash);
  if (!text.mediaType.startsWith('text/') || !named) {
    throw new Problem(422, 'not_referenced', `the content ${textHash} does not name ${contentHash}: send an image whose hash the published text links to`);
  }
  return text.publisher;
}
