/**
 * A city with secret ballots on a fresh anvil, for the relay's tests: the contracts deployed from forge's
 * artifacts (out/, as test/secrecy/SecretFixture.sol deploys them) and wired as governance would wire
 * them; residents admitted, each registering a Semaphore identity from its own account (impersonated);
 * one secret round with accepted projects, in its voting phase. Not a test file itself.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startAnvil, type Anvil } from '@polity/sdk/node';
import { secretIdentityFromSeed, type SecretIdentity } from '@polity/sdk';
import { bytesToHex, hexToBytes, createPublicClient, createTestClient, createWalletClient, decodeEventLog, http, keccak256, toHex, TransactionReceiptNotFoundError, type Abi, type Address, type Hex, type PublicClient } from 'viem';
import { mnemonicToAccount } from 'viem/accounts';
import { getBlock } from 'viem/actions';
import { foundry } from 'viem/chains';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const mnemonic = 'test test test test test test test test test test test junk';
const poseidonT3 = '0x3333333C0A88F9BE4fd23ed0536F9B6c427e3B93';

interface Artifact {
  readonly abi: Abi;
  readonly bytecode: Hex;
  readonly deployedBytecode: Hex;
}

export function artifact(name: string): Artifact {
  const json = JSON.parse(readFileSync(join(root, 'out', `${name}.sol`, `${name}.json`), 'utf8')) as { abi: Abi; bytecode: { object: Hex }; deployedBytecode: { object: Hex } };
  return { abi: json.abi, bytecode: json.bytecode.object, deployedBytecode: json.deployedBytecode.object };
}

export interface SecretCity {
  readonly anvil: Anvil;
  readonly chain: PublicClient;
  readonly registry: Address;
  readonly rounds: Address;
  readonly identityGroups: Address;
  readonly secretBallots: Address;
  readonly roundId: bigint;
  readonly identities: readonly SecretIdentity[];
  /** The relay account's private key (anvil's account 3). */
  readonly relayKey: Hex;
  readonly relayAddress: Address;
  readonly config: (dataDir: string, relay: Record<string, unknown>) => Record<string, unknown>;
  stop(): Promise<void>;
}

export interface SecretCityOptions {
  readonly residents: number;
  /** Project costs (all accepted); the round's budget. */
  readonly costs: readonly bigint[];
  readonly budget: bigint;
  /** Approval ballots: how many projects one may name at most. */
  readonly maxProjects: number;
}

export async function startSecretCity({ residents, costs, budget, maxProjects }: SecretCityOptions): Promise<SecretCity> {
  // out/ is whatever the tree last compiled: while contracts change it may be over EIP-170 for a while.
  const anvil = await startAnvil({ arguments: ['--gas-limit', '100000000', '--disable-code-size-limit'] });
  try {
    const transport = http(anvil.url, { retryCount: 0 });
    const chain = createPublicClient({ chain: foundry, transport, cacheTime: 0 }) as PublicClient;
    const test = createTestClient({ chain: foundry, mode: 'anvil', transport });
    const wallet = (index: number) => createWalletClient({ account: mnemonicToAccount(mnemonic, { addressIndex: index }), chain: foundry, transport });
    const [governance, council, registrar] = [wallet(0), wallet(1), wallet(2)];
    const relay = mnemonicToAccount(mnemonic, { addressIndex: 3 });
    // Asks for the receipt itself instead of waiting for a new block as waitForTransactionReceipt does:
    // anvil mines one block per transaction here, so when one block-number poll failed under load the
    // block it missed was the last one, and the wait ran into its 180 s timeout with the receipt there.
    const mined = async (hash: Hex) => {
      for (;;) {
        const receipt = await chain.getTransactionReceipt({ hash }).catch((error: unknown) => {
          if (error instanceof TransactionReceiptNotFoundError) return undefined;
          throw error;
        });
        if (receipt) {
          if (receipt.status !== 'success') throw new Error(`transaction ${hash} reverted`);
          return receipt;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const deploy = async (name: string, args: readonly unknown[]): Promise<Address> => {
      const { abi, bytecode } = artifact(name);
      const receipt = await mined(await governance.deployContract({ abi, bytecode, args, gas: 30_000_000n }));
      return receipt.contractAddress!;
    };
    // Simulated first, so that a refusal comes back with the contract's error.
    const send = async (from: Address, address: Address, name: string, functionName: string, args: readonly unknown[]) => {
      const { request } = await chain.simulateContract({ account: from, address, abi: artifact(name).abi, functionName, args });
      // A margin over the estimate: checkpoints cost more when the transaction lands in a new second.
      const gas = ((await chain.estimateContractGas(request)) * 3n) / 2n;
      return mined(await createWalletClient({ account: from, chain: foundry, transport }).writeContract({ ...request, gas }));
    };
    const call = (from: ReturnType<typeof wallet>, address: Address, name: string, functionName: string, args: readonly unknown[]) => send(from.account.address, address, name, functionName, args);

    await test.setCode({ address: poseidonT3, bytecode: artifact('PoseidonT3').deployedBytecode });
    const registry = await deploy('ResidentRegistry', ['Secret City', 4n, governance.account.address, registrar.account.address, []]);
    const rounds = await deploy('BudgetRounds', [registry, governance.account.address, council.account.address]);
    const identityGroups = await deploy('IdentityGroups', [registry]);
    const verifier = await deploy('SemaphoreVerifier', []);
    const secretBallots = await deploy('SecretBallots', [rounds, identityGroups, verifier, governance.account.address]);
    const token = await deploy('TestToken', []);
    const role = (name: string) => keccak256(toHex(name));
    await call(governance, registry, 'ResidentRegistry', 'setIdentityGroups', [identityGroups]);
    await call(governance, rounds, 'BudgetRounds', 'grantRole', [role('BALLOT_CHANNEL_ROLE'), secretBallots]);
    await call(governance, rounds, 'BudgetRounds', 'grantRole', [role('ROUND_MANAGER_ROLE'), council.account.address]);

    // Residents: plain addresses, impersonated to register their identities from their own accounts.
    const accounts = Array.from({ length: residents }, (_, index) => `0x${(0x10000 + index).toString(16).padStart(40, '0')}` as Address);
    const identities = accounts.map((_, index) => secretIdentityFromSeed(hexToBytes(keccak256(toHex(`resident ${index}`)))));
    const { timestamp } = await getBlock(chain);
    for (let start = 0; start < accounts.length; start += 100) {
      const batch = accounts.slice(start, start + 100).map((account) => ({ account, credential: keccak256(account), district: 1, expiresAt: Number(timestamp) + 365 * 86_400 }));
      await call(registrar, registry, 'ResidentRegistry', 'admit', [batch]);
    }
    for (const [index, account] of accounts.entries()) {
      await test.impersonateAccount({ address: account });
      await test.setBalance({ address: account, value: 10n ** 18n });
      await send(account, identityGroups, 'IdentityGroups', 'register', [identities[index]!.commitment]);
    }

    const now = Number((await getBlock(chain)).timestamp);
    const day = 86_400;
    const config = {
      token,
      district: 0,
      delegation: false,
      topic: 0,
      maxSubmissionsPerResident: 5,
      budget,
      ballot: { kind: 0, minProjects: 1, maxProjects, minSpendBps: 0, points: 0, maxPointsPerProject: 0 },
      timeline: { reviewStart: now + 7 * day, votingStart: now + 14 * day, votingEnd: now + 28 * day },
      counting: { rule: 0, stopAtMisfit: false, minSupport: 0n, completion: 0, challengeWindow: 0, challengeBond: 0n },
      descriptionHash: keccak256(toHex('a secret round')),
    };
    const opened = await call(council, rounds, 'BudgetRounds', 'openSecretRound', [config, ['green spaces']]);
    const roundsAbi = artifact('BudgetRounds').abi;
    const roundId = opened.logs
      .map((log) => {
        try {
          return decodeEventLog({ abi: roundsAbi, ...log });
        } catch {
          return undefined;
        }
      })
      .find((event) => event?.eventName === 'RoundOpened')!.args as unknown as { roundId: bigint };
    // Five projects per proposer at most (the rounds' default limit).
    for (const [index, cost] of costs.entries()) await send(accounts[Math.floor(index / 5)]!, rounds, 'BudgetRounds', 'submitProject', [roundId.roundId, cost, 0, 0, 0, keccak256(toHex(`project ${index}`))]);
    await test.setNextBlockTimestamp({ timestamp: BigInt(config.timeline.reviewStart) });
    await test.mine({ blocks: 1 });
    for (let project = 0; project < costs.length; project++) await call(council, rounds, 'BudgetRounds', 'acceptProject', [roundId.roundId, project]);
    await test.setNextBlockTimestamp({ timestamp: BigInt(config.timeline.votingStart) });
    await test.mine({ blocks: 1 });
    await call(council, rounds, 'BudgetRounds', 'syncPhase', [roundId.roundId]);

    return {
      anvil,
      chain,
      registry,
      rounds,
      identityGroups,
      secretBallots,
      roundId: roundId.roundId,
      identities,
      relayKey: bytesToHex(relay.getHdKey().privateKey!),
      relayAddress: relay.address,
      config: (dataDir, relaySettings) => ({
        port: 0,
        chain: { id: foundry.id, rpcUrls: [anvil.url] },
        polity: { registry, governor: registry, timelock: governance.account.address, rounds, results: rounds, escrow: rounds },
        database: { dataDir },
        indexer: { enabled: false },
        relay: { enabled: true, secretBallots, ...relaySettings },
      }),
      stop: () => anvil.stop(),
    };
  } catch (error) {
    await anvil.stop();
    throw error;
  }
}
