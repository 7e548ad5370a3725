/**
 * The base of every error the SDK's chain layer throws. `shortMessage` is the sentence that says what
 * went wrong and what to do; `cause` keeps whatever viem or the node reported, untouched.
 */
export class PolityError extends Error {
  override name = 'PolityError';
  readonly shortMessage: string;

  constructor(shortMessage: string, options: { cause?: unknown } = {}) {
    super(shortMessage, options.cause === undefined ? undefined : { cause: options.cause });
    this.shortMessage = shortMessage;
  }
}

/** An input refused before anything was sent (an address that is not one, a negative amount, ...). */
export class PolityInvalidInputError extends PolityError {
  override name = 'PolityInvalidInputError';
  /** The parameter at fault, as the action names it (`residents[2].account`). */
  readonly parameter: string;

  constructor(parameter: string, message: string) {
    super(`${parameter}: ${message}`);
    this.parameter = parameter;
  }
}

/** The client is connected to a different chain than the polity lives on. */
export class PolityWrongNetworkError extends PolityError {
  override name = 'PolityWrongNetworkError';
  readonly connectedChainId: number;
  readonly polityChainId: number;

  constructor({ connectedChainId, polityChainId }: { connectedChainId: number; polityChainId: number }) {
    super(`connected to chain ${connectedChainId} but this polity lives on chain ${polityChainId}: switch network`);
    this.connectedChainId = connectedChainId;
    this.polityChainId = polityChainId;
  }
}

/** The RPC endpoint did not answer (refused, timed out, or failed at the HTTP level). */
export class PolityRpcUnavailableError extends PolityError {
  override name = 'PolityRpcUnavailableError';
  /** The endpoint, when the transport has one. */
  readonly url: string | undefined;

  constructor({ url, cause }: { url: string | undefined; cause: unknown }) {
    super(
      `the RPC endpoint ${url ?? '(the client transport)'} did not answer: check the URL and that the node is up, or use another provider`,
      { cause },
    );
    this.url = url;
  }
}

/** A transaction was mined but reverted although its simulation passed (the state changed in between). */
export class PolityTransactionRevertedError extends PolityError {
  override name = 'PolityTransactionRevertedError';
  readonly hash: `0x${string}`;

  constructor({ hash, action }: { hash: `0x${string}`; action: string }) {
    super(`${action}: transaction ${hash} reverted on-chain although its simulation passed (the state changed meanwhile): read the state again and retry`);
    this.hash = hash;
  }
}
