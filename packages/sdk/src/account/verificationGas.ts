import * as P256 from 'ox/P256';
import { concat, keccak256, numberToHex, stringToHex, type Client, type Hex } from 'viem';
import type { UserOperation } from 'viem/account-abstraction';
import { call } from 'viem/actions';

/**
 * The verification gas a `PolityAccount` operation gets. A bundler estimates it with the stub
 * signature, which the account refuses at the WebAuthn challenge check, before the costly part (the
 * two SHA-256 and the P-256 verification); so the estimate would be short and the real operation would
 * run out of gas. These figures cover the real path with a margin (docs/passkey-accounts.md, "Gas":
 * the account's validation is about 25,000 with the precompile, 370,000 without; deploying the clone
 * about 110,000). Unused verification gas is not charged, it only raises the operation's prefund.
 */
const withPrecompile = { validation: 120_000n, deployment: 200_000n } as const;
const withoutPrecompile = { validation: 600_000n, deployment: 200_000n } as const;

export async function verificationGasFloor(client: Client, userOperation: Partial<UserOperation<'0.8'>>): Promise<bigint> {
  const costs = (await hasP256Precompile(client)) ? withPrecompile : withoutPrecompile;
  const deploys = userOperation.factory !== undefined && userOperation.factory !== null;
  return costs.validation + (deploys ? costs.deployment : 0n);
}

/** EIP-7951 (RIP-7212 on rollups): the P-256 verification precompile. */
const p256Precompile = '0x0000000000000000000000000000000000000100';
const answers = new WeakMap<Client, Promise<boolean>>();

/** Whether the chain verifies P-256 natively; otherwise OpenZeppelin's Solidity fallback runs. */
export function hasP256Precompile(client: Client): Promise<boolean> {
  let answer = answers.get(client);
  if (!answer) {
    answer = (async () => {
      // A signature the precompile must accept: it answers 1, and nothing at an address without code.
      const privateKey = keccak256(stringToHex('polity: does this chain verify P-256?'));
      const hash = keccak256(stringToHex('probe'));
      const { r, s } = P256.sign({ payload: hash, privateKey, extraEntropy: false });
      const { x, y } = P256.getPublicKey({ privateKey });
      const input: Hex = concat([hash, ...[r, s, x, y].map((value) => numberToHex(value, { size: 32 }))]);
      const { data } = await call(client, { to: p256Precompile, data: input }).catch(() => ({ data: undefined }));
      return data !== undefined && BigInt(data === '0x' ? 0 : data) === 1n;
    })();
    answers.set(client, answer);
  }
  return answer;
}
