/**
 * Who may publish a translation, decided before anything is stored. A text's translation: the
 * original's publisher (a resident translating their own project) or a council member (the city's
 * content role: COUNCIL_ROLE on the rounds contract). A proposal's description is on chain, not
 * published here: its proposer or a council member. The city's topic and district names: the council.
 * A translation of a translation is refused: every translation points at the text the chain holds.
 */
import { getAddress, isAddressEqual, keccak256, toBytes, type Address, type Hex } from 'viem';
import { readContract } from 'viem/actions';
import { budgetRoundsAbi, residentRegistryAbi } from '@polity/sdk';
import { readEvents, indexHead } from '../api/indexed-events.js';
import type { ServerContext } from '../context.js';
import { Problem } from '../http/problem.js';
import { chainUnavailable } from './chain-errors.js';
import { findContentMeta } from './store.js';
import { isTranslation } from './translations-store.js';
import type { TranslationClaim } from './translation.js';

const COUNCIL_ROLE = keccak256(toBytes('COUNCIL_ROLE'));

export const whoMayTranslate =
  "a text's translation: the original's publisher or a council member (COUNCIL_ROLE on the rounds contract); a proposal's: its proposer or a council member; the topic and district names: a council member";

/** Checks that `publisher` may publish this translation and that its original exists; a Problem otherwise. */
export async function requireTranslator(context: ServerContext, publisher: Address, claim: TranslationClaim): Promise<void> {
  if (claim.kind === 'names') {
    if (!(await isCouncil(context, publisher))) throw notAllowed(publisher, 'the topic and district names are translated by the council');
    await requireKnownTopics(context, Object.keys(claim.names.topics));
    return;
  }
  const author = await authorOf(context, claim.original);
  if (isAddressEqual(author, publisher) || (await isCouncil(context, publisher))) return;
  throw notAllowed(publisher, `${claim.original} is translated by its author (${getAddress(author)}) or a council member`);
}

/** Who wrote the original: its publisher here, or the proposer of the proposal whose description hashes to it. */
async function authorOf(context: ServerContext, original: Hex): Promise<Address> {
  const meta = await findContentMeta(context.db, original);
  if (meta) {
    if (!meta.mediaType.startsWith('text/')) throw new Problem(422, 'not_a_text', `${original} is an image, not a text: only texts are translated`);
    if (await isTranslation(context.db, original)) {
      throw new Problem(422, 'translation_of_translation', `${original} is itself a translation: translate the original it names, so that every translation points at the text the chain holds`);
    }
    return meta.publisher;
  }
  const head = await indexHead(context.db);
  if (head) {
    const proposals = await readEvents(context.db, { contract: 'governor', names: ['ProposalCreated'], upTo: head.block });
    const proposal = proposals.find((event) => keccak256(toBytes(event.args.description)) === original);
    if (proposal) return proposal.args.proposer;
  }
  throw new Problem(404, 'original_not_found', `nothing was published under ${original} on this server and no proposal's description hashes to it: publish the original first, or check the hash in "translation-of"`);
}

async function isCouncil(context: ServerContext, account: Address): Promise<boolean> {
  try {
    return await readContract(context.chain, { address: context.polity.rounds, abi: budgetRoundsAbi, functionName: 'hasRole', args: [COUNCIL_ROLE, account] });
  } catch (error) {
    throw chainUnavailable(context, error, "check the translator's council role");
  }
}

async function requireKnownTopics(context: ServerContext, names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  const registry = { address: context.polity.registry, abi: residentRegistryAbi } as const;
  let known: string[];
  try {
    const count = await readContract(context.chain, { ...registry, functionName: 'topicCount' });
    known = await Promise.all(Array.from({ length: Number(count) }, (_, topic) => readContract(context.chain, { ...registry, functionName: 'topicName', args: [topic] })));
  } catch (error) {
    throw chainUnavailable(context, error, "read the polity's topics");
  }
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new Problem(422, 'unknown_topic', `the polity has no topic named ${unknown.map((name) => `"${name}"`).join(', ')}: translate the topics as the chain names them (${known.map((name) => `"${name}"`).join(', ')})`);
  }
}

const notAllowed = (publisher: Address, rule: string) => new Problem(403, 'not_allowed', `${publisher} may not publish this translation: ${rule}`);
