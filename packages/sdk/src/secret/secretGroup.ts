/**
 * A group of secret voters: Semaphore's Lean IMT of identity commitments, the same tree IdentityGroups
 * keeps on chain (readSecretGroup rebuilds a round's from the chain's events).
 */
import { Group } from '@semaphore-protocol/group';

export function createSecretGroup(commitments: readonly bigint[] = []): Group {
  return new Group([...commitments]);
}

export type { Group as SecretGroup };
