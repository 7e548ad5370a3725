import { BaseError, decodeErrorResult, HttpRequestError, SocketClosedError, TimeoutError, WebSocketRequestError, type Client, type Hex } from 'viem';
import { PolityError, PolityRpcUnavailableError } from '../chain/errors/base.js';
import { decodePolityError, transportUrl } from '../chain/errors/decode.js';
import { polityPaymasterAbi } from '../contracts/generated.js';
import { BundlerUnreachableError, PasskeyNotAccountKeyError, SponsorshipRefusedError, type SponsorshipRefusalCode } from './errors.js';

/** The paymaster's on-chain refusals, with the server's code for the same reason. */
const paymasterRefusals: Record<string, { code: SponsorshipRefusalCode; advice: string }> = {
  PolityPaymasterNotResident: {
    code: 'not_a_resident',
    advice: 'is not an admitted resident of this polity, so the city does not pay for its actions: the identity office must admit this account address first',
  },
  PolityPaymasterTargetNotSponsored: { code: 'foreign_contract', advice: 'calls a contract the city does not pay for: send only calls to the polity\'s contracts' },
  PolityPaymasterValueNotSponsored: { code: 'call_with_value', advice: 'sends ether, which the city does not pay for: send calls without value' },
  PolityPaymasterNotAnExecution: { code: 'unsupported_execution', advice: 'is not an ERC-7821 execute call: send it through a PolityAccount' },
  PolityPaymasterUnsupportedMode: { code: 'unsupported_execution', advice: 'is not a plain batch of calls: send it through a PolityAccount' },
};

/**
 * Turns what sending a user operation threw into the SDK's errors: silence from the bundler is a
 * {@link BundlerUnreachableError}, the paymaster's refusal inside `AA33` a {@link SponsorshipRefusedError},
 * a Polity contract's revert (found while the bundler simulated the calls) its decoded SDK error.
 * SDK errors (a passkey prompt cancelled, the server's refusal) pass through; anything else is returned
 * as it was.
 */
export function decodeBundlerError(error: unknown, bundlerClient: Client, sender?: string): unknown {
  if (error instanceof PolityError) return error;
  const bundlerUrl = transportUrl(bundlerClient);
  if (error instanceof BaseError) {
    const silent = error.walk((cause) => cause instanceof HttpRequestError || cause instanceof TimeoutError || cause instanceof WebSocketRequestError || cause instanceof SocketClosedError);
    const answered = silent instanceof HttpRequestError && silent.status !== undefined && silent.status < 500 && silent.status !== 429;
    if (silent && !answered) {
      const url = (silent as { url?: string }).url;
      if (url === undefined || bundlerUrl === undefined || sameUrl(url, bundlerUrl)) return new BundlerUnreachableError({ url: bundlerUrl ?? url, cause: error });
      return new PolityRpcUnavailableError({ url, cause: error });
    }
  }
  // AA24: the EntryPoint found the account's signature invalid (the account's own check, after the paymaster's).
  if (error instanceof BaseError && error.walk((cause) => /\baa24\b/i.test((cause as Error).message ?? ''))) {
    return new PasskeyNotAccountKeyError({ account: sender, cause: error });
  }
  for (const data of revertDataIn(error)) {
    const refusal = paymasterRefusal(data, error, bundlerUrl, sender);
    if (refusal) return refusal;
    const decoded = decodePolityError({ data }, undefined);
    if (decoded instanceof PolityError) {
      decoded.cause = error;
      return decoded;
    }
  }
  return error;
}

function paymasterRefusal(data: Hex, error: unknown, bundlerUrl: string | undefined, sender: string | undefined): SponsorshipRefusedError | undefined {
  let decoded;
  try {
    decoded = decodeErrorResult({ abi: polityPaymasterAbi, data });
  } catch {
    return undefined;
  }
  const refusal = paymasterRefusals[decoded.errorName];
  if (!refusal) return undefined;
  const subject = decoded.errorName === 'PolityPaymasterNotResident' ? `the account ${String(decoded.args?.[0] ?? sender)}` : 'the operation';
  return new SponsorshipRefusedError({
    status: 403,
    code: refusal.code,
    message: `the city's paymaster refused: ${subject} ${refusal.advice}`,
    url: bundlerUrl ?? '(the bundler)',
    source: 'paymaster',
    errorName: decoded.errorName,
    cause: error,
  });
}

/**
 * Revert data anywhere in the error: bundlers put it in a JSON-RPC error's `data` (sometimes nested)
 * or only in the message text (Alto: "AA33 reverted 0x…"), so both are searched, longest first.
 */
function revertDataIn(error: unknown): Hex[] {
  const found = new Set<Hex>();
  const visit = (value: unknown, depth: number): void => {
    if (depth > 6 || value === null || value === undefined) return;
    if (typeof value === 'string') {
      for (const match of value.matchAll(/0x[0-9a-fA-F]{8,}/g)) found.add(match[0].toLowerCase() as Hex);
      return;
    }
    if (typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    for (const key of ['data', 'raw', 'details', 'message', 'shortMessage', 'reason', 'revertData', 'cause']) visit(record[key], depth + 1);
  };
  visit(error, 0);
  return [...found].filter((hex) => (hex.length - 2) % 2 === 0).sort((a, b) => b.length - a.length);
}

function sameUrl(a: string, b: string): boolean {
  return a.replace(/\/+$/, '') === b.replace(/\/+$/, '');
}
