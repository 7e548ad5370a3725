/**
 * An index belongs to one chain. Before reading anything, the indexer checks that the RPC serves the
 * configured chain id, and that a database already holding an index was filled from this chain: the
 * same chain id in its cursor and the same genesis block (a fresh local chain keeps the chain id but
 * not the genesis). Pointing a server at the wrong database must stop it, not mix two histories.
 */
import type { PublicClient } from 'viem';
import type { PolityDatabase } from '../db/open.js';
import { chainBlock } from './chain-page.js';
import { readCursor, storedBlock, type StoredBlock } from './store.js';

/** The database or the RPC belongs to another chain than the configuration's: the indexer stops. */
export class IndexerChainMismatchError extends Error {
  override name = 'IndexerChainMismatchError';
}

/** Checks the chain's identity; answers the genesis block, which the index keeps to recognise it. */
export async function checkChainIdentity(chain: PublicClient, db: PolityDatabase, chainId: number): Promise<StoredBlock> {
  const served = await chain.getChainId();
  if (served !== chainId) {
    throw new IndexerChainMismatchError(`the RPC serves chain ${served} but the configuration says chain.id ${chainId}: fix chain.id or chain.rpcUrls`);
  }
  const cursor = await readCursor(db);
  if (cursor && cursor.chainId !== chainId) {
    throw new IndexerChainMismatchError(
      `this server's database holds the index of chain ${cursor.chainId}, not of chain ${chainId}: give this server its own database (database.dataDir or DATABASE_URL)`,
    );
  }
  const genesis = await chainBlock(chain, 0n);
  if (!genesis) throw new Error('the RPC has no block 0');
  const stored = await storedBlock(db, 0n);
  if (stored && stored.hash !== genesis.hash) {
    throw new IndexerChainMismatchError(
      `this server's database holds the index of another chain ${chainId} (genesis block ${stored.hash}; the RPC's is ${genesis.hash}), such as an earlier local chain: give this server a fresh database (database.dataDir or DATABASE_URL)`,
    );
  }
  return genesis;
}
