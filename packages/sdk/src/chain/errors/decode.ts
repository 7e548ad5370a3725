import {
  BaseError,
  decodeErrorResult,
  encodeErrorResult,
  HttpRequestError,
  SocketClosedError,
  TimeoutError,
  WebSocketRequestError,
  type Client,
  type ContractErrorArgs,
  type ContractErrorName,
  type EncodeErrorResultParameters,
  type Hex,
} from 'viem';
import { polityAbi, type PolityRevert } from './abi.js';
import { PolityError, PolityNotAnRpcEndpointError, PolityRpcUnavailableError } from './base.js';
import {
  PolityAccessError,
  PolityContractError,
  PolityDeploymentError,
  PolityTokenError,
} from './contract.js';
import { formatAccount, formatAmount, formatRole } from './format.js';
import { budgetingError } from './messages/budgeting.js';
import { governanceError } from './messages/governance.js';
import { membershipError } from './messages/membership.js';
import { treasuryError } from './messages/treasury.js';

/** Roles, ownership, tokens and deployment: the errors Polity inherits from OpenZeppelin. */
function commonError(revert: PolityRevert, cause: unknown): PolityContractError | undefined {
  const base = { errorName: revert.errorName, args: revert.args ?? [], cause };
  switch (revert.errorName) {
    case 'AccessControlUnauthorizedAccount': {
      const [account, role] = revert.args;
      return new PolityAccessError({ ...base, message: `${formatAccount(account)} lacks ${formatRole(role)}: send this from an account that holds it, or have governance grant it` });
    }
    case 'OwnableUnauthorizedAccount': {
      const [account] = revert.args;
      return new PolityAccessError({ ...base, message: `${formatAccount(account)} is not the owner: only the owner (governance) may do this` });
    }
    case 'ERC20InsufficientBalance': {
      const [sender, balance, needed] = revert.args;
      return new PolityTokenError({ ...base, message: `${formatAccount(sender)} holds ${formatAmount(balance)} tokens but ${formatAmount(needed)} are needed: top up the balance first` });
    }
    case 'ERC20InsufficientAllowance': {
      const [spender, allowance, needed] = revert.args;
      return new PolityTokenError({ ...base, message: `${formatAccount(spender)} may spend ${formatAmount(allowance)} tokens but needs ${formatAmount(needed)}: approve it first` });
    }
    case 'ComponentDeployerStoreFailed': {
      const [index] = revert.args;
      return new PolityDeploymentError({ ...base, message: `storing part ${index} of a component's code failed: the chain may limit code size; deploy on a chain with EIP-170 defaults` });
    }
    default:
      return undefined;
  }
}

/** The revert data somewhere in viem's error chain, if the node returned any. */
function revertData(error: unknown): Hex | undefined {
  let found: Hex | undefined;
  const visit = (candidate: unknown): boolean => {
    if (typeof candidate !== 'object' || candidate === null) return false;
    const { raw, data } = candidate as { raw?: unknown; data?: unknown };
    const hex = [raw, data].find((value): value is Hex => typeof value === 'string' && /^0x[0-9a-fA-F]{8,}$/.test(value));
    if (hex) found = hex;
    return hex !== undefined;
  };
  if (error instanceof BaseError) error.walk(visit);
  else visit(error);
  return found;
}

/** Whether the error means the endpoint did not answer, as opposed to answering with a refusal. */
function unreachable(error: unknown): boolean {
  if (!(error instanceof BaseError)) return false;
  const transport = error.walk(
    (cause) => cause instanceof HttpRequestError || cause instanceof TimeoutError || cause instanceof WebSocketRequestError || cause instanceof SocketClosedError,
  );
  if (!transport) return false;
  // An HTTP error carrying a JSON-RPC body (a 4xx with an error object) is an answer, not silence.
  return !(transport instanceof HttpRequestError) || transport.status === undefined || transport.status >= 500 || transport.status === 429;
}

/**
 * The HTTP failure behind an error when the server answered, but not as a JSON-RPC node: a body that
 * is not JSON (a web page), or a 4xx without a JSON-RPC error object (a 404 from a web server).
 */
export function notAnRpcAnswer(error: unknown): HttpRequestError | undefined {
  if (!(error instanceof BaseError)) return undefined;
  const http = error.walk((cause) => cause instanceof HttpRequestError);
  if (!(http instanceof HttpRequestError)) return undefined;
  if (http.status === undefined) return http.cause instanceof SyntaxError ? http : undefined;
  // viem raises RpcRequestError instead when a failing status carries a JSON-RPC error object.
  return http.status >= 400 && http.status < 500 && http.status !== 429 ? http : undefined;
}

/** The URL behind a client's transport, when it has one (http and webSocket transports do). */
export function transportUrl(client: Client): string | undefined {
  const { url } = client.transport as { url?: unknown };
  return typeof url === 'string' ? url : undefined;
}

/**
 * Turns whatever a call to a polity threw into the SDK's error: a decoded custom error becomes the
 * component's error class with a message that says what to fix, silence from the endpoint becomes
 * {@link PolityRpcUnavailableError}, and anything else is returned as it was. The original error is
 * always kept as `cause`.
 */
export function decodePolityError(error: unknown, client?: Client): unknown {
  if (error instanceof PolityError) return error;
  const answer = notAnRpcAnswer(error);
  if (answer) return new PolityNotAnRpcEndpointError({ url: (client ? transportUrl(client) : undefined) ?? answer.url, status: answer.status, cause: error });
  if (unreachable(error)) {
    // The URL as the caller configured it; viem's own errors normalise it (a trailing slash).
    const url = (client ? transportUrl(client) : undefined) ?? (error instanceof BaseError ? findUrl(error) : undefined);
    return new PolityRpcUnavailableError({ url, cause: error });
  }
  const data = revertData(error);
  if (!data) return error;
  let revert: PolityRevert;
  try {
    revert = decodeErrorResult({ abi: polityAbi, data });
  } catch {
    return error;
  }
  return (
    membershipError(revert, error) ??
    governanceError(revert, error) ??
    budgetingError(revert, error) ??
    treasuryError(revert, error) ??
    commonError(revert, error) ??
    new PolityContractError({
      errorName: revert.errorName,
      args: revert.args ?? [],
      message: `the contract refused with ${revert.errorName}(${(revert.args ?? []).map(String).join(', ')})`,
      cause: error,
    })
  );
}

function findUrl(error: BaseError): string | undefined {
  let url: string | undefined;
  error.walk((cause) => {
    const candidate = (cause as { url?: unknown }).url;
    if (typeof candidate === 'string') url = candidate;
    return url !== undefined;
  });
  return url;
}

/**
 * The error the contract would revert with, built by the SDK when it checks a rule before sending
 * (a ballot over budget, the wrong phase), so that a predicted refusal reads exactly like a real one.
 */
export function predictedError<errorName extends ContractErrorName<typeof polityAbi>>(
  errorName: errorName,
  args: ContractErrorArgs<typeof polityAbi, errorName>,
): PolityError {
  // Encoding and decoding again reuses the one decoding path, so both kinds of refusal share a message.
  const data = encodeErrorResult({ abi: polityAbi, errorName, args } as EncodeErrorResultParameters);
  const decoded = decodePolityError({ data });
  if (decoded instanceof PolityError) return decoded;
  throw new PolityError(`predictedError: ${errorName} has no SDK error class (a defect in the SDK: please report it)`);
}
