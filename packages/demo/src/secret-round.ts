/**
 * The demo's secret round (docs/secret-ballots.md): named residents register Semaphore identities from
 * their own accounts, the council opens a city-wide secret round, the round reaches voting (which fixes
 * its group), and a few residents' secret ballots are sent from the relay's account as the city's server
 * would send them. Part of the seed (seed.ts).
 */
import { createWalletClient, hexToBytes, keccak256, toHex, type Address, type Hex, type Transport } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { waitForTransactionReceipt, writeContract } from 'viem/actions';
import { foundry } from 'viem/chains';
import {
  advanceRoundPhase,
  castSecretBallotThroughContract,
  identityGroupsAbi,
  openRound,
  proveSecretBallot,
  readSecretGroup,
  recoveryPhraseFromSeed,
  reviewProjects,
  secretBallotMessage,
  secretBallotScope,
  secretIdentityFromSeed,
  submitProject,
  treeDepthForGroupSize,
  withGasMargin,
  type PolityAddresses,
  type PolityClient,
  type RoundConfigInput,
} from '@polity/sdk';
import { readProvingFiles } from '@polity/sdk/node';
import { secretBallots, secretCategories, secretIdentityHolders, secretProjects, secretPlaces } from './city.js';
import { placed, titled, type ContentStore } from './content.js';

/** A named resident's secret-ballot identity in the demo: its recovery phrase restores it in the app. */
export interface DemoSecretIdentity {
  readonly name: string;
  readonly address: Address;
  readonly recoveryPhrase: string;
}

export interface SecretRoundContext {
  readonly client: PolityClient;
  readonly transport: Transport;
  readonly polity: PolityAddresses;
  readonly council: Address;
  readonly token: Address;
  readonly content: ContentStore;
  readonly who: (name: string) => Address;
  readonly now: () => Promise<number>;
  readonly advance: (seconds: number) => Promise<void>;
  /** Counts a sent transaction (the seed's statistics). */
  readonly count: <result>(promise: Promise<result>) => Promise<result>;
  /** The relay's account key (the server sends residents' secret ballots from it). */
  readonly relayKey: Hex;
}

export interface DemoSecretRound {
  readonly roundId: bigint;
  readonly identities: readonly DemoSecretIdentity[];
  readonly ballots: number;
}

const hour = 3_600;
const day = 86_400;

/** The fixed seed of a demo resident's identity (public: this is a demo, never a real city's way). */
export const secretIdentitySeed = (name: string): Uint8Array => hexToBytes(keccak256(toHex(`wesola-secret-identity:${name}`)));

export async function seedSecretRound(context: SecretRoundContext): Promise<DemoSecretRound> {
  const { client, polity, council, content, who, count } = context;
  const identityGroups = polity.identityGroups;
  const secretBallotsAddress = polity.secretBallots;
  if (!identityGroups || !secretBallotsAddress) throw new Error('the demo polity has no secret ballots: deployPolity should have returned identityGroups and secretBallots');

  // Each resident registers from its own account (the local node signs for it).
  const identities = secretIdentityHolders.map((name) => {
    const seed = secretIdentitySeed(name);
    return { name, address: who(name), identity: secretIdentityFromSeed(seed), recoveryPhrase: recoveryPhraseFromSeed(seed) };
  });
  for (const { address, identity } of identities) {
    const hash = await count(writeContract(client, { address: identityGroups, abi: identityGroupsAbi, functionName: 'register', args: [identity.commitment], account: address, chain: foundry }));
    const receipt = await waitForTransactionReceipt(client, { hash, pollingInterval: 50 });
    if (receipt.status !== 'success') throw new Error(`registering ${address}'s secret-ballot identity reverted (${hash})`);
  }
  // The snapshot is the second before voting opens: the registrations must lie in an earlier one.
  await context.advance(60);

  const start = await context.now();
  const config: RoundConfigInput = {
    token: context.token,
    district: 0,
    delegation: false,
    topic: 0,
    maxSubmissionsPerResident: 5,
    budget: 60_000n,
    ballot: { kind: 'approval', minProjects: 1, maxProjects: 2, minSpendBps: 0, points: 0, maxPointsPerProject: 0 },
    timeline: { reviewStart: start + hour, votingStart: start + 2 * hour, votingEnd: start + 21 * day },
    counting: { rule: 'greedy', stopAtMisfit: false, minSupport: 0n, completion: 'none', challengeWindow: 0, challengeBond: 0n },
    descriptionHash: content.publish(
      titled(
        'Neighbourhood ideas 2026 (secret ballot)',
        'Sixty thousand złoty for the whole city, and a secret ballot: no one, not even the council, can tell who voted for which projects. Approve one or two projects; you may change your ballot until voting closes. Residents who registered a secret-ballot identity before voting opened vote online; everyone else votes on paper at a polling station.',
      ),
    ),
  };
  const { roundId } = await count(openRound(client, { polity, account: council, config, categories: secretCategories, ballots: 'secret' }));

  for (const [index, [title, body, cost, category, proposer]] of secretProjects.entries()) {
    const [latitude, longitude, district, address] = secretPlaces[index]!;
    const descriptionHash = content.publish(placed(titled(title, body), district, address));
    await count(submitProject(client, { polity, account: who(proposer), roundId, cost: BigInt(cost), category, location: { latitude, longitude }, descriptionHash }));
  }
  await count(advanceRoundPhase(client, { polity, account: council, roundId, to: 'review' }));
  await count(reviewProjects(client, { polity, account: council, roundId, decisions: secretProjects.map((_, projectId) => ({ projectId, decision: 'accept' as const })) }));
  await count(advanceRoundPhase(client, { polity, account: council, roundId, to: 'voting' }));

  // A few ballots, proved here and sent from the relay's account, as the server's relay sends them.
  const relay = createWalletClient({ account: privateKeyToAccount(context.relayKey), chain: foundry, transport: withGasMargin(context.transport) });
  const { group } = await readSecretGroup(client, { secretBallots: secretBallotsAddress, roundId, fromBlock: polity.deployedAtBlock });
  const provingFiles = await readProvingFiles(treeDepthForGroupSize(group.size));
  const scope = secretBallotScope({ chainId: foundry.id, rounds: polity.rounds, roundId });
  for (const [name, projects] of secretBallots) {
    const holder = identities.find((entry) => entry.name === name);
    if (!holder) throw new Error(`${name} holds no secret-ballot identity in the demo`);
    const message = secretBallotMessage({ revision: 1n, projects, points: [] });
    const proof = await proveSecretBallot({ identity: holder.identity, group, roundId, message, scope, provingFiles });
    // Semaphore gives the proof's numbers as decimal strings (its JSON form); the contract takes integers.
    const onChain = {
      merkleTreeDepth: proof.merkleTreeDepth,
      merkleTreeRoot: BigInt(proof.merkleTreeRoot),
      nullifier: BigInt(proof.nullifier),
      message: BigInt(proof.message),
      scope: BigInt(proof.scope),
      points: proof.points.map((point) => BigInt(point)),
    };
    await count(castSecretBallotThroughContract(relay, client, { secretBallots: secretBallotsAddress, roundId, projects, points: [], revision: 1n, proof: onChain }));
  }

  return {
    roundId,
    identities: identities.map(({ name, address, recoveryPhrase }) => ({ name, address, recoveryPhrase })),
    ballots: secretBallots.length,
  };
}
