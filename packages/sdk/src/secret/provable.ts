/**
 * What must hold before a secret ballot is proved, checked where the caller can still act on it: the
 * identity is in the group, and the proving files are for the group's tree depth. Shared by
 * proveSecretBallot and the Node prover pool, so both refuse the same inputs with the same errors.
 */
import type { Group } from '@semaphore-protocol/group';
import type { Identity } from '@semaphore-protocol/identity';
import { PolityInvalidInputError } from '../chain/errors/base.js';
import { NotInSecretGroupError } from './errors.js';
import { treeDepthForGroupSize, type ProvingFiles } from './provingFiles.js';

/** Throws unless `identity` can prove membership of `group` with `provingFiles`; returns the tree depth. */
export function requireProvable({ identity, group, roundId, provingFiles }: { identity: Identity; group: Group; roundId: bigint; provingFiles: ProvingFiles }): number {
  if (group.indexOf(identity.commitment) < 0) throw new NotInSecretGroupError({ roundId, commitment: identity.commitment });
  const depth = treeDepthForGroupSize(group.size);
  if (provingFiles.depth !== depth) throw new PolityInvalidInputError('provingFiles', `are for tree depth ${provingFiles.depth}, but a group of ${group.size} is proved at depth ${depth}: load the files for depth ${depth}`);
  return depth;
}
