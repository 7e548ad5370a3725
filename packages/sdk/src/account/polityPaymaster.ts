import { concat, getAddress, isAddress, isHex, numberToHex, type Address, type Hex } from 'viem';
import {
  entryPoint08Address,
  type GetPaymasterDataParameters,
  type GetPaymasterDataReturnType,
  type GetPaymasterStubDataParameters,
  type GetPaymasterStubDataReturnType,
} from 'viem/account-abstraction';
import { PolityInvalidInputError } from '../chain/errors/base.js';
import { PolityServerError } from '../server/errors.js';
import { requestServer, serverBase } from '../server/request.js';
import { SponsorshipRefusedError } from './errors.js';

export interface PolityPaymasterParameters {
  /** The city's Polity server (packages/server), which signs the approvals. */
  readonly serverUrl: string;
  /** The city's paymaster; default: the one the server's `/sponsorship/policy` names. */
  readonly paymaster?: Address;
}

/** What `createBundlerClient({ paymaster })` takes: the two hooks viem calls while preparing an operation. */
export interface PolityPaymaster {
  readonly serverUrl: string;
  getPaymasterStubData(parameters: GetPaymasterStubDataParameters): Promise<GetPaymasterStubDataReturnType>;
  getPaymasterData(parameters: GetPaymasterDataParameters): Promise<GetPaymasterDataReturnType>;
}

export type PolityPaymasterReturnType = PolityPaymaster;

export type PolityPaymasterErrorType = SponsorshipRefusedError | PolityServerError | PolityInvalidInputError;

/**
 * The city's sponsorship as a viem paymaster: `createBundlerClient({ paymaster: polityPaymaster({ serverUrl }) })`.
 * Gas is estimated with a stub approval of the real size; then the city's server is asked to approve
 * the operation with its final gas limits and fees (`POST /sponsorship/approve`), and its answer goes into
 * the operation's paymaster fields before the passkey signs. A refusal (not a resident, today's quota, the
 * period's budget, ...) is a {@link SponsorshipRefusedError}, thrown before anything is signed or sent.
 */
export function polityPaymaster(parameters: PolityPaymasterParameters): PolityPaymasterReturnType {
  const base = serverBase(parameters.serverUrl);
  let paymaster: Promise<Address> | undefined =
    parameters.paymaster === undefined ? undefined : Promise.resolve(requirePaymaster(parameters.paymaster, 'paymaster'));

  // The policy names the paymaster, and says at once when the city cannot sponsor anything.
  const paymasterAddress = () => {
    paymaster ??= readPolicyPaymaster(base).catch((error: unknown) => {
      paymaster = undefined;
      throw error;
    });
    return paymaster;
  };

  return {
    serverUrl: base,

    async getPaymasterStubData(request) {
      requireEntryPoint08(request.entryPointAddress);
      return { paymaster: await paymasterAddress(), paymasterData: stubPaymasterData, paymasterPostOpGasLimit: 0n };
    },

    async getPaymasterData(request) {
      requireEntryPoint08(request.entryPointAddress);
      if (request.callGasLimit === undefined || request.verificationGasLimit === undefined || request.preVerificationGas === undefined) {
        throw new PolityInvalidInputError('userOperation', 'has no gas limits yet: the city approves an operation with its final gas limits, so estimate gas first');
      }
      const url = `${base}/sponsorship/approve`;
      const body = {
        sender: request.sender,
        nonce: numberToHex(request.nonce),
        factory: request.factory ?? null,
        factoryData: request.factoryData ?? null,
        callData: request.callData,
        callGasLimit: numberToHex(request.callGasLimit),
        verificationGasLimit: numberToHex(request.verificationGasLimit),
        preVerificationGas: numberToHex(request.preVerificationGas),
        maxFeePerGas: numberToHex(request.maxFeePerGas ?? 0n),
        maxPriorityFeePerGas: numberToHex(request.maxPriorityFeePerGas ?? 0n),
        paymasterVerificationGasLimit: numberToHex(request.paymasterVerificationGasLimit ?? 0n),
        paymasterPostOpGasLimit: numberToHex(request.paymasterPostOpGasLimit ?? 0n),
      };
      const response = await asRefusal(() =>
        requestServer(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
      );
      const approval = (await response.json()) as ApprovalAnswer;
      if (!isAddress(approval.paymaster) || !isHex(approval.paymasterData)) {
        throw new PolityServerError({ status: response.status, code: 'malformed_approval', message: 'the approval has no paymaster address or data: the server is not a Polity server of this version', url });
      }
      return {
        paymaster: getAddress(approval.paymaster),
        paymasterData: approval.paymasterData,
        paymasterVerificationGasLimit: BigInt(approval.paymasterVerificationGasLimit),
        paymasterPostOpGasLimit: BigInt(approval.paymasterPostOpGasLimit),
      };
    },
  };
}

/** `POST /sponsorship/approve`'s answer (packages/server/src/sponsorship/routes.ts), the fields used here. */
interface ApprovalAnswer {
  readonly paymaster: string;
  readonly paymasterVerificationGasLimit: string;
  readonly paymasterPostOpGasLimit: string;
  readonly paymasterData: Hex;
}

/** `GET /sponsorship/policy`'s answer, the fields used here. */
interface PolicyAnswer {
  readonly ready: boolean;
  readonly unavailableReason: string | null;
  readonly paymaster: string | null;
}

async function readPolicyPaymaster(base: string): Promise<Address> {
  const url = `${base}/sponsorship/policy`;
  const policy = (await (await requestServer(url)).json()) as PolicyAnswer;
  if (!policy.ready || policy.paymaster === null) {
    throw new SponsorshipRefusedError({
      status: 503,
      code: 'sponsorship_unavailable',
      message: `the city cannot pay for residents' actions now (${policy.unavailableReason ?? 'no paymaster is configured'}); the city's IT staff must set it up`,
      url,
    });
  }
  return requirePaymaster(policy.paymaster, 'the server policy paymaster');
}

/** The server's refusals (403, 429, 503 and its 400 for unreadable calls) as {@link SponsorshipRefusedError}. */
async function asRefusal<result>(request: () => Promise<result>): Promise<result> {
  try {
    return await request();
  } catch (error) {
    if (error instanceof PolityServerError && ([403, 429, 503].includes(error.status) || error.code === 'undecodable_call')) {
      throw new SponsorshipRefusedError({ status: error.status, code: error.code, message: error.serverMessage, url: error.url, cause: error });
    }
    throw error;
  }
}

function requirePaymaster(value: string, parameter: string): Address {
  if (!isAddress(value, { strict: false })) throw new PolityInvalidInputError(parameter, `${JSON.stringify(value)} is not an address`);
  return getAddress(value);
}

function requireEntryPoint08(entryPoint: Address): void {
  if (entryPoint.toLowerCase() !== entryPoint08Address.toLowerCase()) {
    throw new PolityInvalidInputError('entryPointAddress', `${entryPoint} is not the v0.8 EntryPoint ${entryPoint08Address}, the only one the city's paymaster works with`);
  }
}

/**
 * An approval of the real size (`validAfter` ‖ `validUntil` ‖ a 65-byte ECDSA signature) for gas
 * estimation. Its signature is not the server's, so the paymaster reports it as failed (and the
 * EntryPoint would refuse it); `s` is low and `v` 27 so that recovering it costs what a real one does.
 */
const stubPaymasterData: Hex = concat([
  numberToHex(0, { size: 6 }),
  numberToHex(0, { size: 6 }),
  `0x${'7f'.repeat(32)}`,
  `0x${'3f'.repeat(32)}`,
  '0x1b',
]);
