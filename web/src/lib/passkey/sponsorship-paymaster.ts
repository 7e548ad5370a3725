/**
 * The city's paymaster for viem's bundler client: the stub (for estimating) names the paymaster with a
 * placeholder approval; the real approval comes from the city's server (`POST /sponsorship/approve`,
 * packages/server/src/sponsorship), which checks its policy, records the approval and answers the
 * paymaster fields. A refusal becomes `SponsorshipRefusedError` with the server's code and message.
 */
import { concat, numberToHex, pad, type Address, type Hex } from 'viem';
import type { PaymasterActions } from 'viem/account-abstraction';
import { SponsorshipRefusedError } from './errors';

/** Gas the paymaster's validation may use (about 27,000 measured, docs/passkey-accounts.md); no postOp. */
const paymasterVerificationGasLimit = 120_000n;
const paymasterPostOpGasLimit = 1n;

/** validAfter ‖ validUntil ‖ a 65-byte signature, all placeholders of the right size. */
const stubData: Hex = concat([pad('0x00', { size: 6 }), pad('0xffffffffffff', { size: 6 }), `0x${'ab'.repeat(64)}1b`]);

type Quantity = bigint | number | undefined;
const quantity = (value: Quantity) => (value === undefined ? undefined : numberToHex(BigInt(value)));

export function sponsorshipPaymaster({ serverUrl, paymaster }: { serverUrl: string; paymaster: Address }): PaymasterActions {
  return {
    async getPaymasterStubData() {
      return { paymaster, paymasterData: stubData, paymasterVerificationGasLimit, paymasterPostOpGasLimit };
    },
    async getPaymasterData(operation) {
      const request = {
        sender: operation.sender,
        nonce: quantity(operation.nonce),
        factory: 'factory' in operation ? (operation.factory ?? null) : null,
        factoryData: 'factoryData' in operation ? (operation.factoryData ?? null) : null,
        callData: operation.callData,
        callGasLimit: quantity(operation.callGasLimit),
        verificationGasLimit: quantity(operation.verificationGasLimit),
        preVerificationGas: quantity(operation.preVerificationGas),
        maxFeePerGas: quantity(operation.maxFeePerGas),
        maxPriorityFeePerGas: quantity(operation.maxPriorityFeePerGas),
        paymasterVerificationGasLimit: quantity(('paymasterVerificationGasLimit' in operation ? operation.paymasterVerificationGasLimit : undefined) ?? paymasterVerificationGasLimit),
        paymasterPostOpGasLimit: quantity(('paymasterPostOpGasLimit' in operation ? operation.paymasterPostOpGasLimit : undefined) ?? paymasterPostOpGasLimit),
      };
      let response: Response;
      try {
        response = await fetch(`${serverUrl}/sponsorship/approve`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
      } catch (error) {
        throw new SponsorshipRefusedError('unreachable', `the city's server did not answer: ${(error as Error).message}`, undefined);
      }
      const body = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string } } & Record<string, string>;
      if (!response.ok) throw new SponsorshipRefusedError(body.error?.code ?? `http_${response.status}`, body.error?.message ?? `the city's server answered HTTP ${response.status}`, response.status);
      return {
        paymaster: body.paymaster as Address,
        paymasterData: body.paymasterData as Hex,
        paymasterVerificationGasLimit: BigInt(body.paymasterVerificationGasLimit!),
        paymasterPostOpGasLimit: BigInt(body.paymasterPostOpGasLimit!),
      };
    },
  };
}
