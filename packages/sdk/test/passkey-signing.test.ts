/**
 * The passkey account's pieces that need no bundler: the WebAuthn signature encoding (against the
 * fields an OpenZeppelin account decodes, and low s), the passkey prompt's cancellation, Polity's
 * passkey defaults, and the P-256 precompile probe on chains with and without it.
 */
import * as P256 from 'ox/P256';
import * as Signature from 'ox/Signature';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createPublicClient, createWalletClient, decodeAbiParameters, getAddress, http, keccak256, numberToHex, parseEther, parseEventLogs, parseGwei, toHex, type Hex } from 'viem';
import { entryPoint08Abi, entryPoint08Address, toPackedUserOperation, type UserOperation } from 'viem/account-abstraction';
import { mnemonicToAccount } from 'viem/accounts';
import { sendTransaction, verifyMessage, verifyTypedData, waitForTransactionReceipt, writeContract } from 'viem/actions';
import { deployPasskeySupport } from '../src/actions/deployment/deployPasskeySupport.js';
import { toPolityAccount } from '../src/account/toPolityAccount.js';
import { foundry } from 'viem/chains';
import { createPasskey } from '../src/account/createPasskey.js';
import { PasskeyCancelledError } from '../src/account/errors.js';
import { passkeyCoordinates } from '../src/account/passkeyPublicKey.js';
import { hasP256Precompile, verificationGasFloor } from '../src/account/verificationGas.js';
import { encodeWebAuthnSignature } from '../src/account/webAuthnSignature.js';
import { PolityInvalidInputError } from '../src/chain/errors/base.js';
import { startAnvil, type Anvil } from './anvil.js';
import { softwarePasskey } from './passkey-authenticator.js';

const p256Order = P256.noble.CURVE.n;
const webAuthnAuth = [
  { type: 'bytes32' },
  { type: 'bytes32' },
  { type: 'uint256' },
  { type: 'uint256' },
  { type: 'bytes' },
  { type: 'string' },
] as const;

describe('WebAuthn signatures for PolityAccount', () => {
  test("an assertion encodes as OpenZeppelin's WebAuthnAuth, and verifies over authenticatorData ‖ sha256(clientDataJSON)", async () => {
    const passkey = softwarePasskey();
    const hash = keccak256(toHex('a user operation'));
    const assertion = await passkey.account.sign({ hash });
    const [r, s, challengeIndex, typeIndex, authenticatorData, clientDataJSON] = decodeAbiParameters(webAuthnAuth, encodeWebAuthnSignature(assertion));
    expect(clientDataJSON.slice(Number(typeIndex)).startsWith('"type":"webauthn.get"')).toBe(true);
    const challenge = Buffer.from(hash.slice(2), 'hex').toString('base64url');
    expect(clientDataJSON.slice(Number(challengeIndex)).startsWith(`"challenge":"${challenge}"`)).toBe(true);
    expect(Number.parseInt(authenticatorData.slice(66, 68), 16) & 0x05).toBe(0x05); // UP and UV
    expect(BigInt(s) <= p256Order / 2n).toBe(true);
    const { x, y } = passkeyCoordinates(passkey.credential.publicKey);
    const payload = `0x${authenticatorData.slice(2)}${(await sha256(toHex(clientDataJSON))).slice(2)}` as Hex;
    expect(P256.verify({ payload, hash: true, publicKey: { prefix: 4, x: BigInt(x), y: BigInt(y) }, signature: { r: BigInt(r), s: BigInt(s) } })).toBe(true);
  });

  test('a high s is sent in its low form (OpenZeppelin refuses the other)', () => {
    const webauthn = { authenticatorData: '0x00' as Hex, clientDataJSON: '{}', challengeIndex: 0, typeIndex: 0, userVerificationRequired: true };
    const low = 12345n;
    const signature = Signature.toHex({ r: 1n, s: p256Order - low });
    const [, s] = decodeAbiParameters(webAuthnAuth, encodeWebAuthnSignature({ signature, webauthn }));
    expect(BigInt(s)).toBe(low);
  });

  test('public keys: with or without the 0x04 prefix; a compressed or short one is refused', () => {
    const passkey = softwarePasskey();
    const prefixed = passkey.credential.publicKey;
    expect(passkeyCoordinates(`0x${prefixed.slice(4)}`)).toEqual(passkeyCoordinates(prefixed));
    expect(() => passkeyCoordinates('0x1234')).toThrow(PolityInvalidInputError);
  });
});

describe('passkey prompts', () => {
  test("createPasskey asks for user verification, a resident key and the PRF extension, and a dismissed prompt is PasskeyCancelledError", async () => {
    let asked: CredentialCreationOptions | undefined;
    const creating = createPasskey({
      name: 'Ana',
      rp: { id: 'localhost', name: 'Testville' },
      authenticatorSelection: { residentKey: 'discouraged', userVerification: 'discouraged' },
      createFn: async (options) => {
        asked = options as CredentialCreationOptions;
        throw new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError');
      },
    });
    await expect(creating).rejects.toBeInstanceOf(PasskeyCancelledError);
    expect(asked?.publicKey?.authenticatorSelection).toMatchObject({ residentKey: 'required', requireResidentKey: true, userVerification: 'required' });
    // Requested at creation: some authenticators enable hmac-secret only then (the secret-ballot identity needs it).
    expect(asked?.publicKey?.extensions).toMatchObject({ prf: {} });
  });
});

describe('the P-256 precompile probe', () => {
  const chains: Anvil[] = [];
  beforeAll(async () => {
    chains.push(await startAnvil(), await startAnvil({ arguments: ['--hardfork', 'cancun'] }));
  }, 60_000);
  afterAll(async () => {
    await Promise.all(chains.map((chain) => chain.stop()));
  });

  test("answers true on anvil's default hardfork and false on cancun", async () => {
    const [osaka, cancun] = chains.map((chain) => createPublicClient({ chain: foundry, transport: http(chain.url) }));
    expect(await hasP256Precompile(osaka!)).toBe(true);
    expect(await hasP256Precompile(cancun!)).toBe(false);
  });

  // Without the precompile OpenZeppelin verifies P-256 in Solidity (about 350,000 gas more): the
  // account's own verification gas must cover that, for the first operation (which deploys it) and after.
  test.each([0, 1])('the verification gas the account sets is enough on each chain (%i: 0 with the precompile, 1 without)', async (which) => {
    const anvil = chains[which]!;
    const transport = http(anvil.url);
    const publicClient = createPublicClient({ chain: foundry, transport });
    const wallet = createWalletClient({ account: mnemonicToAccount('test test test test test test test test test test test junk'), chain: foundry, transport });
    const stand = (name: string) => getAddress(keccak256(toHex(name)).slice(0, 42));
    const { accountFactory } = await deployPasskeySupport(wallet, {
      registry: stand('registry'), governor: stand('governor'), rounds: stand('rounds'), timelock: stand('timelock'), approvalSigner: stand('signer'), deposit: 0n,
    });
    const account = await toPolityAccount({ client: publicClient, owner: softwarePasskey().account, factory: accountFactory });
    await waitForTransactionReceipt(publicClient, { hash: await sendTransaction(wallet, { to: account.address, value: parseEther('1') }) });
    for (const nonce of [0n, 1n]) {
      const { factory, factoryData } = nonce === 0n ? await account.getFactoryArgs() : { factory: undefined, factoryData: undefined };
      const unsigned = {
        sender: account.address,
        nonce,
        factory,
        factoryData,
        callData: await account.encodeCalls([{ to: wallet.account.address, data: '0x' }]),
        callGasLimit: 50_000n,
        verificationGasLimit: await verificationGasFloor(publicClient, { factory }),
        preVerificationGas: 50_000n,
        maxFeePerGas: parseGwei('3'),
        maxPriorityFeePerGas: parseGwei('1'),
        signature: '0x' as Hex,
      } satisfies UserOperation<'0.8'>;
      const operation = { ...unsigned, signature: await account.signUserOperation(unsigned) };
      const hash = await writeContract(wallet, { address: entryPoint08Address, abi: entryPoint08Abi, functionName: 'handleOps', args: [[toPackedUserOperation(operation)], wallet.account.address], gas: 3_000_000n });
      const receipt = await waitForTransactionReceipt(publicClient, { hash });
      const [event] = parseEventLogs({ abi: entryPoint08Abi, logs: receipt.logs, eventName: 'UserOperationEvent' });
      expect(event?.args.success).toBe(true);
    }
    // Deployed now: ERC-1271 answers for ERC-7739 signatures of messages and typed data, and only for this account.
    const message = 'I live in Testville';
    const signature = await account.signMessage({ message });
    expect(await verifyMessage(publicClient, { address: account.address, message, signature })).toBe(true);
    expect(await verifyMessage(publicClient, { address: account.address, message: 'I live elsewhere', signature })).toBe(false);
    const typedData = {
      domain: { name: 'Testville', version: '1', chainId: foundry.id, verifyingContract: stand('governor') },
      types: { Pledge: [{ name: 'text', type: 'string' }] },
      primaryType: 'Pledge',
      message: { text: 'plant trees' },
    } as const;
    const typedSignature = await account.signTypedData(typedData);
    expect(await verifyTypedData(publicClient, { ...typedData, address: account.address, signature: typedSignature })).toBe(true);
    expect(await verifyTypedData(publicClient, { ...typedData, message: { text: 'cut trees' }, address: account.address, signature: typedSignature })).toBe(false);
  }, 120_000);
});

async function sha256(data: Hex): Promise<Hex> {
  return numberToHex(BigInt(`0x${Buffer.from(await crypto.subtle.digest('SHA-256', Buffer.from(data.slice(2), 'hex'))).toString('hex')}`), { size: 32 });
}
