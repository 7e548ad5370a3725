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
  /** The chain the client's node is on. */
  readonly connectedChainId: number;
  /** The chain the polity lives on. */
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

  constructor({ url, cause, message }: { url: string | undefined; cause: unknown; message?: string }) {
    super(
      message ?? `the RPC endpoint ${url ?? '(the client transport)'} did not answer: check the URL and that the node is up, or use another provider`,
      { cause },
    );
    this.url = url;
  }
}

/**
 * Something answered at the RPC URL, but not as an Ethereum JSON-RPC node: a web page, a 404, a server
 * of another kind. Usually the URL of the web app or the city's server was given instead of the node's.
 */
export class PolityNotAnRpcEndpointError extends PolityRpcUnavailableError {
  override name = 'PolityNotAnRpcEndpointError';
  /** The HTTP status it answered with, when there was one. */
  readonly status: number | undefined;

  /** `answer` describes what came back when there was no telling status (default: not JSON). */
  constructor({ url, status, cause, answer }: { url: string | undefined; status: number | undefined; cause: unknown; answer?: string }) {
    const endpoint = url ?? 'the client transport';
    const message =
      status === 401 || status === 403
        ? `${endpoint} refused access (HTTP ${status}): check the provider's API key in the URL, or use another RPC endpoint`
        : `${endpoint} answered with ${status === undefined ? (answer ?? 'something that is not JSON') : `HTTP ${status}`}, not as an Ethereum JSON-RPC node: ` +
          "give the URL of a node's RPC endpoint (for a local anvil http://127.0.0.1:8545), not a web page or another server";
    super({ url, cause, message });
    this.status = status;
  }
}

/**
 * An address of the polity has no code on the connected chain: a polity file from another network,
 * a restarted local chain, or a mistyped address.
 */
export class PolityNoContractError extends PolityError {
  override name = 'PolityNoContractError';
  /** The address that holds no code. */
  readonly address: `0x${string}`;
  /** The chain it was looked up on. */
  readonly chainId: number;
  /** Which of the polity's components it was meant to be (`rounds`), when known. */
  readonly component: string | undefined;

  constructor({ address, chainId, component }: { address: `0x${string}`; chainId: number; component?: string }) {
    super(
      `no contract at ${address}${component === undefined ? '' : ` (the polity's ${component})`} on chain ${chainId}: is this the right network? ` +
        'Check the RPC URL and the polity file (a restarted local chain forgets everything deployed on it).',
    );
    this.address = address;
    this.chainId = chainId;
    this.component = component;
  }
}

/** A transaction was mined but reverted although its simulation passed (the state changed in between). */
export class PolityTransactionRevertedError extends PolityError {
  override name = 'PolityTransactionRevertedError';
  /** The reverted transaction. */
  readonly hash: `0x${string}`;

  constructor({ hash, action }: { hash: `0x${string}`; action: string }) {
    super(`${action}: transaction ${hash} reverted on-chain although its simulation passed (the state changed meanwhile): read the state again and retry`);
    this.hash = hash;
  }
}
