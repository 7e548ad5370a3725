/**
 * A Semaphore v4 proof as Semaphore's libraries produce and verify it, and as it travels to the relay
 * (JSON: numbers as decimal strings). Declared here because the package's own declaration of it does
 * not resolve under NodeNext module resolution.
 */
export interface SecretBallotProof {
  readonly merkleTreeDepth: number;
  readonly merkleTreeRoot: string;
  readonly nullifier: string;
  /** The ballot's message (secretBallotMessage), before Semaphore hashes it into the circuit. */
  readonly message: string;
  /** The round's scope (secretBallotScope), before Semaphore hashes it into the circuit. */
  readonly scope: string;
  /** The Groth16 proof packed as eight field elements (the order Semaphore's verifier contract takes). */
  readonly points: readonly [string, string, string, string, string, string, string, string];
}
