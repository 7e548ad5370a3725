/**
 * Seeds a demo city on a fresh local chain, through the SDK's own actions: a polity, residents in four
 * districts with delegations across topics, an executed proposal that lets the council open rounds, a
 * finished equal-shares round whose projects are funded and partly paid, a round in voting replaying
 * part of a real election (Warszawa 2017, Stara Miłosna), and an open proposal with votes and an
 * override. Used by `pnpm start` and by the web app's browser tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createPublicClient,
  createTestClient,
  createWalletClient,
  http,
  keccak256,
  toHex,
  type Address,
  type Hex,
} from 'viem';
import { generatePrivateKey, mnemonicToAccount, privateKeyToAccount } from 'viem/accounts';
import { foundry } from 'viem/chains';
import {
  admitResidents,
  advanceRoundPhase,
  buildFundProjectsProposal,
  buildSettingChangeProposal,
  buildTransferProposal,
  castBallot,
  castVote,
  delegateOnTopic,
  deployPasskeySupport,
  deployPolity,
  deployPolityFactory,
  executeProposal,
  finaliseOutcome,
  getProposalContents,
  getResult,
  openRound,
  parsePabulib,
  propose,
  queueProposal,
  releaseMilestone,
  reviewProjects,
  submitOutcome,
  submitProject,
  type PolityAddresses,
  type PolityClient,
  type ProposalDraft,
  withGasMargin,
} from '@polity/sdk';
import { deployDemoToken, mintDemoToken } from './token.js';
import { seedSecretRound, type DemoSecretIdentity } from './secret-round.js';
import {
  cityName,
  councilIndex,
  delegations,
  deployerIndex,
  districts,
  cultureCategories,
  cultureProjects,
  culturePlaces,
  greenCategories,
  greenPlaces,
  greenProjects,
  pabulibBallots,
  registrarIndex,
  residents,
  topicNumber,
  topics,
  zofiaDelegators,
  type TopicName,
} from './city.js';
import { ContentStore, placed, titled } from './content.js';
import { repositoryRoot } from './paths.js';

/** anvil's development mnemonic: its accounts are funded and unlocked on every fresh anvil. */
export const anvilMnemonic = 'test test test test test test test test test test test junk';

const day = 86_400;
const hour = 3_600;

export interface DemoPerson {
  readonly name: string;
  readonly address: Address;
  readonly role: 'resident' | 'council' | 'registrar';
  readonly district?: number;
}

export interface DemoCity {
  readonly name: string;
  readonly polity: PolityAddresses;
  readonly token: Address;
  readonly currency: { readonly symbol: string; readonly decimals: number };
  readonly districts: Record<number, string>;
  readonly people: readonly DemoPerson[];
  readonly content: ContentStore;
  /**
   * Round ids: the finished equal-shares round, the pabulib round in voting, the points round in voting,
   * and the secret round in voting (city-wide, approval of at most two).
   */
  readonly rounds: { readonly finished: bigint; readonly voting: bigint; readonly points: bigint; readonly secret: bigint };
  /** Secret ballots: the named residents with a registered identity (and its recovery phrase), and the relay. */
  readonly secret: DemoSecret;
  /** The open proposal with votes and an override. */
  readonly openProposal: bigint;
  /** What residents with a passkey and no wallet need: see {@link DemoSponsorship}. */
  readonly sponsorship: DemoSponsorship;
  /** Everything the seed did, one line per step, for the start script's progress output. */
  readonly stats: { readonly residents: number; readonly ballots: number; readonly transactions: number };
}

/**
 * Passkey accounts and the city paying for them (docs/passkey-accounts.md): the v0.8 EntryPoint, the
 * account factory, the polity's paymaster with its deposit, and the approval key the city's server
 * signs with. The key is new on every run: it is only ever given to this run's server.
 */
export interface DemoSponsorship {
  readonly entryPoint: Address;
  readonly accountFactory: Address;
  readonly paymaster: Address;
  /** Wei the paymaster holds at the EntryPoint to pay residents' operations from. */
  readonly deposit: bigint;
  readonly approvalSigner: Address;
  /** The approval key's private key: for the server's environment (`sponsorship.signerKeyEnv`), never printed. */
  readonly approvalKey: Hex;
}

/**
 * The demo's secret ballots: who registered an identity before the secret round's snapshot (with the
 * phrase that restores it; the others vote on paper), and the account the server's relay sends secret
 * ballots from. Its key is new on every run and only given to this run's server.
 */
export interface DemoSecret {
  readonly identities: readonly DemoSecretIdentity[];
  readonly relayAddress: Address;
  /** For the server's environment (`relay.senderKeyEnv`), never printed. */
  readonly relayKey: Hex;
}

/** The paymaster's deposit in the demo: plenty for a demo's sponsored actions at anvil's gas prices. */
const sponsorshipDeposit = 5n * 10n ** 18n;

export interface SeedOptions {
  readonly rpcUrl: string;
  readonly onProgress?: (message: string) => void;
}

/** Derived address of anvil account `index`. */
export const anvilAddress = (index: number): Address => mnemonicToAccount(anvilMnemonic, { addressIndex: index }).address;

/** Deterministic extra residents (the local node signs for them). */
const voterAddress = (index: number): Address => `0x${keccak256(toHex(`wesola-voter-${index}`)).slice(26)}` as Address;

export async function seedCity({ rpcUrl, onProgress = () => {} }: SeedOptions): Promise<DemoCity> {
  // No retries (a write must not be sent twice), and a long timeout: on a busy shared machine anvil
  // can take well over viem's default 10 s to answer a large admission batch.
  const transport = http(rpcUrl, { retryCount: 0, timeout: 120_000 });
  const client: PolityClient = createWalletClient({ chain: foundry, transport: withGasMargin(transport), pollingInterval: 50 });
  const publicClient = createPublicClient({ chain: foundry, transport, pollingInterval: 50 });
  const testClient = createTestClient({ chain: foundry, mode: 'anvil', transport });
  let transactions = 0;
  const count = <result>(promise: Promise<result>): Promise<result> => promise.then((value) => ((transactions += 1), value));
  const advance = async (seconds: number) => {
    await testClient.increaseTime({ seconds });
    await testClient.mine({ blocks: 1 });
  };
  const now = async () => Number((await publicClient.getBlock()).timestamp);

  // The local node signs for any address (demo mode in the browser relies on it too).
  await testClient.request({ method: 'anvil_autoImpersonateAccount' as 'anvil_impersonateAccount', params: [true] as unknown as [Address] });

  const deployer = anvilAddress(deployerIndex);
  const council = anvilAddress(councilIndex);
  const registrar = anvilAddress(registrarIndex);
  const people = new Map(residents.map((resident) => [resident.name, anvilAddress(resident.index)]));
  const who = (name: string): Address => {
    const address = people.get(name);
    if (!address) throw new Error(`no demo resident named ${name}`);
    return address;
  };
  const content = new ContentStore();

  // ── The polity ──
  onProgress('deploying the polity (factory, registry, Governor, timelock, rounds, results, escrow, secret ballots)');
  const { factory } = await deployPolityFactory(client, { chainId: foundry.id, account: deployer });
  const { polity } = await deployPolity(client, {
    chainId: foundry.id,
    factory,
    account: deployer,
    config: {
      name: cityName,
      maxDepth: 4n,
      topics: [...topics],
      registrar,
      council,
      timelockDelay: BigInt(day),
      governor: { votingDelay: 60, votingPeriod: 3 * day, proposalThreshold: 1n, quorumNumerator: 4n, lateQuorumExtension: 0, guardian: council },
    },
  });
  onProgress('deploying passkey support (EntryPoint, account factory, the city\'s paymaster with a 5 ETH deposit)');
  const approvalKey = generatePrivateKey();
  const approvalSigner = privateKeyToAccount(approvalKey).address;
  // The deployer stands for the city's IT operators (it may rotate the approval key); governance,
  // through the timelock, holds the deposit.
  const passkeys = await deployPasskeySupport(client, { ...polity, account: deployer, approvalSigner, deposit: sponsorshipDeposit });
  const sponsorship: DemoSponsorship = { ...passkeys, deposit: sponsorshipDeposit, approvalSigner, approvalKey };
  const token = await deployDemoToken(client, { account: deployer, name: 'Wesoła złoty', symbol: 'WZL' });
  await mintDemoToken(client, { token, account: deployer, to: polity.timelock, amount: 2_000_000n });
  transactions += 14;

  // ── Residents ──
  const pabulib = parsePabulib(readFileSync(join(repositoryRoot, 'test/data/pabulib/poland_warszawa_2017_stara-milosna.pb'), 'utf8'));
  const replayed = pabulib.votes.slice(0, pabulibBallots);
  const voters = replayed.map((_, index) => voterAddress(index));
  onProgress(`admitting ${residents.length + voters.length} residents in four districts`);
  await Promise.all(voters.map((address) => testClient.setBalance({ address, value: 10n ** 20n })));
  const expiresAt = (await now()) + 5 * 365 * day;
  const admissions = [
    // Council members are residents too: they may make proposals (the threshold is one vote).
    { account: council, credential: credential('council'), district: 2, expiresAt },
    ...residents.map((resident) => ({ account: who(resident.name), credential: credential(resident.name), district: resident.district, expiresAt })),
    ...voters.map((account, index) => ({ account, credential: credential(`voter-${index}`), district: 1, expiresAt })),
  ];
  for (let start = 0; start < admissions.length; start += 100) {
    await count(admitResidents(client, { polity, account: registrar, residents: admissions.slice(start, start + 100) }));
  }

  onProgress('delegating across topics (chains up to three deep)');
  for (const [from, topic, to] of delegations) {
    await count(delegateOnTopic(client, { polity, account: who(from), topic: topicNumber(topic), to: who(to) }));
  }
  await inBatches(voters.slice(0, zofiaDelegators), 10, (voter) => count(delegateOnTopic(client, { polity, account: voter, topic: 0, to: who('Zofia') })));

  // ── Governance lets the council open rounds ──
  onProgress('passing a proposal that lets the council open rounds');
  // Voting power is read one second before the proposal (the clock counts seconds). On a fast machine
  // the admissions, the delegations and the proposal can all fall in the same second, and the proposer
  // would then have no votes yet: let a second pass first.
  await advance(1);
  const voteAndExecute = async (proposal: ProposalDraft, proposer: string, topic: TopicName, votes: readonly (readonly [string, 'for' | 'against' | 'abstain', string?])[]) => {
    const { proposalId, proposal: proposed } = await count(propose(client, { polity, account: who(proposer), proposal, topic: topicNumber(topic) }));
    await advance(61);
    for (const [name, support, reason] of votes) {
      await count(castVote(client, { polity, account: who(name), proposalId, support, ...(reason ? { reason } : {}) }));
    }
    await advance(3 * day + 1);
    await count(queueProposal(client, { polity, account: who(proposer), proposal: proposed }));
    await advance(day + 1);
    await count(executeProposal(client, { polity, account: who(proposer), proposal: proposed }));
    return proposalId;
  };
  await voteAndExecute(
    buildSettingChangeProposal(polity, {
      title: 'Let the council open budget rounds',
      body: 'Each year the council opens the participatory budget. This grants it the round-manager role on the budget rounds, so that it can open rounds itself; governance keeps the role too and can revoke it at any time.',
      changes: [{ setting: 'grantRole', component: 'rounds', role: 'ROUND_MANAGER_ROLE', account: council }],
    }),
    'Zofia',
    'general',
    [['Zofia', 'for', 'Rounds should not wait for a city-wide vote each time.'], ['Carla', 'for'], ['Hubert', 'for'], ['Leon', 'against', 'I would rather vote on each round.']],
  );

  // ── A finished round: Green Wesoła, equal shares, funded, milestones partly paid ──
  onProgress('running the finished round "Green Wesoła" (equal shares) to its end');
  let start = await now();
  const green = await count(
    openRound(client, {
      polity,
      account: council,
      categories: greenCategories,
      config: roundConfig({
        token,
        district: 0,
        delegation: true,
        topic: topicNumber('environment'),
        budget: 150_000n,
        ballot: { kind: 0, minProjects: 1, maxProjects: 0, minSpendBps: 0, points: 0, maxPointsPerProject: 0 },
        timeline: { reviewStart: start + day, votingStart: start + 2 * day, votingEnd: start + 9 * day },
        counting: { rule: 1, stopAtMisfit: false, minSupport: 0n, completion: 1, challengeWindow: 2 * day, challengeBond: 10n ** 16n },
        descriptionHash: content.publish(titled('Green Wesoła 2026', 'The city sets aside 150,000 zł for projects that make Wesoła greener and more neighbourly. Every resident may approve as many projects as they like; the money is split by the Method of Equal Shares, so that every group of residents gets projects in proportion to its size.')),
      }),
    }),
  );
  const greenRound = green.roundId;
  for (const [index, [title, body, cost, category, proposer]] of greenProjects.entries()) {
    const [latitude, longitude, district, address] = greenPlaces[index]!;
    const descriptionHash = content.publish(placed(titled(title, body), district, address));
    await count(submitProject(client, { polity, account: who(proposer), roundId: greenRound, cost: BigInt(cost), category, location: { latitude, longitude }, descriptionHash }));
  }
  await count(advanceRoundPhase(client, { polity, account: council, roundId: greenRound, to: 'review' }));
  await count(
    reviewProjects(client, {
      polity,
      account: council,
      roundId: greenRound,
      decisions: [
        { projectId: 0, decision: 'accept' },
        { projectId: 1, decision: 'accept' },
        { projectId: 2, decision: 'accept' },
        { projectId: 3, decision: 'revalue', cost: 84_000n, reasonHash: content.publish('The city engineer priced the crossing at the station higher: 84,000 zł.') },
        { projectId: 3, decision: 'accept' },
        { projectId: 4, decision: 'accept' },
        { projectId: 5, decision: 'accept' },
        { projectId: 6, decision: 'reject', reasonHash: content.publish('Bus shelters belong to the transport authority’s own budget, not to this round.') },
      ],
    }),
  );
  await count(advanceRoundPhase(client, { polity, account: council, roundId: greenRound, to: 'voting' }));
  const greenBallots: readonly (readonly [string, readonly number[]])[] = [
    ['Leon', [0, 1, 5]], ['Carla', [3, 4]], ['Ana', [0, 2, 4]], ['Hubert', [1, 4]], ['Gosia', [2, 4]], ['Zofia', [0, 1, 2]],
    ['Olek', [3]], ['Piotr', [3, 5]], ['Eva', [0, 5]], ['Jan', [1, 2]], ['Dan', [3]],
  ];
  for (const [name, projects] of greenBallots) await count(castBallot(client, { polity, account: who(name), roundId: greenRound, projects }));
  await inBatches(voters.slice(100, 140), 10, (voter, index) => count(castBallot(client, { polity, account: voter, roundId: greenRound, projects: index % 3 === 0 ? [0, 5] : index % 3 === 1 ? [1, 2, 4] : [3, 4] })));
  await advance(9 * day);
  const outcome = await count(submitOutcome(client, { polity, account: council, roundId: greenRound, fromBlock: polity.deployedAtBlock }));
  await advance(2 * day + 1);
  await count(finaliseOutcome(client, { polity, account: council, roundId: greenRound }));

  onProgress(`funding the ${outcome.projects.length} selected projects through a proposal, releasing milestones`);
  const { projects: funded } = await getResult(client, { polity, roundId: greenRound });
  const milestoneTexts = ['Design and permits', 'Works', 'Handover and first year of care'];
  const costs = new Map<number, bigint>([...greenProjects.entries()].map(([index, project]) => [index, BigInt(project[2])]));
  costs.set(3, 84_000n);
  const plans = funded.map((projectId) => {
    const cost = costs.get(projectId) ?? 0n;
    const parts = cost >= 40_000n ? 3 : 2;
    const amounts = Array.from({ length: parts }, (_, index) => (index < parts - 1 ? cost / BigInt(parts) : cost - (cost / BigInt(parts)) * BigInt(parts - 1)));
    const title = greenProjects[projectId]?.[0] ?? `Project ${projectId}`;
    return {
      projectId,
      recipient: who(greenProjects[projectId]?.[4] ?? 'Zofia'),
      milestones: amounts.map((amount, index) => ({ amount, descriptionHash: content.publish(`${title}: ${milestoneTexts[index + (parts === 2 ? 1 : 0)]}`) })),
    };
  });
  const funding = buildFundProjectsProposal(polity, {
    title: 'Fund the projects of Green Wesoła 2026',
    body: 'The round’s result is final. This moves each selected project’s cost from the treasury into the milestone escrow; the council pays each milestone when its evidence is published.',
    roundId: greenRound,
    token,
    projects: plans,
  });
  await voteAndExecute(funding, 'Zofia', 'general', [['Zofia', 'for'], ['Piotr', 'for'], ['Carla', 'for']]);
  const releases = plans.map((plan, index) => (index === 0 ? plan.milestones.length : index === 1 ? 1 : index === 2 ? 2 : 0));
  for (const [index, plan] of plans.entries()) {
    for (let milestone = 0; milestone < (releases[index] ?? 0) && milestone < plan.milestones.length; milestone += 1) {
      const evidence = content.publish(`Evidence for ${greenProjects[plan.projectId]?.[0]}, milestone ${milestone + 1}: invoice and photos published by the city engineer.`);
      await count(releaseMilestone(client, { polity, account: council, roundId: greenRound, projectId: plan.projectId, evidenceHash: evidence }));
    }
  }

  // ── A round in voting with points: Culture in Wesoła (cumulative ballots) ──
  onProgress('opening "Culture in Wesoła", a round with points (cumulative ballots)');
  start = await now();
  const culture = await count(
    openRound(client, {
      polity,
      account: council,
      categories: cultureCategories,
      config: roundConfig({
        token,
        district: 0,
        delegation: false,
        topic: 0,
        budget: 60_000n,
        ballot: { kind: 2, minProjects: 1, maxProjects: 0, minSpendBps: 0, points: 10, maxPointsPerProject: 5 },
        timeline: { reviewStart: start + hour, votingStart: start + 2 * hour, votingEnd: start + 28 * day },
        counting: { rule: 0, stopAtMisfit: false, minSupport: 0n, completion: 0, challengeWindow: 0, challengeBond: 0n },
        // This round shows residents its live support counts while voting (the default hides them).
        descriptionHash: content.publish('---\nsupport-counts: shown\n---\n' + titled('Culture in Wesoła 2026', 'Sixty thousand złoty for culture. Every resident shares out ten points between the projects they like, at most five on one; the projects with the most points are funded while the money lasts.')),
      }),
    }),
  );
  for (const [index, [title, body, cost, category, proposer]] of cultureProjects.entries()) {
    const [latitude, longitude, district, address] = culturePlaces[index]!;
    const descriptionHash = content.publish(placed(titled(title, body), district, address));
    await count(submitProject(client, { polity, account: who(proposer), roundId: culture.roundId, cost: BigInt(cost), category, location: { latitude, longitude }, descriptionHash }));
  }
  await count(advanceRoundPhase(client, { polity, account: council, roundId: culture.roundId, to: 'review' }));
  await count(reviewProjects(client, { polity, account: council, roundId: culture.roundId, decisions: cultureProjects.map((_, projectId) => ({ projectId, decision: 'accept' as const })) }));
  await count(advanceRoundPhase(client, { polity, account: council, roundId: culture.roundId, to: 'voting' }));
  const cultureBallots: readonly (readonly [string, readonly number[], readonly number[]])[] = [
    ['Gosia', [0, 1], [5, 5]], ['Iga', [1, 2, 3], [4, 3, 3]], ['Kasia', [0, 4], [5, 5]], ['Maja', [2], [5]], ['Olek', [0, 1, 2, 3], [4, 2, 2, 2]],
  ];
  for (const [name, projects, points] of cultureBallots) await count(castBallot(client, { polity, account: who(name), roundId: culture.roundId, projects, points }));

  // ── A round in voting: Stara Miłosna 2017, replayed ──
  onProgress(`opening the Stara Miłosna round (29 real projects) and casting ${replayed.length} of its real ballots`);
  start = await now();
  const categoryNames = [...new Set(pabulib.projects.map((project) => (project.fields.category ?? 'other').split(',')[0]!.trim()))];
  const warsaw = await count(
    openRound(client, {
      polity,
      account: council,
      categories: categoryNames,
      config: roundConfig({
        token,
        district: 1,
        delegation: false,
        topic: 0,
        budget: BigInt(Math.trunc(Number(pabulib.meta.find((entry) => entry.key === 'budget')?.value ?? '309914'))),
        ballot: { kind: 1, minProjects: 1, maxProjects: 0, minSpendBps: 0, points: 0, maxPointsPerProject: 0 },
        timeline: { reviewStart: start + hour, votingStart: start + 2 * hour, votingEnd: start + 21 * day },
        counting: { rule: 0, stopAtMisfit: false, minSupport: 0n, completion: 0, challengeWindow: 0, challengeBond: 0n },
        descriptionHash: content.publish(titled('Stara Miłosna 2017 (replayed)', 'The real participatory budget of Stara Miłosna, Warszawa-Wesoła, 2017: its 29 projects and the first 300 of its 1,078 ballots, from pabulib. Residents of Stara Miłosna choose projects whose total cost fits the budget (a knapsack ballot); projects are funded greedily by support.')),
      }),
    }),
  );
  const projectIds = new Map<string, number>();
  for (const [index, project] of pabulib.projects.entries()) {
    const name = project.fields.name ?? `Project ${project.id}`;
    const category = categoryNames.indexOf((project.fields.category ?? 'other').split(',')[0]!.trim());
    const proposer = voters[200 + (index % 10)]!;
    const { projectId } = await count(
      submitProject(client, {
        polity,
        account: proposer,
        roundId: warsaw.roundId,
        cost: BigInt(project.cost),
        category,
        descriptionHash: content.publish(titled(name, `Pabulib project ${project.id}, Warszawa 2017. Categories: ${project.fields.category ?? '—'}. For: ${project.fields.target ?? '—'}.`)),
      }),
    );
    projectIds.set(project.id, projectId);
  }
  await count(advanceRoundPhase(client, { polity, account: council, roundId: warsaw.roundId, to: 'review' }));
  await count(reviewProjects(client, { polity, account: council, roundId: warsaw.roundId, decisions: [...projectIds.values()].map((projectId) => ({ projectId, decision: 'accept' as const })) }));
  await count(advanceRoundPhase(client, { polity, account: council, roundId: warsaw.roundId, to: 'voting' }));
  await inBatches(replayed, 10, (vote, index) =>
    count(castBallot(client, { polity, account: voters[index]!, roundId: warsaw.roundId, projects: vote.projects.map((id) => projectIds.get(id)!) })),
  );

  // ── A secret round in voting: Neighbourhood ideas ──
  onProgress('opening "Neighbourhood ideas", a secret round: residents register identities, three secret ballots through the relay account');
  const relayKey = generatePrivateKey();
  const relayAddress = privateKeyToAccount(relayKey).address;
  await testClient.setBalance({ address: relayAddress, value: 10n ** 20n });
  const secretRound = await seedSecretRound({ client, transport, polity, council, token, content, who, now, advance, count, relayKey });

  // ── An open proposal on transport, with a delegate's vote and an override ──
  onProgress('opening a transport proposal: Carla votes for her delegators, Ana overrides');
  const nightBus = buildTransferProposal(polity, {
    title: 'Night bus N72 for one year',
    body: 'A night bus from Stara Miłosna through Centrum to the railway station, every 30 minutes from 23:00 to 5:00, for one year, run by the city’s transport operator.\n\n- 48,000 zł for the year\n- reviewed after six months with ridership figures',
    token,
    to: transportOperator,
    amount: 48_000n,
  });
  const { proposalId: openProposal } = await count(propose(client, { polity, account: who('Carla'), proposal: nightBus, topic: topicNumber('transport') }));
  await advance(61);
  const openVotes: readonly (readonly [string, 'for' | 'against' | 'abstain', string?])[] = [
    ['Carla', 'for', 'Late shifts at the hospital need this; I vote for everyone who trusted me with transport.'],
    ['Ana', 'against', 'I would rather put the money into the cycle lane.'],
    ['Hubert', 'against'],
    ['Leon', 'abstain'],
    ['Zofia', 'for', 'Older residents have asked for it for years.'],
  ];
  for (const [name, support, reason] of openVotes) {
    await count(castVote(client, { polity, account: who(name), proposalId: openProposal, support, ...(reason ? { reason } : {}) }));
  }
  await getProposalContents(client, { polity, proposalId: openProposal });

  const demoPeople: DemoPerson[] = [
    { name: 'Council', address: council, role: 'council', district: 2 },
    { name: 'Identity office', address: registrar, role: 'registrar' },
    ...residents.map((resident) => ({ name: resident.name, address: who(resident.name), role: 'resident' as const, district: resident.district })),
  ];
  return {
    name: cityName,
    polity,
    token,
    currency: { symbol: 'zł', decimals: 0 },
    districts,
    people: demoPeople,
    content,
    rounds: { finished: greenRound, voting: warsaw.roundId, points: culture.roundId, secret: secretRound.roundId },
    secret: { identities: secretRound.identities, relayAddress, relayKey },
    openProposal,
    sponsorship,
    stats: { residents: admissions.length, ballots: greenBallots.length + 40 + cultureBallots.length + replayed.length + secretRound.ballots, transactions },
  };
}

/** The city's transport operator, who would receive the night bus money. */
const transportOperator: Address = '0x7a0000000000000000000000000000000000b05e';

function credential(name: string): Hex {
  return keccak256(toHex(`wesola-credential:${name}`));
}

interface RoundConfigInput {
  readonly token: Address;
  readonly district: number;
  readonly delegation: boolean;
  readonly topic: number;
  readonly budget: bigint;
  readonly ballot: { kind: number; minProjects: number; maxProjects: number; minSpendBps: number; points: number; maxPointsPerProject: number };
  readonly timeline: { reviewStart: number; votingStart: number; votingEnd: number };
  readonly counting: { rule: number; stopAtMisfit: boolean; minSupport: bigint; completion: number; challengeWindow: number; challengeBond: bigint };
  readonly descriptionHash: Hex;
}

function roundConfig(input: RoundConfigInput) {
  return { ...input, maxSubmissionsPerResident: 5 };
}

/** Runs `work` over `items`, `size` at a time (different senders, so the node can take them together). */
async function inBatches<item>(items: readonly item[], size: number, work: (item: item, index: number) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < items.length; start += size) {
    await Promise.all(items.slice(start, start + size).map((item, offset) => work(item, start + offset)));
  }
}
