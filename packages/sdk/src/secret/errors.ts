/**
 * What can go wrong with a secret ballot before and while it is sent. Every one is a PolityError with
 * a message that says what to do; nothing was sent when one is thrown (the relay's refusals arrive as
 * {@link PolityServerError} with the relay's code).
 */
import { PolityError } from '../chain/errors/base.js';

/** A seed, PRF output, recovery phrase or backup file that cannot give an identity. */
export class SecretIdentitySeedError extends PolityError {
  override name = 'SecretIdentitySeedError';
}

/**
 * The passkey answered without a PRF result: the authenticator (or browser) does not support the
 * WebAuthn PRF extension, or the passkey was made without it. The resident needs a recovery phrase.
 */
export class PasskeyPrfUnsupportedError extends PolityError {
  override name = 'PasskeyPrfUnsupportedError';

  constructor() {
    super(
      "this passkey (or this browser) does not support the WebAuthn PRF extension, so no secret-ballot identity can be derived from it: create the identity from a recovery phrase instead (randomIdentitySeed, then recoveryPhraseFromSeed) and ask the resident to keep the phrase",
    );
  }
}

/** A proving file's bytes are not the ones published in `@zk-kit/semaphore-artifacts`: it is not used. */
export class ProvingFileMismatchError extends PolityError {
  override name = 'ProvingFileMismatchError';
  readonly file: string;
  readonly expectedSha256: string;
  readonly actualSha256: string;

  constructor({ file, expectedSha256, actualSha256 }: { file: string; expectedSha256: string; actualSha256: string }) {
    super(
      `the proving file ${file} has SHA-256 ${actualSha256}, not the pinned ${expectedSha256}: it was altered or is from another version, so no proof is made with it; serve the file from @zk-kit/semaphore-artifacts 4.13.0 unchanged`,
    );
    this.file = file;
    this.expectedSha256 = expectedSha256;
    this.actualSha256 = actualSha256;
  }
}

/** A proving file could not be read or fetched. */
export class ProvingFileUnavailableError extends PolityError {
  override name = 'ProvingFileUnavailableError';
  readonly file: string;

  constructor({ file, cause }: { file: string; cause: unknown }) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`the proving file ${file} could not be read (${reason}): check that the app serves the Semaphore proving files (docs/secret-ballots.md)`, { cause });
    this.file = file;
  }
}

/** Semaphore has proving files for trees of depth 1 to 32 only. */
export class UnsupportedTreeDepthError extends PolityError {
  override name = 'UnsupportedTreeDepthError';
  readonly depth: number;

  constructor(depth: number) {
    super(`a secret-ballot group of tree depth ${depth} cannot be proved in: Semaphore's proving files cover depths 1 to 32`);
    this.depth = depth;
  }
}

/** The resident's identity commitment is not in the round's group at its snapshot. */
export class NotInSecretGroupError extends PolityError {
  override name = 'NotInSecretGroupError';
  readonly roundId: bigint;
  readonly commitment: bigint;

  constructor({ roundId, commitment }: { roundId: bigint; commitment: bigint }) {
    super(
      `this identity (commitment ${commitment}) is not in round ${roundId}'s group of secret voters: it was registered after the round's snapshot, or the resident was not admitted then, or this is another identity than the one registered (recover it from the passkey or recovery phrase used to register)`,
    );
    this.roundId = roundId;
    this.commitment = commitment;
  }
}

/**
 * The group rebuilt from the chain's events has another root than the one the chain holds for the
 * round's snapshot: the events read are incomplete (a node that prunes logs, a wrong start block).
 */
export class SecretGroupRootMismatchError extends PolityError {
  override name = 'SecretGroupRootMismatchError';
  readonly roundId: bigint;
  readonly rebuiltRoot: bigint;
  readonly chainRoot: bigint;

  constructor({ roundId, rebuiltRoot, chainRoot }: { roundId: bigint; rebuiltRoot: bigint; chainRoot: bigint }) {
    super(
      `the group of round ${roundId} rebuilt from the chain's events has root ${rebuiltRoot}, but the chain holds ${chainRoot} for the round's snapshot: the node did not return every registration event (use an RPC URL that keeps all logs, or set the polity's deployment block); no proof was made`,
    );
    this.roundId = roundId;
    this.rebuiltRoot = rebuiltRoot;
    this.chainRoot = chainRoot;
  }
}

/**
 * A proof made in a worker of SecretBallotProverPool failed, or the pool was closed or lost a worker
 * before proving it. Nothing was sent for this ballot; prove it again (a new pool if this one is closed).
 */
export class SecretBallotProverError extends PolityError {
  override name = 'SecretBallotProverError';
}
