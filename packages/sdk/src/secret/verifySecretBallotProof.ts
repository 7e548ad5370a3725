/**
 * Checks a secret ballot's proof off chain, as Semaphore's verifier contract would (the relay does this
 * before paying to send it; anyone may, from the proof in the transaction). A proof that is not even
 * well formed (points outside the field) is simply invalid.
 */
import { verifyProof } from '@semaphore-protocol/proof';
import type { SecretBallotProof } from './secretBallotProof.js';

export async function verifySecretBallotProof(proof: SecretBallotProof): Promise<boolean> {
  try {
    return await verifyProof({ ...proof, points: [...proof.points] } as Parameters<typeof verifyProof>[0]);
  } catch {
    return false;
  }
}
