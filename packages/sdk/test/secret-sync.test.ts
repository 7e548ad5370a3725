/**
 * syncIdentityGroups keeps the secret-ballot groups in step with the registry by itself: a revoked
 * resident's leaf (pending) is synced out, which lets registrations through again and fixes the group of
 * a round whose snapshot came while it was pending (that round then counts a member's proved ballot); a
 * resident whose admission lapsed with time is removed and a renewed one stays; a resident who moved
 * leaves its old district group and joins the new one. Differential: after each run, the roots the
 * action computed, the chain's roots, and Semaphore's own Group fed the surviving leaves all agree.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getBlock, getLogs, readContract, waitForTransactionReceipt, writeContract } from 'viem/actions';
import { createWalletClient, hexToBigInt, http, keccak256, parseEventLogs, toHex, type Address, type Hex, type Transport } from 'viem';
import { foundry } from 'viem/chains';
import { budgetRoundsAbi, identityGroupsAbi } from '../src/contracts/generated.js';
import { admitResidents } from '../src/actions/membership/admitResidents.js';
import { revokeResidents } from '../src/actions/membership/revokeResidents.js';
import { renewResidents } from '../src/actions/membership/renewResidents.js';
import { openRound } from '../src/actions/rounds/openRound.js';
import { submitProject } from '../src/actions/rounds/submitProject.js';
import { reviewProjects } from '../src/actions/rounds/reviewProjects.js';
import { advanceRoundPhase } from '../src/actions/rounds/advanceRoundPhase.js';
import { getProjects } from '../src/actions/rounds/getProjects.js';
import { readProvingFiles } from '../src/secret/node.js';
import { createSecretGroup } from '../src/secret/secretGroup.js';
import { secretIdentityFromSeed, type SecretIdentity } from '../src/secret/identity.js';
import { readSecretGroup } from '../src/secret/readSecretGroup.js';
import { readSecretRoundGroup } from '../src/secret/readSecretRoundGroup.js';
import { registerSecretIdentity } from '../src/secret/secretIdentityRegistration.js';
import { proveSecretBallot } from '../src/secret/proveSecretBallot.js';
import { secretBallotMessage, secretBallotScope } from '../src/secret/ballotMessage.js';
import { castSecretBallotThroughContract } from '../src/secret/castSecretBallotThroughContract.js';
import { treeDepthForGroupSize } from '../src/secret/provingFiles.js';
import { syncIdentityGroups, type SyncIdentityGroupsReturnType } from '../src/secret/syncIdentityGroups.js';
import { applyGroupChange, groupRoot, identityHolders, rebuildIdentityGroups, type IdentityGroupsEvent } from '../src/secret/identityGroupsHistory.js';
import type { IdentityGroupsMirror } from '../src/secret/identityGroupsMirror.js';
import { Group } from '@semaphore-protocol/group';
import { PolityInvalidInputError } from '../src/chain/errors/base.js';
import { credentialOf, startCity, type City, type Wallet } from './fixture.js';

const day = 86_400;

describe('syncIdentityGroups keeps the secret-ballot groups in step with the registry', () => {
  let city: City;
  let identityGroups: Address;
  let secretBallots: Address;
  const identities = new Map<Address, SecretIdentity>();
  beforeAll(async () => {
    city = await startCity();
    identityGroups = city.polity.identityGroups!;
    secretBallots = city.polity.secretBallots!;
    // Governance lets the council open rounds (the timelock, impersonated on this local chain).
    const { polity, publicClient, testClient, council } = city;
    await testClient.impersonateAccount({ address: polity.timelock });
    await testClient.setBalance({ address: polity.timelock, value: 10n ** 18n });
    const manager = await readContract(publicClient, { address: polity.rounds, abi: budgetRoundsAbi, functionName: 'ROUND_MANAGER_ROLE' });
    const hash = await writeContract(city.walletOf(0), { address: polity.rounds, abi: budgetRoundsAbi, functionName: 'grantRole', args: [manager, council.account.address], account: polity.timelock, chain: null });
    expect((await waitForTransactionReceipt(publicClient, { hash })).status).toBe('success');
    await testClient.stopImpersonatingAccount({ address: polity.timelock });
  }, 180_000);
  afterAll(async () => city?.stop());

  const now = async () => Number((await getBlock(city.publicClient)).timestamp);
  const admit = async (wallets: readonly Wallet[], { district, days }: { district: number; days: number }) => {
    const expiresAt = (await now()) + days * day;
    return admitResidents(city.registrar, { polity: city.polity, residents: wallets.map((wallet) => ({ account: wallet.account.address, credential: credentialOf(wallet.account.address), district, expiresAt })) });
  };
  const register = async (wallet: Wallet) => {
    const identity = secretIdentityFromSeed(new Uint8Array(32).fill(identities.size + 1));
    identities.set(wallet.account.address, identity);
    await registerSecretIdentity(wallet, { secretBallots, commitment: identity.commitment });
  };
  const identityOf = async (wallet: Wallet) => {
    const [commitment, inCity, districtGroup, pending] = await readContract(city.publicClient, { address: identityGroups, abi: identityGroupsAbi, functionName: 'identityOf', args: [wallet.account.address] });
    return { commitment, inCity, districtGroup, pending };
  };
  const chainRoot = async (group: bigint) => (await readContract(city.publicClient, { address: identityGroups, abi: identityGroupsAbi, functionName: 'groupOf', args: [group] }))[0];
  /** The differential check: every root the action computed is the chain's. */
  const expectRootsAreTheChains = async (result: SyncIdentityGroupsReturnType) => {
    expect(result.roots.size).toBeGreaterThan(0);
    for (const [group, root] of result.roots) expect(root, `group ${group}`).toBe(await chainRoot(group));
  };
  const sync = () => syncIdentityGroups(city.deployer, { polity: city.polity });

  test('a revoked resident is synced out: registrations wait until then, and a round snapshotted while it was pending is fixed and counts a ballot', async () => {
    const { polity, council, registrar, people, publicClient } = city;
    const [ana, bartek, celina, dorota] = people as [Wallet, Wallet, Wallet, Wallet];
    await admit([ana, bartek, celina, dorota], { district: 1, days: 365 });
    for (const wallet of [ana, bartek, celina]) await register(wallet);

    // Nothing to do yet: the action sends nothing and says the groups are settled.
    const idle = await sync();
    expect(idle).toMatchObject({ steps: [], awaitingExpiry: [], deferredJoins: [], settled: true });

    const start = await now();
    const hour = 3_600;
    const { roundId } = await openRound(council, {
      polity,
      ballots: 'secret',
      categories: ['parks'],
      config: {
        token: '0x0000000000000000000000000000000000000001',
        district: 0,
        delegation: false,
        topic: 0,
        maxSubmissionsPerResident: 5,
        budget: 100_000n,
        ballot: { kind: 'approval', minProjects: 1, maxProjects: 2, minSpendBps: 0, points: 0, maxPointsPerProject: 0 },
        timeline: { reviewStart: start + hour, votingStart: start + 2 * hour, votingEnd: start + 48 * hour },
        counting: { rule: 'greedy', stopAtMisfit: false, minSupport: 0n, completion: 'none', challengeWindow: 0, challengeBond: 0n },
        descriptionHash: keccak256(toHex('a round snapshotted while a leaf was pending')),
      },
    });
    for (const cost of [40_000n, 50_000n]) await submitProject(ana, { polity, roundId, cost, category: 0, descriptionHash: keccak256(toHex(`project ${cost}`)) });
    await advanceRoundPhase(council, { polity, roundId, to: 'review' });
    await reviewProjects(council, { polity, roundId, decisions: [{ projectId: 0, decision: 'accept' }, { projectId: 1, decision: 'accept' }] });

    // Bartek is revoked before the snapshot: his leaf is pending, so nothing may join...
    await revokeResidents(registrar, { polity, accounts: [bartek.account.address], reason: 'moved-away' });
    expect(await identityOf(bartek)).toMatchObject({ inCity: true, pending: true });
    await expect(register(dorota)).rejects.toThrow(/IdentityGroupsSyncPending/);
    identities.delete(dorota.account.address);
    // ...and voting opens (by the timeline) while it still is: the round's group is not fixed.
    await city.advance(2 * hour);
    expect((await readSecretRoundGroup(publicClient, { secretBallots, roundId })).fixedAt).toBe(0);

    const steps: unknown[] = [];
    const result = await syncIdentityGroups(city.deployer, { polity, onStep: (step) => steps.push(step) });
    expect(result.steps).toEqual([{ kind: 'synced', account: bartek.account.address, reason: 'pending', outcome: 'removed', hash: expect.stringMatching(/^0x/) }]);
    expect(steps).toEqual(result.steps);
    expect(result).toMatchObject({ awaitingExpiry: [], deferredJoins: [], settled: true });
    expect(await identityOf(bartek)).toEqual({ commitment: 0n, inCity: false, districtGroup: 0n, pending: false });
    await expectRootsAreTheChains(result);
    // Independently: Semaphore's Group of the three registrations with Bartek's leaf removed.
    const model = createSecretGroup([ana, bartek, celina].map((wallet) => identities.get(wallet.account.address)!.commitment));
    model.removeMember(1);
    expect(result.roots.get(0n)).toBe(model.root);
    expect(result.roots.get(2n)).toBe(model.root);

    // The round is fixed now, without Bartek, and counts a member's ballot proved against it.
    const { group, fixedAt } = await readSecretGroup(publicClient, { secretBallots, roundId, fromBlock: polity.deployedAtBlock });
    expect(fixedAt).toBeGreaterThan(0);
    expect(group.indexOf(identities.get(bartek.account.address)!.commitment)).toBe(-1);
    const provingFiles = await readProvingFiles(treeDepthForGroupSize(group.size));
    const scope = secretBallotScope({ chainId: city.anvil.chainId, rounds: polity.rounds, roundId });
    const message = secretBallotMessage({ revision: 1n, projects: [1], points: [] });
    const proof = await proveSecretBallot({ identity: identities.get(celina.account.address)!, group, roundId, message, scope, provingFiles });
    const onChain = { ...proof, merkleTreeRoot: BigInt(proof.merkleTreeRoot), nullifier: BigInt(proof.nullifier), message: BigInt(proof.message), scope: BigInt(proof.scope), points: proof.points.map(BigInt) };
    await castSecretBallotThroughContract(city.deployer, publicClient, { secretBallots, roundId, projects: [1], points: [], revision: 1n, proof: onChain });
    expect((await getProjects(publicClient, { polity, roundId })).map((project) => project.support)).toEqual([0n, 1n]);

    // Registrations go through again.
    await register(dorota);
    expect(await identityOf(dorota)).toMatchObject({ inCity: true, districtGroup: 2n, pending: false });
  }, 300_000);

  test("a resident whose admission lapsed is removed once its expiry day has come, and a renewed one's leaf stays", async () => {
    const { polity, registrar, people } = city;
    const [emil, franek] = people.slice(4) as [Wallet, Wallet];
    await admit([emil, franek], { district: 1, days: 2 });
    for (const wallet of [emil, franek]) await register(wallet);
    // Franek is renewed for a year; a later date is not reported, so both leaves still expire in two days as the groups know them.
    await renewResidents(registrar, { polity, residents: [{ account: franek.account.address, credential: credentialOf(franek.account.address), district: 1, expiresAt: (await now()) + 365 * day }] });
    expect(await readContract(city.publicClient, { address: identityGroups, abi: identityGroupsAbi, functionName: 'pendingCount' })).toBe(0n);

    // Before the expiry day nothing needs syncing.
    expect((await sync()).steps).toEqual([]);

    await city.advance(3 * day);
    // Two leaves lapsing: a newly admitted resident cannot register until they are synced.
    const gosia = people[6]!;
    await admit([gosia], { district: 1, days: 365 });
    await expect(register(gosia)).rejects.toThrow(/IdentityGroupsSyncPending/);
    identities.delete(gosia.account.address);
    const result = await sync();
    const byAccount = new Map(result.steps.map((step) => [step.account, step]));
    expect(byAccount.get(emil.account.address)).toMatchObject({ kind: 'synced', reason: 'lapsing', outcome: 'removed' });
    expect(byAccount.get(franek.account.address)).toMatchObject({ kind: 'synced', reason: 'lapsing', outcome: 'refreshed' });
    expect(result.steps).toHaveLength(2);
    expect(result.settled).toBe(true);
    expect(await identityOf(emil)).toMatchObject({ inCity: false, commitment: 0n });
    expect(await identityOf(franek)).toMatchObject({ inCity: true, districtGroup: 2n, pending: false });
    expect(Number(await readContract(city.publicClient, { address: identityGroups, abi: identityGroupsAbi, functionName: 'trackedExpiryOf', args: [franek.account.address] }))).toBeGreaterThan((await now()) + 300 * day);
    await expectRootsAreTheChains(result);
    // A second run finds nothing left to do, and from the next second on (the contract lets nothing
    // join in the second the last leaf was synced) the new resident registers.
    expect((await sync()).steps).toEqual([]);
    await city.advance(1);
    await register(gosia);
    expect(await identityOf(gosia)).toMatchObject({ inCity: true, pending: false });
  }, 300_000);

  test('a resident who moved leaves the old district group and joins the new one', async () => {
    const { polity, registrar, people } = city;
    const dorota = people[3]!;
    expect(await identityOf(dorota)).toMatchObject({ inCity: true, districtGroup: 2n });
    await renewResidents(registrar, { polity, residents: [{ account: dorota.account.address, credential: credentialOf(dorota.account.address), district: 2, expiresAt: (await now()) + 365 * day }] });
    expect(await identityOf(dorota)).toMatchObject({ pending: true });

    const first = await sync();
    expect(first.steps[0]).toMatchObject({ kind: 'synced', account: dorota.account.address, reason: 'pending', outcome: 'left-district' });
    await expectRootsAreTheChains(first);
    // The contract lets nothing join in the second the last leaf was synced: the join waits for the next run.
    if (first.steps.length === 1) {
      expect(first.deferredJoins).toEqual([{ account: dorota.account.address, reason: expect.stringContaining('run the sync again') }]);
      await city.advance(1);
    }
    const joinedIn = first.steps.length === 2 ? first : await sync();
    expect(joinedIn.steps.at(-1)).toMatchObject({ kind: 'joined-district', account: dorota.account.address, districtGroup: 3n });
    expect(await identityOf(dorota)).toMatchObject({ inCity: true, districtGroup: 3n, pending: false });
    const commitment = identities.get(dorota.account.address)!.commitment;
    expect(await chainRoot(3n)).toBe(createSecretGroup([commitment]).root);
    expect(await readContract(city.publicClient, { address: identityGroups, abi: identityGroupsAbi, functionName: 'isMemberAt', args: [dorota.account.address, 2n, await now()] })).toBe(false);
  }, 300_000);

  test('a leaf whose expiry day has begun while the admission runs until later that day waits for it, and is removed after', async () => {
    const { polity, testClient } = city;
    const hanna = city.walletOf(10);
    await testClient.setBalance({ address: hanna.account.address, value: 10n ** 18n });
    // Her admission ends at 18:00 UTC two days from now; the groups count her leaf as lapsing from 00:00 that day.
    const expiryDay = Math.floor((await now()) / day) * day + 2 * day;
    const expiresAt = expiryDay + 18 * 3_600;
    await admitResidents(city.registrar, { polity, residents: [{ account: hanna.account.address, credential: credentialOf(hanna.account.address), district: 1, expiresAt }] });
    await register(hanna);

    await testClient.setNextBlockTimestamp({ timestamp: BigInt(expiryDay + 3_600) });
    await testClient.mine({ blocks: 1 });
    const waiting = await sync();
    expect(waiting).toMatchObject({ steps: [], deferredJoins: [], settled: false, awaitingExpiry: [{ account: hanna.account.address, until: expiresAt }] });
    expect(await identityOf(hanna)).toMatchObject({ inCity: true, pending: false });

    await testClient.setNextBlockTimestamp({ timestamp: BigInt(expiresAt) });
    await testClient.mine({ blocks: 1 });
    const removed = await sync();
    expect(removed.steps).toEqual([{ kind: 'synced', account: hanna.account.address, reason: 'lapsing', outcome: 'removed', hash: expect.stringMatching(/^0x/) }]);
    expect(removed).toMatchObject({ awaitingExpiry: [], settled: true });
    await expectRootsAreTheChains(removed);
  }, 300_000);

  test('several leaves of one tree removed in one run: siblings recomputed after each removal give the model group\'s root', async () => {
    const { polity, testClient, registrar } = city;
    const wallets = [11, 12, 13, 14, 15, 16].map((index) => city.walletOf(index));
    for (const wallet of wallets) await testClient.setBalance({ address: wallet.account.address, value: 10n ** 18n });
    // District 5 (group 6) holds only these six leaves, so Semaphore's Group of them is an independent model of it.
    // (The contract lets nothing join in the second of the last sync: registrations start a second later.)
    await city.advance(1);
    await admit(wallets, { district: 5, days: 365 });
    for (const wallet of wallets) await register(wallet);
    const leaving = [0, 3, 4];
    await revokeResidents(registrar, { polity, accounts: leaving.map((index) => wallets[index]!.account.address), reason: 'moved-away' });

    const result = await sync();
    expect(result.steps.map((step) => step.kind === 'synced' && step.outcome)).toEqual(['removed', 'removed', 'removed']);
    expect(new Set(result.steps.map((step) => step.account))).toEqual(new Set(leaving.map((index) => wallets[index]!.account.address)));
    await expectRootsAreTheChains(result);
    const model = createSecretGroup(wallets.map((wallet) => identities.get(wallet.account.address)!.commitment));
    for (const index of leaving) model.removeMember(index);
    expect(await chainRoot(6n)).toBe(model.root);
    expect(result.roots.get(6n)).toBe(model.root);
  }, 300_000);

  test('a polity without the secret-ballot contracts is refused, saying what is missing', async () => {
    const { identityGroups: _groups, secretBallots: _ballots, ...older } = city.polity;
    const refusal = await syncIdentityGroups(city.deployer, { polity: older }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(PolityInvalidInputError);
    expect((refusal as PolityInvalidInputError).parameter).toBe('polity.identityGroups');
  });
});

describe('rebuilding the groups from their events', () => {
  test('one bulk build and the removals give the root of applying every event in turn (random histories, two groups)', () => {
    let seed = 20_261_205;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    for (let trial = 0; trial < 60; trial++) {
      const events: IdentityGroupsEvent[] = [];
      const sizes = [0, 0];
      const removed = [new Set<number>(), new Set<number>()];
      let next = 1n;
      for (let step = 0; step < 40; step++) {
        const group = random(2);
        const kind = random(10);
        if (kind < 6 || sizes[group] === 0) {
          events.push({ eventName: 'MemberAdded', args: { group: BigInt(group), index: BigInt(sizes[group]!++), identityCommitment: next++ * 7_919n, root: 0n } } as IdentityGroupsEvent);
          continue;
        }
        const index = random(sizes[group]!);
        if (removed[group]!.has(index)) continue;
        if (kind < 8) {
          removed[group]!.add(index);
          events.push({ eventName: 'MemberRemoved', args: { group: BigInt(group), index: BigInt(index), identityCommitment: 0n, root: 0n } } as IdentityGroupsEvent);
        } else events.push({ eventName: 'MemberUpdated', args: { group: BigInt(group), index: BigInt(index), identityCommitment: 0n, newIdentityCommitment: next++ * 104_729n, root: 0n } } as IdentityGroupsEvent);
      }
      const oneByOne = new Map([0n, 1n].map((group) => [group, new Group()]));
      for (const event of events) applyGroupChange(oneByOne, event);
      const rebuilt = rebuildIdentityGroups(events, [0n, 1n]);
      for (const group of [0n, 1n]) expect(groupRoot(rebuilt.get(group)!), `trial ${trial}, group ${group}`).toBe(groupRoot(oneByOne.get(group)!));
    }
  }, 120_000);
});

/**
 * With the mirror of the last run passed back, a sync reads only the blocks after it (counted at the
 * transport: every getLogs range asked) and ends where a full rebuild does: after each of several rounds
 * of admissions, revocations, moves and lapses, the mirror's holders and every group's root equal those
 * rebuilt from all the events since deployment, and the chain's. A mirror that is wrong (a tampered
 * leaf, one that skipped member events or a revocation, one from before a reorganisation) is caught by
 * the check against the chain and replaced by a full rebuild, and the sync then does its work.
 */
describe('syncIdentityGroups with the mirror of its last run reads only the new blocks', () => {
  const pageSize = 50n;
  let city: City;
  let identityGroups: Address;
  let deployedAt: bigint;
  /** Every getLogs range the syncing client asked for. */
  const ranges: { fromBlock: bigint; toBlock: bigint }[] = [];
  let syncer: Wallet;
  let mirror: IdentityGroupsMirror | undefined;
  const figures = { runs: 0, withMirror: 0, withoutMirror: 0 };
  let seed = 100;
  beforeAll(async () => {
    city = await startCity();
    identityGroups = city.polity.identityGroups!;
    deployedAt = city.polity.deployedAtBlock!;
    const counting = (inner: Transport): Transport => (options) => {
      const transport = inner(options);
      const request: typeof transport.request = async (args, requestOptions) => {
        if (args.method === 'eth_getLogs') {
          const [filter] = args.params as [{ fromBlock: Hex; toBlock: Hex }];
          ranges.push({ fromBlock: hexToBigInt(filter.fromBlock), toBlock: hexToBigInt(filter.toBlock) });
        }
        return transport.request(args, requestOptions);
      };
      return { ...transport, request };
    };
    syncer = createWalletClient({ account: city.deployer.account, chain: foundry, transport: counting(http(city.anvil.url, { retryCount: 0 })) });
    for (let index = 10; index < 20; index++) await city.testClient.setBalance({ address: city.walletOf(index).account.address, value: 10n ** 18n });
  }, 180_000);
  afterAll(async () => city?.stop());

  const resident = (index: number) => city.walletOf(index);
  const admit = async (indices: readonly number[], { district, days }: { district: number; days: number }) => {
    const expiresAt = Number((await getBlock(city.publicClient)).timestamp) + days * day;
    await admitResidents(city.registrar, { polity: city.polity, residents: indices.map((index) => ({ account: resident(index).account.address, credential: credentialOf(resident(index).account.address), district, expiresAt })) });
  };
  const register = async (indices: readonly number[]) => {
    // The contract lets nothing join in the second of the last sync.
    await city.advance(1);
    for (const index of indices) await registerSecretIdentity(resident(index), { secretBallots: city.polity.secretBallots!, commitment: secretIdentityFromSeed(new Uint8Array(32).fill(seed++)).commitment });
  };
  const chainRoot = async (group: bigint, blockNumber?: bigint) => (await readContract(city.publicClient, { address: identityGroups, abi: identityGroupsAbi, functionName: 'groupOf', args: [group], blockNumber }))[0];

  /** The differential check: the mirror is what a full rebuild from every event since deployment gives, and the chain's roots at its block. */
  const expectSameAsAFullRebuild = async (checked: IdentityGroupsMirror) => {
    const logs = await getLogs(city.publicClient, { address: identityGroups, fromBlock: deployedAt, toBlock: checked.toBlock });
    const events = parseEventLogs({ abi: identityGroupsAbi, logs });
    const groups = [...new Set(events.flatMap((event) => (event.eventName === 'MemberAdded' ? [event.args.group] : [])))];
    expect(new Set(checked.groups)).toEqual(new Set(groups));
    expect(new Map(checked.holders)).toEqual(identityHolders(events));
    const full = rebuildIdentityGroups(events, groups);
    for (const group of groups) {
      const root = groupRoot(full.get(group)!);
      expect(root, `group ${group}`).toBe(await chainRoot(group, checked.toBlock));
      expect(groupRoot(checked.tree(group)), `group ${group}`).toBe(root);
    }
  };

  /** The getLogs ranges that read blocks `fromBlock` to `toBlock` in pages of `pageSize`. */
  const pages = (fromBlock: bigint, toBlock: bigint) => {
    const expected: { fromBlock: bigint; toBlock: bigint }[] = [];
    for (let from = fromBlock; from <= toBlock; from += pageSize) expected.push({ fromBlock: from, toBlock: from + pageSize - 1n < toBlock ? from + pageSize - 1n : toBlock });
    return expected;
  };
  /** A sync with the kept mirror: it must read exactly the blocks after it, in pages, and end at the chain's roots. */
  const syncIncrementally = async () => {
    const previous = mirror!.toBlock;
    const asked = ranges.length;
    const result = await syncIdentityGroups(syncer, { polity: city.polity, mirror, pageSize });
    const read = ranges.slice(asked);
    expect(result.eventsRead).toEqual({ since: 'mirror', fromBlock: previous + 1n, toBlock: result.mirror.toBlock });
    expect(result.mirror).toBe(mirror);
    expect(read).toEqual(pages(previous + 1n, result.mirror.toBlock));
    for (const [group, root] of result.roots) expect(root, `group ${group}`).toBe(await chainRoot(group));
    figures.runs += 1;
    figures.withMirror += read.length;
    figures.withoutMirror += pages(deployedAt, result.mirror.toBlock).length;
    mirror = result.mirror;
    await expectSameAsAFullRebuild(result.mirror);
    return result;
  };
  /** A sync with no mirror, or a wrong one: every block since deployment is read (after the blocks past the wrong mirror, if any). */
  const syncFully = async (given?: IdentityGroupsMirror) => {
    const givenUpTo = given?.toBlock;
    const asked = ranges.length;
    const result = await syncIdentityGroups(syncer, { polity: city.polity, mirror: given, pageSize });
    const read = ranges.slice(asked);
    expect(result.eventsRead).toMatchObject({ since: 'deployment', fromBlock: deployedAt, toBlock: result.mirror.toBlock });
    const everything = pages(deployedAt, result.mirror.toBlock);
    expect(read).toEqual(givenUpTo === undefined ? everything : [...pages(givenUpTo + 1n, result.mirror.toBlock), ...everything]);
    for (const [group, root] of result.roots) expect(root, `group ${group}`).toBe(await chainRoot(group));
    mirror = result.mirror;
    await expectSameAsAFullRebuild(result.mirror);
    return result;
  };
  const stepsOf = (result: SyncIdentityGroupsReturnType) => result.steps.map((step) => [step.account, step.kind === 'synced' ? step.outcome : `joined ${step.districtGroup}`]);
  const address = (index: number) => resident(index).account.address;

  test('over rounds of admissions, revocations, moves and lapses, each sync reads only the blocks after the last and ends at a full rebuild\'s roots', async () => {
    const { polity, registrar } = city;
    // A chain with a history: the polity was deployed a while ago.
    for (let chunk = 0; chunk < 10; chunk++) await city.testClient.mine({ blocks: 100 });
    await admit([10, 11, 12, 13], { district: 1, days: 365 });
    await register([10, 11, 12]);
    const first = await syncFully();
    expect(first.steps).toEqual([]);
    expect(first.eventsRead.staleMirror).toBeUndefined();
    figures.runs += 1;
    figures.withMirror += pages(deployedAt, first.mirror.toBlock).length;
    figures.withoutMirror += pages(deployedAt, first.mirror.toBlock).length;

    // A revocation.
    await revokeResidents(registrar, { polity, accounts: [address(11)], reason: 'moved-away' });
    expect(stepsOf(await syncIncrementally())).toEqual([[address(11), 'removed']]);

    // New residents in a second district, and a move into it: out of the old district group, then into the new one.
    await admit([14, 15], { district: 2, days: 365 });
    await register([13, 14, 15]);
    await renewResidents(registrar, { polity, residents: [{ account: address(12), credential: credentialOf(address(12)), district: 2, expiresAt: Number((await getBlock(city.publicClient)).timestamp) + 365 * day }] });
    const moved = await syncIncrementally();
    expect(stepsOf(moved)[0]).toEqual([address(12), 'left-district']);
    if (moved.steps.length === 1) {
      await city.advance(1);
      expect(stepsOf(await syncIncrementally())).toEqual([[address(12), 'joined 3']]);
    }

    // A district group the mirror has never built a tree of (district 4), with a revocation in it: its tree is built from the mirror's leaves and checked.
    await admit([16, 17], { district: 4, days: 365 });
    await register([16, 17]);
    expect(mirror!.hasTree(5n)).toBe(false);
    await revokeResidents(registrar, { polity, accounts: [address(16)], reason: 'moved-away' });
    expect(stepsOf(await syncIncrementally())).toEqual([[address(16), 'removed']]);

    // A lapse with time.
    await admit([18], { district: 1, days: 2 });
    await register([18]);
    expect((await syncIncrementally()).steps).toEqual([]);
    await city.advance(3 * day);
    const lapsed = await syncIncrementally();
    expect(stepsOf(lapsed)).toEqual([[address(18), 'removed']]);
    expect(lapsed.steps[0]).toMatchObject({ reason: 'lapsing' });
    expect(lapsed.settled).toBe(true);

    // One new block without events: one request for it; then no new block: no request at all.
    await city.advance(1);
    expect((await syncIncrementally()).steps).toEqual([]);
    const asked = ranges.length;
    expect((await syncIncrementally()).steps).toEqual([]);
    expect(ranges.length).toBe(asked);

    // The same head read without the mirror: every page since deployment.
    const before = ranges.length;
    const full = await syncIdentityGroups(syncer, { polity, pageSize });
    expect(ranges.slice(before)).toEqual(pages(deployedAt, full.mirror.toBlock));
    expect(figures.withMirror * 3).toBeLessThan(figures.withoutMirror);
    console.log(`getLogs requests over ${figures.runs} runs up to block ${full.mirror.toBlock} (deployed at ${deployedAt}, ${pageSize} blocks a request): ${figures.withMirror} with the mirror, ${figures.withoutMirror} had each run read from the deployment block (a last run without it: ${ranges.length - before})`);
  }, 300_000);

  test('a tampered leaf in the mirror is caught by the root check: a full rebuild, and the sync then succeeds', async () => {
    const { polity, registrar } = city;
    await syncIncrementally();
    const tampered = mirror!;
    tampered.tree(0n).updateMember(0, 4_242n);
    await revokeResidents(registrar, { polity, accounts: [address(13)], reason: 'moved-away' });
    const result = await syncFully(tampered);
    expect(result.eventsRead.staleMirror).toMatch(/identity group 0 has root \d+ by the events, \d+ on chain/);
    expect(result.mirror).not.toBe(tampered);
    expect(stepsOf(result)).toEqual([[address(13), 'removed']]);
  }, 300_000);

  test('a mirror that skipped member events (a node that left logs out) is caught by the group sizes: a full rebuild', async () => {
    const { polity, registrar } = city;
    const skipping = mirror!;
    await admit([19], { district: 2, days: 365 });
    await register([19]);
    await revokeResidents(registrar, { polity, accounts: [address(19)], reason: 'moved-away' });
    // The mirror claims the head without the registration's events.
    skipping.fold([], await city.publicClient.getBlockNumber({ cacheTime: 0 }));
    const result = await syncFully(skipping);
    expect(result.eventsRead.staleMirror).toMatch(/identity group (0|3) has \d+ leaves by the events, \d+ on chain/);
    expect(stepsOf(result)).toEqual([[address(19), 'removed']]);
  }, 300_000);

  test('a mirror that missed a revocation (no tree changed) is caught by the pending count: a full rebuild syncs the leaf', async () => {
    const { polity, registrar } = city;
    // Up to the head first (the last sync's own removals), so that the revocation is all the mirror misses.
    await syncIncrementally();
    const missing = mirror!;
    await revokeResidents(registrar, { polity, accounts: [address(14)], reason: 'moved-away' });
    missing.fold([], await city.publicClient.getBlockNumber({ cacheTime: 0 }));
    const result = await syncFully(missing);
    expect(result.eventsRead.staleMirror).toBe('0 leaves pending by the events, 1 by the contract');
    expect(stepsOf(result)).toEqual([[address(14), 'removed']]);
  }, 300_000);

  test('a mirror read before a reorganisation replaced its blocks is caught by the root check: a full rebuild', async () => {
    const { testClient, registrar, polity } = city;
    await city.advance(1);
    const fork = await testClient.snapshot();
    // On the branch that will be dropped: a resident registers, and the mirror reads it.
    const dropped = city.walletOf(20);
    await testClient.setBalance({ address: dropped.account.address, value: 10n ** 18n });
    await admitResidents(registrar, { polity, residents: [{ account: dropped.account.address, credential: credentialOf(dropped.account.address), district: 2, expiresAt: Number((await getBlock(city.publicClient)).timestamp) + 365 * day }] });
    await registerSecretIdentity(dropped, { secretBallots: polity.secretBallots!, commitment: secretIdentityFromSeed(new Uint8Array(32).fill(seed++)).commitment });
    await syncIncrementally();
    const stale = mirror!;
    const readUpTo = stale.toBlock;
    // The chain goes another way from the fork: another resident registers, and it grows past the mirror's block.
    await testClient.revert({ id: fork });
    const kept = city.walletOf(21);
    await testClient.setBalance({ address: kept.account.address, value: 10n ** 18n });
    await admitResidents(registrar, { polity, residents: [{ account: kept.account.address, credential: credentialOf(kept.account.address), district: 2, expiresAt: Number((await getBlock(city.publicClient)).timestamp) + 365 * day }] });
    await registerSecretIdentity(kept, { secretBallots: polity.secretBallots!, commitment: secretIdentityFromSeed(new Uint8Array(32).fill(seed++)).commitment });
    await testClient.mine({ blocks: 3 });
    expect(await city.publicClient.getBlockNumber({ cacheTime: 0 })).toBeGreaterThan(readUpTo);
    const result = await syncFully(stale);
    expect(result.eventsRead.staleMirror).toMatch(/identity group (0|3) has root \d+ by the events, \d+ on chain/);
    expect(result.steps).toEqual([]);
    // And from the rebuilt mirror on, incremental again.
    await revokeResidents(registrar, { polity, accounts: [kept.account.address], reason: 'moved-away' });
    expect(stepsOf(await syncIncrementally())).toEqual([[kept.account.address, 'removed']]);
  }, 300_000);
});
