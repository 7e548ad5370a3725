/**
 * A polity deployed by the SDK's deploy actions can hold secret rounds with nothing else deployed or
 * wired by hand: PoseidonT3 at its deterministic address, the identity groups connected to the registry,
 * SecretBallots the rounds' ballot channel. A resident's registration builds the same Lean IMT as
 * Semaphore's own JavaScript group (so the library at that address is the right Poseidon), and a proof
 * made against the chain's group is counted.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getCode, readContract, simulateContract, writeContract, waitForTransactionReceipt, getBlock } from 'viem/actions';
import { keccak256, toHex, type Address } from 'viem';
import { budgetRoundsAbi, identityGroupsAbi, residentRegistryAbi, secretBallotsAbi } from '../src/contracts/generated.js';
import { deployPoseidonT3, poseidonT3Address } from '../src/actions/deployment/deployPoseidonT3.js';
import { admitResidents } from '../src/actions/membership/admitResidents.js';
import { openRound } from '../src/actions/rounds/openRound.js';
import { submitProject } from '../src/actions/rounds/submitProject.js';
import { reviewProjects } from '../src/actions/rounds/reviewProjects.js';
import { advanceRoundPhase } from '../src/actions/rounds/advanceRoundPhase.js';
import { getProjects } from '../src/actions/rounds/getProjects.js';
import { readProvingFiles } from '../src/secret/node.js';
import { createSecretGroup } from '../src/secret/secretGroup.js';
import { secretIdentityFromSeed } from '../src/secret/identity.js';
import { readSecretGroup } from '../src/secret/readSecretGroup.js';
import { proveSecretBallot } from '../src/secret/proveSecretBallot.js';
import { secretBallotMessage, secretBallotScope } from '../src/secret/ballotMessage.js';
import { castSecretBallotThroughContract } from '../src/secret/castSecretBallotThroughContract.js';
import { treeDepthForGroupSize } from '../src/secret/provingFiles.js';
import { credentialOf, startCity, type City, type Wallet } from './fixture.js';

describe('a polity deployed by the SDK has secret ballots', () => {
  let city: City;
  beforeAll(async () => {
    city = await startCity();
  }, 120_000);
  afterAll(async () => city?.stop());

  test('PoseidonT3 is at its deterministic address, and a second deployment reuses it', async () => {
    expect((await getCode(city.publicClient, { address: poseidonT3Address }))?.length).toBeGreaterThan(2);
    expect(await deployPoseidonT3(city.deployer)).toEqual({ address: poseidonT3Address, deployed: false });
  });

  test('the identity groups and SecretBallots are deployed and wired', async () => {
    const { polity, publicClient } = city;
    const { identityGroups, secretBallots } = polity;
    if (!identityGroups || !secretBallots) throw new Error('deployPolity returned no secret-ballot addresses');
    expect(await readContract(publicClient, { address: polity.registry, abi: residentRegistryAbi, functionName: 'identityGroups' })).toBe(identityGroups);
    expect(await readContract(publicClient, { address: identityGroups, abi: identityGroupsAbi, functionName: 'registry' })).toBe(polity.registry);
    const [rounds, groups, verifier] = await readContract(publicClient, { address: secretBallots, abi: secretBallotsAbi, functionName: 'components' });
    expect([rounds, groups]).toEqual([polity.rounds, identityGroups]);
    expect((await getCode(publicClient, { address: verifier }))?.length).toBeGreaterThan(2);
    const channel = keccak256(toHex('BALLOT_CHANNEL_ROLE'));
    expect(await readContract(publicClient, { address: polity.rounds, abi: budgetRoundsAbi, functionName: 'hasRole', args: [channel, secretBallots] })).toBe(true);
    const admin = await readContract(publicClient, { address: secretBallots, abi: secretBallotsAbi, functionName: 'DEFAULT_ADMIN_ROLE' });
    expect(await readContract(publicClient, { address: secretBallots, abi: secretBallotsAbi, functionName: 'hasRole', args: [admin, polity.timelock] })).toBe(true);
    expect(await readContract(publicClient, { address: secretBallots, abi: secretBallotsAbi, functionName: 'hasRole', args: [admin, city.deployer.account.address] })).toBe(false);
  });

  test('residents register identities, and a secret ballot proved against the chain\'s group is counted', async () => {
    const { polity, publicClient, testClient, council, registrar, people } = city;
    const identityGroups = polity.identityGroups!;
    const secretBallots = polity.secretBallots!;
    const send = async (wallet: Wallet | Address, request: Parameters<typeof simulateContract>[1]) => {
      const account = typeof wallet === 'string' ? wallet : wallet.account;
      const { request: simulated } = await simulateContract(publicClient, { ...request, account } as Parameters<typeof simulateContract>[1]);
      const client = typeof wallet === 'string' ? city.walletOf(0) : wallet;
      // A fixed limit well above these calls' cost: checkpoints cost more when a transaction lands in a
      // later second than its estimate (a loaded machine).
      const hash = await writeContract(client, { ...(simulated as Parameters<typeof writeContract>[1]), account, gas: 2_000_000n } as Parameters<typeof writeContract>[1]);
      const receipt = await waitForTransactionReceipt(publicClient, { hash });
      expect(receipt.status).toBe('success');
      return receipt;
    };

    const voters = people.slice(0, 3);
    const { timestamp } = await getBlock(publicClient);
    await admitResidents(registrar, {
      polity,
      residents: voters.map((wallet, index) => ({ account: wallet.account.address, credential: credentialOf(`secret ${index}`), district: 1, expiresAt: Number(timestamp) + 365 * 86_400 })),
    });
    const identities = voters.map((_, index) => secretIdentityFromSeed(new Uint8Array(32).fill(index + 1)));
    for (const [index, wallet] of voters.entries()) {
      await send(wallet, { address: identityGroups, abi: identityGroupsAbi, functionName: 'register', args: [identities[index]!.commitment] });
    }
    // Differential: the chain's Lean IMT (PoseidonT3 at its address) and Semaphore's JavaScript group agree.
    const [root, size] = await readContract(publicClient, { address: identityGroups, abi: identityGroupsAbi, functionName: 'groupOf', args: [0n] });
    expect(size).toBe(3n);
    expect(root).toBe(createSecretGroup(identities.map((identity) => identity.commitment)).root);

    // The snapshot is the second before voting opens: registrations must lie before it.
    await city.advance(10);

    // Governance lets the council open rounds (the timelock, impersonated on this local chain).
    await testClient.impersonateAccount({ address: polity.timelock });
    await testClient.setBalance({ address: polity.timelock, value: 10n ** 18n });
    const manager = await readContract(publicClient, { address: polity.rounds, abi: budgetRoundsAbi, functionName: 'ROUND_MANAGER_ROLE' });
    await send(polity.timelock, { address: polity.rounds, abi: budgetRoundsAbi, functionName: 'grantRole', args: [manager, council.account.address] });

    const now = Number((await getBlock(publicClient)).timestamp);
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
        timeline: { reviewStart: now + hour, votingStart: now + 2 * hour, votingEnd: now + 48 * hour },
        counting: { rule: 'greedy', stopAtMisfit: false, minSupport: 0n, completion: 'none', challengeWindow: 0, challengeBond: 0n },
        descriptionHash: keccak256(toHex('a secret round')),
      },
    });
    for (const cost of [40_000n, 50_000n]) {
      await submitProject(voters[0]!, { polity, roundId, cost, category: 0, descriptionHash: keccak256(toHex(`project ${cost}`)) });
    }
    await advanceRoundPhase(council, { polity, roundId, to: 'review' });
    await reviewProjects(council, { polity, roundId, decisions: [{ projectId: 0, decision: 'accept' }, { projectId: 1, decision: 'accept' }] });
    await advanceRoundPhase(council, { polity, roundId, to: 'voting' });

    const { group } = await readSecretGroup(publicClient, { secretBallots, roundId, fromBlock: polity.deployedAtBlock });
    const provingFiles = await readProvingFiles(treeDepthForGroupSize(group.size));
    const scope = secretBallotScope({ chainId: city.anvil.chainId, rounds: polity.rounds, roundId });
    const projects = [1];
    const message = secretBallotMessage({ revision: 1n, projects, points: [] });
    const proof = await proveSecretBallot({ identity: identities[2]!, group, roundId, message, scope, provingFiles });
    // Sent by the deployer's account (standing for the city's relay), not the resident's.
    const onChain = { ...proof, merkleTreeRoot: BigInt(proof.merkleTreeRoot), nullifier: BigInt(proof.nullifier), message: BigInt(proof.message), scope: BigInt(proof.scope), points: proof.points.map(BigInt) };
    await castSecretBallotThroughContract(city.deployer, publicClient, { secretBallots, roundId, projects, points: [], revision: 1n, proof: onChain });
    expect(await readContract(publicClient, { address: secretBallots, abi: secretBallotsAbi, functionName: 'revisionOf', args: [roundId, onChain.nullifier] })).toBe(1n);
    const support = (await getProjects(publicClient, { polity, roundId })).map((project) => project.support);
    expect(support).toEqual([0n, 1n]);
  }, 180_000);
});
