/**
 * `PolityAccount` (contracts/account/PolityAccount.sol) as a viem SmartAccount on the v0.8 EntryPoint:
 * created by the city's factory from the passkey's public key, calls sent as an ERC-7821 batch
 * (`execute(mode, executionData)`), operations signed by the passkey as OpenZeppelin's `WebAuthnAuth`
 * fields. Until the SDK's `toPolityAccount` lands, the app builds it here from the ABIs and viem alone.
 */
import { concat, encodeAbiParameters, encodeFunctionData, pad, size, slice, type Hex, type PublicClient } from 'viem';
import { entryPoint08Abi, entryPoint08Address, getUserOperationHash, toSmartAccount, toWebAuthnAccount, type SmartAccount } from 'viem/account-abstraction';
import { polityAccountAbi, polityAccountFactoryAbi } from '@polity/sdk';
import type { StoredPasskey } from './stored-passkeys';

/** ERC-7821 mode: a batch (call type 0x01) that reverts on failure (exec type 0x00), no selector. */
const batchMode = pad('0x01', { dir: 'right', size: 32 });

const executions = [
  {
    type: 'tuple[]',
    components: [
      { name: 'target', type: 'address' },
      { name: 'value', type: 'uint256' },
      { name: 'callData', type: 'bytes' },
    ],
  },
] as const;

/** OpenZeppelin `WebAuthn.WebAuthnAuth`, ABI-encoded field by field (as `WebAuthn.tryDecodeAuth` reads it). */
const webAuthnAuth = [
  { name: 'r', type: 'bytes32' },
  { name: 's', type: 'bytes32' },
  { name: 'challengeIndex', type: 'uint256' },
  { name: 'typeIndex', type: 'uint256' },
  { name: 'authenticatorData', type: 'bytes' },
  { name: 'clientDataJSON', type: 'string' },
] as const;

/** The key's two coordinates, as the factory takes them (bytes32 each). */
export function publicKeyPoint(publicKey: Hex): { x: Hex; y: Hex } {
  if (size(publicKey) !== 64) throw new Error('a passkey public key is 64 bytes (x ‖ y)');
  return { x: slice(publicKey, 0, 32), y: slice(publicKey, 32, 64) };
}

/**
 * A stand-in signature of the real one's size (a long origin and every flag), so that the bundler's
 * estimate of the operation's calldata cost is never below the signed operation's.
 */
const stubSignature = encodeAbiParameters(webAuthnAuth, [
  `0x${'ff'.repeat(32)}`,
  `0x${'7f'.repeat(32)}`,
  23n,
  1n,
  concat([`0x${'49'.repeat(32)}`, '0x05', '0x00000000']),
  `{"type":"webauthn.get","challenge":"${'A'.repeat(43)}","origin":"https://${'x'.repeat(64)}.example","crossOrigin":false,"other_keys_can_be_added_here":"do not compare clientDataJSON against a template"}`,
]);

export function polityAccount({ client, passkey, index, onSigned }: { client: PublicClient; passkey: StoredPasskey; index: bigint; onSigned: () => void }): Promise<SmartAccount> {
  const { x, y } = publicKeyPoint(passkey.publicKey);
  const owner = toWebAuthnAccount({ credential: { id: passkey.credentialId, publicKey: passkey.publicKey }, rpId: location.hostname });
  const entryPoint = { abi: entryPoint08Abi, address: entryPoint08Address, version: '0.8' } as const;

  async function signHash(hash: Hex): Promise<Hex> {
    const { signature, webauthn } = await owner.sign({ hash });
    if (webauthn.challengeIndex === undefined || webauthn.typeIndex === undefined) throw new Error('the authenticator answered without a challenge or type in its client data');
    onSigned();
    return encodeAbiParameters(webAuthnAuth, [
      slice(signature, 0, 32),
      slice(signature, 32, 64),
      BigInt(webauthn.challengeIndex),
      BigInt(webauthn.typeIndex),
      webauthn.authenticatorData,
      webauthn.clientDataJSON,
    ]);
  }

  return toSmartAccount({
    client,
    entryPoint,
    async getAddress() {
      return passkey.account;
    },
    async getFactoryArgs() {
      return { factory: passkey.factory, factoryData: encodeFunctionData({ abi: polityAccountFactoryAbi, functionName: 'createAccount', args: [x, y, index] }) };
    },
    async encodeCalls(calls) {
      const batch = calls.map((call) => ({ target: call.to, value: call.value ?? 0n, callData: call.data ?? '0x' }));
      return encodeFunctionData({ abi: polityAccountAbi, functionName: 'execute', args: [batchMode, encodeAbiParameters(executions, [batch])] });
    },
    async getStubSignature() {
      return stubSignature;
    },
    async signUserOperation({ chainId = client.chain?.id, ...userOperation }) {
      if (chainId === undefined) throw new Error('the chain is not known');
      const hash = getUserOperationHash({ chainId, entryPointAddress: entryPoint.address, entryPointVersion: '0.8', userOperation: { ...userOperation, sender: passkey.account } });
      return signHash(hash);
    },
    async signMessage() {
      throw new Error('this app signs texts for a passkey account through the server only (not yet supported)');
    },
    async signTypedData() {
      throw new Error('this app signs texts for a passkey account through the server only (not yet supported)');
    },
  });
}

