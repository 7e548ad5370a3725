/**
 * No link in the server's database between a resident and a secret ballot. Residents of a polity
 * deployed with the SDK register identities, cast public ballots in one round (indexed under their
 * accounts) and secret ballots in another through `POST /relay/secret-ballot`, changing some; the
 * server runs its indexer and the relay on a real PGlite data directory. Then the test opens that
 * database and reads every row of every table: no row holds both a resident's account and a nullifier
 * or ballot key, no foreign key joins such rows, no other identifying value (a transaction hash, an id)
 * is shared between them, and nothing looks like an IP address or a session.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { sql } from 'drizzle-orm';
import { createPublicClient, createTestClient, createWalletClient, http, keccak256, toHex, type Account, type Address, type Chain, type PublicClient, type Transport, type WalletClient } from 'viem';
import { generatePrivateKey, mnemonicToAccount, privateKeyToAccount } from 'viem/accounts';
import { getBlock, readContract, simulateContract, waitForTransactionReceipt, writeContract } from 'viem/actions';
import { foundry } from 'viem/chains';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  admitResidents,
  advanceRoundPhase,
  budgetRoundsAbi,
  castBallot,
  castSecretBallot,
  deployPolity,
  deployPolityFactory,
  identityGroupsAbi,
  openRound,
  proveSecretBallot,
  readSecretBallotRevision,
  readSecretGroup,
  reviewProjects,
  secretBallotKey,
  secretBallotMessage,
  secretBallotNullifier,
  secretBallotScope,
  secretIdentityFromSeed,
  submitProject,
  treeDepthForGroupSize,
  type PolityAddresses,
  type SecretIdentity,
} from '@polity/sdk';
import { readProvingFiles, startAnvil, type Anvil } from '@polity/sdk/node';
import { parseServerConfig } from '../src/config.js';
import { openDatabase } from '../src/db/open.js';
import { startServer, type RunningServer } from '../src/server.js';
import { findLinks, readAllRows, type DatabaseRows } from './support/links.js';

type Wallet = WalletClient<Transport, Chain, Account>;
const mnemonic = 'test test test test test test test test test test test junk';
const keyEnv = 'POLITY_TEST_NO_LINK_RELAY_KEY';
const hour = 3_600;

let anvil: Anvil;
let server: RunningServer | undefined;
let dataDir: string;
let polity: PolityAddresses;
let residents: Address[];
/** Nullifiers and ballot keys of every secret ballot sent. */
const secrets: { nullifier: bigint; ballotKey: Address }[] = [];
let rows: DatabaseRows;

beforeAll(async () => {
  anvil = await startAnvil();
  const transport = http(anvil.url, { retryCount: 0 });
  const chain = createPublicClient({ chain: foundry, transport }) as PublicClient;
  const test = createTestClient({ chain: foundry, mode: 'anvil', transport });
  const walletOf = (index: number): Wallet => createWalletClient({ account: mnemonicToAccount(mnemonic, { addressIndex: index }), chain: foundry, transport });
  const [deployer, council, registrar] = [walletOf(0), walletOf(1), walletOf(2)];
  const people = [3, 4, 5, 6, 7].map(walletOf);
  residents = people.map((wallet) => wallet.account.address);
  const mined = async (hash: `0x${string}`) => {
    const receipt = await waitForTransactionReceipt(chain, { hash });
    if (receipt.status !== 'success') throw new Error(`transaction ${hash} reverted`);
  };
  const advance = async (seconds: number) => {
    await test.increaseTime({ seconds });
    await test.mine({ blocks: 1 });
  };

  const { factory } = await deployPolityFactory(deployer, { chainId: foundry.id });
  ({ polity } = await deployPolity(deployer, {
    chainId: foundry.id,
    factory,
    config: {
      name: 'No Link City',
      maxDepth: 3n,
      topics: [],
      registrar: registrar.account.address,
      council: council.account.address,
      timelockDelay: 60n,
      governor: { votingDelay: 60, votingPeriod: 3600, proposalThreshold: 1n, quorumNumerator: 10n, lateQuorumExtension: 0, guardian: council.account.address },
    },
  }));
  const { identityGroups, secretBallots } = polity;
  if (!identityGroups || !secretBallots) throw new Error('deployPolity returned no secret-ballot contracts');

  const { timestamp } = await getBlock(chain);
  await admitResidents(registrar, { polity, residents: residents.map((account, index) => ({ account, credential: keccak256(toHex(`no-link ${index}`)), district: 1, expiresAt: Number(timestamp) + 365 * 86_400 })) });
  const identities: SecretIdentity[] = people.map((_, index) => secretIdentityFromSeed(new Uint8Array(32).fill(0x40 + index)));
  for (const [index, wallet] of people.entries()) {
    const { request } = await simulateContract(chain, { account: wallet.account, address: identityGroups, abi: identityGroupsAbi, functionName: 'register', args: [identities[index]!.commitment] });
    // A fixed limit well above its cost: its checkpoints cost more when it lands in a later second than
    // the estimate's (a loaded machine).
    await mined(await writeContract(wallet, { ...request, gas: 2_000_000n }));
  }
  await advance(10);

  // Governance lets the council open rounds (the timelock, impersonated on this local chain).
  await test.impersonateAccount({ address: polity.timelock });
  await test.setBalance({ address: polity.timelock, value: 10n ** 18n });
  const manager = await readContract(chain, { address: polity.rounds, abi: budgetRoundsAbi, functionName: 'ROUND_MANAGER_ROLE' });
  await mined(await writeContract(createWalletClient({ chain: foundry, transport }), { account: polity.timelock, address: polity.rounds, abi: budgetRoundsAbi, functionName: 'grantRole', args: [manager, council.account.address] }));

  const now = Number((await getBlock(chain)).timestamp);
  const config = {
    token: '0x0000000000000000000000000000000000000001' as Address,
    district: 0,
    delegation: false,
    topic: 0,
    maxSubmissionsPerResident: 5,
    budget: 100_000n,
    ballot: { kind: 0, minProjects: 1, maxProjects: 2, minSpendBps: 0, points: 0, maxPointsPerProject: 0 },
    timeline: { reviewStart: now + hour, votingStart: now + 2 * hour, votingEnd: now + 48 * hour },
    counting: { rule: 0, stopAtMisfit: false, minSupport: 0n, completion: 0, challengeWindow: 0, challengeBond: 0n },
    descriptionHash: keccak256(toHex('round')),
  };
  const { roundId: publicRound } = await openRound(council, { polity, categories: ['parks'], config });
  const { roundId: secretRound } = await openRound(council, { polity, categories: ['parks'], config, ballots: 'secret' });
  for (const roundId of [publicRound, secretRound]) {
    for (const cost of [30_000n, 40_000n, 50_000n]) await submitProject(people[0]!, { polity, roundId, cost, category: 0, descriptionHash: keccak256(toHex(`project ${roundId} ${cost}`)) });
    await advanceRoundPhase(council, { polity, roundId, to: 'review' });
    await reviewProjects(council, { polity, roundId, decisions: [0, 1, 2].map((projectId) => ({ projectId, decision: 'accept' as const })) });
    await advanceRoundPhase(council, { polity, roundId, to: 'voting' });
  }
  // Ordinary activity under the residents' accounts: public ballots, indexed with their voters.
  for (const [index, wallet] of people.entries()) await castBallot(wallet, { polity, roundId: publicRound, projects: [index % 3] });

  const relayKey = generatePrivateKey();
  await test.setBalance({ address: privateKeyToAccount(relayKey).address, value: 10n ** 20n });
  process.env[keyEnv] = relayKey;
  dataDir = mkdtempSync(join(tmpdir(), 'polity-no-link-'));
  server = await startServer(
    parseServerConfig({
      port: 0,
      chain: { id: foundry.id, rpcUrls: [anvil.url] },
      polity: { ...polity, deployedAtBlock: polity.deployedAtBlock?.toString() },
      database: { dataDir },
      indexer: { enabled: true, confirmations: 0, pollIntervalMs: 100 },
      relay: { enabled: true, secretBallots, senderKeyEnv: keyEnv },
    }),
    { databaseUrl: '', logger: pino({ level: 'silent' }) },
  );

  // Every resident casts a secret ballot through the relay; the first two change theirs.
  const { group } = await readSecretGroup(chain, { secretBallots, roundId: secretRound, fromBlock: polity.deployedAtBlock });
  const provingFiles = await readProvingFiles(treeDepthForGroupSize(group.size));
  const scope = secretBallotScope({ chainId: foundry.id, rounds: polity.rounds, roundId: secretRound });
  const send = async (identity: SecretIdentity, projects: number[]) => {
    const nullifier = secretBallotNullifier(identity, scope);
    const revision = (await readSecretBallotRevision(chain, { secretBallots, roundId: secretRound, nullifier })) + 1n;
    const message = secretBallotMessage({ revision, projects, points: [] });
    const proof = await proveSecretBallot({ identity, group, roundId: secretRound, message, scope, provingFiles });
    const sent = await castSecretBallot({ relayUrl: server!.url, roundId: secretRound, projects, points: [], revision, proof });
    await waitForTransactionReceipt(chain, { hash: sent.transactionHash });
    secrets.push({ nullifier, ballotKey: secretBallotKey(nullifier) });
  };
  for (const [index, identity] of identities.entries()) await send(identity, [index % 3]);
  await send(identities[0]!, [1, 2]);
  await send(identities[1]!, [0]);

  await server.indexer?.synced();
  await server.stop();
  server = undefined;
  const opened = await openDatabase({ dataDir });
  try {
    rows = await readAllRows((text) => opened.db.execute(sql.raw(text)) as Promise<{ rows: Record<string, unknown>[] }>);
  } finally {
    await opened.close();
  }
}, 600_000);

afterAll(async () => {
  await server?.stop();
  await anvil?.stop();
  delete process.env[keyEnv];
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe("the server's database after secret ballots", () => {
  it('holds the residents and the secret ballots (so the scan below could find a link)', () => {
    const text = rows.tables.flatMap((table) => table.rows.map((row) => JSON.stringify(row).toLowerCase())).join('\n');
    for (const account of residents) expect(text).toContain(account.slice(2).toLowerCase());
    for (const { ballotKey } of secrets) expect(text).toContain(ballotKey.slice(2).toLowerCase());
  });

  it('links no resident account to any nullifier or ballot key, directly, by a foreign key or by a shared value', () => {
    const publicAddresses = [polity.registry, polity.governor, polity.timelock, polity.rounds, polity.results, polity.escrow, polity.identityGroups!, polity.secretBallots!];
    expect(findLinks(rows, { accounts: residents, secrets, publicAddresses })).toEqual([]);
  });

  it('keeps no IP address, session or cookie', () => {
    const columns = rows.tables.flatMap((table) => table.columns.map((column) => `${table.name}.${column}`));
    expect(columns.filter((name) => /(^|[._])(ip|ip_address|remote_address|session|session_id|cookie|user_agent)$/i.test(name))).toEqual([]);
    const withAddress = rows.tables.flatMap((table) => table.rows.filter((row) => /\b127\.0\.0\.1\b|::ffff:|"::1"/.test(JSON.stringify(row))).map((row) => `${table.name}: ${JSON.stringify(row)}`));
    expect(withAddress).toEqual([]);
  });
});
