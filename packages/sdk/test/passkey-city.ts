/**
 * A city where residents act through passkey accounts, for the integration tests: anvil with a polity
 * (the SDK's own deploy actions), the passkey support (EntryPoint, account factory, funded paymaster),
 * a proposal open for voting and a budget round in its voting phase, the city's Polity server with
 * sponsorship on (in this process, embedded database in a temporary folder) and a real bundler
 * (Pimlico's Alto through @polity/bundler). Everything is stopped by `stop()`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, keccak256, parseEther, toHex, type Hex } from 'viem';
import { createBundlerClient, type BundlerClient, type WebAuthnAccount } from 'viem/account-abstraction';
import { generatePrivateKey, mnemonicToAccount, privateKeyToAccount } from 'viem/accounts';
import { deployContract, getBlock, waitForTransactionReceipt, writeContract } from 'viem/actions';
import { startBundler, type Bundler } from '@polity/bundler';
import { createServerLogger, parseServerConfig, startServer, type RunningServer } from '../../server/src/index.js';
import { deployPasskeySupport, type DeployPasskeySupportReturnType } from '../src/actions/deployment/deployPasskeySupport.js';
import { propose } from '../src/actions/governance/propose.js';
import { advanceRoundPhase } from '../src/actions/rounds/advanceRoundPhase.js';
import { openRound } from '../src/actions/rounds/openRound.js';
import { reviewProjects } from '../src/actions/rounds/reviewProjects.js';
import { submitProject } from '../src/actions/rounds/submitProject.js';
import { polityPaymaster, type PolityPaymaster } from '../src/account/polityPaymaster.js';
import { predictPolityAccountAddress } from '../src/account/predictPolityAccountAddress.js';
import { liquidVotesTokenAbi, liquidVotesTokenBytecode } from '../src/contracts/generated.js';
import { buildSettingChangeProposal } from '../src/proposals/builders.js';
import { startCity, type City } from './fixture.js';
import { pass } from './pass.js';
import { admit } from './residents.js';

const mnemonic = 'test test test test test test test test test test test junk';
const keyOf = (index: number): Hex => toHex(mnemonicToAccount(mnemonic, { addressIndex: index }).getHdKey().privateKey!);
const signerKeyEnv = 'POLITY_SDK_PASSKEY_TEST_SPONSOR_KEY';

export interface PasskeyCity {
  readonly city: City;
  readonly passkeySupport: DeployPasskeySupportReturnType;
  readonly server: RunningServer;
  readonly bundler: Bundler;
  readonly paymaster: PolityPaymaster;
  /** A bundler client with the city's paymaster, reading the chain through the city's public client. */
  readonly bundlerClient: BundlerClient;
  /** Open for voting (topic 1, transport). */
  readonly proposalId: bigint;
  /** In its voting phase, knapsack ballots, two accepted projects (0: 60,000, 1: 50,000; budget 100,000). */
  readonly roundId: bigint;
  /** In its submission phase (budget 100,000). */
  readonly submissionRoundId: bigint;
  /** Sponsored actions per resident per day. */
  readonly dailyQuota: number;
  bundlerClientFor(url: string): BundlerClient;
  stop(): Promise<void>;
}

export interface StartPasskeyCityOptions {
  /** Passkeys whose accounts (index 0) are admitted before the round and the proposal open. */
  readonly residents: readonly WebAuthnAccount[];
  readonly dailyQuota?: number;
}

export async function startPasskeyCity({ residents, dailyQuota = 3 }: StartPasskeyCityOptions): Promise<PasskeyCity> {
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const stopOne of stops.reverse()) await stopOne().catch(() => {});
  };
  try {
    const city = await startCity();
    stops.push(() => city.stop());
    const { polity, deployer, council, people, publicClient } = city;
    const signerKey = generatePrivateKey();
    const passkeySupport = await deployPasskeySupport(deployer, { ...polity, approvalSigner: privateKeyToAccount(signerKey).address, deposit: parseEther('10') });

    // Wallet residents propose, pass the round manager's role and submit projects; passkey residents
    // are admitted by their accounts' predicted addresses, before any of them exists.
    const passkeyAccounts = await Promise.all(
      residents.map((owner) => predictPolityAccountAddress(publicClient, { factory: passkeySupport.accountFactory, publicKey: owner.publicKey })),
    );
    await admit(city, [...people.map((person) => person.account.address), ...passkeyAccounts]);
    await city.advance(10);
    await pass(city, buildSettingChangeProposal(polity, { title: 'Let the council open budget rounds', changes: [{ setting: 'grantRole', component: 'rounds', role: 'ROUND_MANAGER_ROLE', account: council.account.address }] }));
    const token = (await waitForTransactionReceipt(publicClient, { hash: await deployContract(deployer, { abi: liquidVotesTokenAbi, bytecode: liquidVotesTokenBytecode, args: ['City Zloty', 'CZL', deployer.account.address, 1n] }) })).contractAddress!;
    await waitForTransactionReceipt(publicClient, { hash: await writeContract(deployer, { address: token, abi: liquidVotesTokenAbi, functionName: 'mint', args: [polity.timelock, 1_000_000n] }) });
    const openKnapsackRound = async (name: string) => {
      const now = Number((await getBlock(publicClient)).timestamp);
      const { roundId } = await openRound(council, {
        polity,
        categories: ['parks', 'streets'],
        config: {
          token,
          district: 0,
          delegation: false,
          topic: 0,
          maxSubmissionsPerResident: 5,
          budget: 100_000n,
          ballot: { kind: 1, minProjects: 1, maxProjects: 0, minSpendBps: 0, points: 0, maxPointsPerProject: 0 },
          // Each phase lasts a simulated week: the tests move the clock by minutes only.
          timeline: { reviewStart: now + 7 * 86_400, votingStart: now + 14 * 86_400, votingEnd: now + 21 * 86_400 },
          counting: { rule: 0, stopAtMisfit: false, minSupport: 0n, completion: 0, challengeWindow: 0, challengeBond: 0n },
          descriptionHash: keccak256(toHex(name)),
        },
      });
      return roundId;
    };
    const roundId = await openKnapsackRound('spring round');
    await submitProject(people[0]!, { polity, roundId, cost: 60_000n, category: 0, descriptionHash: keccak256(toHex('park')) });
    await submitProject(people[1]!, { polity, roundId, cost: 50_000n, category: 1, descriptionHash: keccak256(toHex('lights')) });
    await advanceRoundPhase(council, { polity, roundId, to: 'review' });
    await reviewProjects(council, { polity, roundId, decisions: [{ projectId: 0, decision: 'accept' }, { projectId: 1, decision: 'accept' }] });
    await advanceRoundPhase(council, { polity, roundId, to: 'voting' });
    const submissionRoundId = await openKnapsackRound('autumn round');

    const dataDir = mkdtempSync(join(tmpdir(), 'polity-sdk-passkeys-'));
    stops.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    process.env[signerKeyEnv] = signerKey;
    const server = await startServer(
      parseServerConfig({
        port: 0,
        chain: { id: polity.chainId, rpcUrls: [city.anvil.url] },
        polity: { registry: polity.registry, governor: polity.governor, timelock: polity.timelock, rounds: polity.rounds, results: polity.results, escrow: polity.escrow },
        database: { dataDir },
        indexer: { enabled: false },
        sponsorship: {
          enabled: true,
          signerKeyEnv,
          paymaster: passkeySupport.paymaster,
          accountFactory: passkeySupport.accountFactory,
          dailyQuotaPerResident: dailyQuota,
          // The tests move the chain's clock days ahead of the server's: approvals must outlast that.
          validForSeconds: 30 * 86_400,
        },
      }),
      { logger: createServerLogger({ level: 'silent' }) },
    );
    stops.push(() => server.stop());
    const bundler = await startBundler({ rpcUrl: city.anvil.url, executorPrivateKey: keyOf(8), utilityPrivateKey: keyOf(9) });
    stops.push(() => bundler.stop());

    const paymaster = polityPaymaster({ serverUrl: server.url });
    const bundlerClientFor = (url: string) =>
      createBundlerClient({ client: publicClient, transport: http(url, { retryCount: 0 }), paymaster, pollingInterval: 250 }) as BundlerClient;

    // A proposal on the transport topic, open for voting once the passkey residents are admitted.
    const { proposalId } = await propose(people[0]!, {
      polity,
      topic: 1,
      proposal: buildSettingChangeProposal(polity, { title: 'Longer votes', changes: [{ setting: 'votingPeriod', seconds: 7200 }] }),
    });
    return {
      city,
      passkeySupport,
      server,
      bundler,
      paymaster,
      bundlerClient: bundlerClientFor(bundler.url),
      proposalId,
      roundId,
      submissionRoundId,
      dailyQuota,
      bundlerClientFor,
      stop: async () => {
        delete process.env[signerKeyEnv];
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
