/**
 * Everything the relay checks before it pays to send a secret ballot, cheapest first: the proof is for
 * this round (scope) and this content (message), the nullifier has sends left, the proof verifies, its
 * group is the one the chain fixed for the round, and its revision is newer than the counted one. A
 * ballot that passes would pass the contract's own checks (SecretBallots.castSecretBallot) too, so the
 * city's gas is spent on ballots that count.
 */
import { secretBallotMessage, secretBallotScope, verifySecretBallotProof, type SecretBallotProof } from '@polity/sdk';
import type { Address, Hash } from 'viem';
import { NullifierRateLimitedError, SecretBallotConflictError, SecretBallotRefusedError } from './errors.js';
import type { NullifierRateLimiter } from './rate-limit.js';
import type { SecretBallotRequest } from './request.js';

/** What the relay reads from the chain (SecretBallots and its identity groups). */
export interface SecretBallotChainView {
  /** The group root the chain fixed for the round (`fixedAt` 0: not fixed yet). A public round is refused by the contract itself. */
  roundGroup(roundId: bigint): Promise<{ root: bigint; fixedAt: number }>;
  /** The revision of the ballot counted under the nullifier (0: none). */
  revisionOf(roundId: bigint, nullifier: bigint): Promise<bigint>;
}

/** The chain as the relay uses it: its reads, and sending from the city's relay account when that is configured. */
export type RelayChain = SecretBallotChainView & { send(request: SecretBallotRequest): Promise<Hash> } & ({ readonly ready: true } | { readonly ready: false; readonly reason: string });

export interface CheckSecretBallotContext {
  readonly chainId: number;
  readonly rounds: Address;
  readonly chain: SecretBallotChainView;
  readonly limiter: NullifierRateLimiter;
  readonly limit: { readonly maxBallots: number; readonly windowSeconds: number };
}

export function proofOf(request: SecretBallotRequest): SecretBallotProof {
  const { proof } = request;
  return {
    merkleTreeDepth: proof.merkleTreeDepth,
    merkleTreeRoot: proof.merkleTreeRoot.toString(),
    nullifier: proof.nullifier.toString(),
    message: proof.message.toString(),
    scope: proof.scope.toString(),
    points: proof.points.map(String) as unknown as SecretBallotProof['points'],
  };
}

export async function checkSecretBallot(request: SecretBallotRequest, context: CheckSecretBallotContext): Promise<void> {
  const { roundId, proof } = request;
  const scope = secretBallotScope({ chainId: context.chainId, rounds: context.rounds, roundId });
  if (proof.scope !== scope)
    throw new SecretBallotRefusedError('wrong_scope', `the proof's scope ${proof.scope} is not round ${roundId}'s (${scope}, from this chain, these budget rounds and this round): prove again for this round`);
  const message = secretBallotMessage({ revision: request.revision, projects: request.projects, points: request.points });
  if (proof.message !== message)
    throw new SecretBallotRefusedError('wrong_message', `the proof's message ${proof.message} is not the hash of this ballot's projects, points and revision (${message}): the ballot was changed after it was proved; prove it again`);

  const allowance = context.limiter.allows(proof.nullifier);
  if (!allowance.allowed) throw new NullifierRateLimitedError(context.limit.maxBallots, context.limit.windowSeconds, allowance.retryAt);

  if (!(await verifySecretBallotProof(proofOf(request))))
    throw new SecretBallotRefusedError('invalid_proof', 'the Semaphore proof does not verify for its root, nullifier, message and scope: it was not made by a member of the group for this ballot; prove it again from the resident\'s identity');

  const group = await context.chain.roundGroup(roundId);
  if (group.fixedAt === 0)
    throw new SecretBallotConflictError('group_not_fixed', `round ${roundId}'s group is not fixed yet (voting has not opened, or identity changes at the snapshot await sync): try again later`);
  if (proof.merkleTreeRoot !== group.root)
    throw new SecretBallotConflictError('wrong_root', `the proof is for the group root ${proof.merkleTreeRoot}, but round ${roundId}'s group at its snapshot has root ${group.root}: rebuild the group from the chain and prove again`);
  await checkStillNewest(request, context);
}

/**
 * The part of the checks that a ballot sent just before (by the same resident) can change: run again
 * in the relay's sending turn.
 */
export async function checkStillNewest(request: SecretBallotRequest, context: CheckSecretBallotContext): Promise<void> {
  const { roundId, proof } = request;
  const allowance = context.limiter.allows(proof.nullifier);
  if (!allowance.allowed) throw new NullifierRateLimitedError(context.limit.maxBallots, context.limit.windowSeconds, allowance.retryAt);
  const counted = await context.chain.revisionOf(roundId, proof.nullifier);
  if (request.revision <= counted)
    throw new SecretBallotConflictError('stale_revision', `a ballot with revision ${counted} is already counted under this nullifier, so revision ${request.revision} would not replace it: prove the ballot again with revision ${counted + 1n}`);
}
