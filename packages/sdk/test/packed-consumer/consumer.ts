/**
 * A developer's program outside the repository, compiled by the packed-consumer test against the
 * installed tarball with strict compiler options: it deploys a polity, passes a proposal by vote, opens
 * a budget round and casts a ballot, then prints what it read back as JSON.
 */
import { createPublicClient, createTestClient, createWalletClient, http, keccak256, toHex, type Address } from 'viem';
import { mnemonicToAccount } from 'viem/accounts';
import { getBlock, deployContract, waitForTransactionReceipt } from 'viem/actions';
import { foundry } from 'viem/chains';
import {
  admitResidents,
  advanceRoundPhase,
  buildSettingChangeProposal,
  castBallot,
  castVote,
  credentialCommitment,
  deployPolity,
  deployPolityFactory,
  executeProposal,
  getBallot,
  getProposal,
  getRound,
  getRoundCategories,
  liquidVotesTokenAbi,
  liquidVotesTokenBytecode,
  openRound,
  parsePolityFile,
  PolityError,
  propose,
  queueProposal,
  reviewProjects,
  stringifyPolityFile,
  submitProject,
  type PolityAddresses,
  type RoundConfigInput,
} from '@polity/sdk';

const rpcUrl = process.env['POLITY_RPC_URL'];
if (rpcUrl === undefined) throw new Error('POLITY_RPC_URL is not set');
const transport = http(rpcUrl, { retryCount: 0 });
const publicClient = createPublicClient({ chain: foundry, transport });
const testClient = createTestClient({ chain: foundry, mode: 'anvil', transport });
const wallet = (index: number) =>
  createWalletClient({ account: mnemonicToAccount('test test test test test test test test test test test junk', { addressIndex: index }), chain: foundry, transport });
const advance = async (seconds: number): Promise<void> => {
  await testClient.increaseTime({ seconds });
  await testClient.mine({ blocks: 1 });
};

const deployer = wallet(0);
const council = wallet(1);
const registrar = wallet(2);
const residents = [wallet(3), wallet(4), wallet(5)] as const;
const [ana, ben, carla] = residents;

// ── deploy ──
const { factory } = await deployPolityFactory(deployer, { chainId: foundry.id });
const deployed = await deployPolity(deployer, {
  chainId: foundry.id,
  factory,
  config: {
    name: 'Consumerville',
    maxDepth: 3n,
    topics: ['transport'],
    registrar: registrar.account.address,
    council: council.account.address,
    timelockDelay: 60n,
    governor: { votingDelay: 60, votingPeriod: 3600, proposalThreshold: 1n, quorumNumerator: 10n, lateQuorumExtension: 0, guardian: council.account.address },
  },
});
// Through the polity file's JSON and back, as a portal would read it.
const polity: PolityAddresses = parsePolityFile(stringifyPolityFile({ name: 'Consumerville', polity: deployed.polity, factory })).polity;

const salt = `0x${'5a'.repeat(32)}` as const;
const { timestamp } = await getBlock(publicClient);
await admitResidents(registrar, {
  polity,
  residents: residents.map((resident, index) => ({
    account: resident.account.address,
    credential: credentialCommitment(salt, `DOC-${index}`),
    district: 1,
    expiresAt: timestamp + 365n * 86_400n,
  })),
});
await advance(2);

// ── a vote: governance lets the council open budget rounds ──
const proposal = buildSettingChangeProposal(polity, {
  title: 'Let the council open budget rounds',
  changes: [{ setting: 'grantRole', component: 'rounds', role: 'ROUND_MANAGER_ROLE', account: council.account.address }],
});
const { proposalId } = await propose(ana, { polity, proposal });
await advance(61);
const votes: bigint[] = [];
for (const resident of residents) votes.push((await castVote(resident, { polity, proposalId, support: 'for', reason: 'yes' })).weight);
await advance(3601);
await queueProposal(ana, { polity, proposal });
await advance(61);
await executeProposal(ana, { polity, proposal });
const { state } = await getProposal(publicClient, { polity, proposalId });

// ── a round, by name ──
const tokenHash = await deployContract(deployer, { abi: liquidVotesTokenAbi, bytecode: liquidVotesTokenBytecode, args: ['City Zloty', 'CZL', deployer.account.address, 1n] });
const token = (await waitForTransactionReceipt(publicClient, { hash: tokenHash })).contractAddress;
if (!token) throw new Error('the token was not deployed');
const now = Number((await getBlock(publicClient)).timestamp);
const config: RoundConfigInput = {
  token,
  district: 0,
  delegation: false,
  topic: 0,
  maxSubmissionsPerResident: 5,
  budget: 100_000n,
  ballot: { kind: 'knapsack', minProjects: 1, maxProjects: 0, minSpendBps: 0, points: 0, maxPointsPerProject: 0 },
  timeline: { reviewStart: now + 1_000, votingStart: now + 2_000, votingEnd: now + 3_000 },
  counting: { rule: 'greedy', stopAtMisfit: false, minSupport: 0n, completion: 'none', challengeWindow: 0, challengeBond: 0n },
  descriptionHash: keccak256(toHex('round one')),
};
const { roundId } = await openRound(council, { polity, config, categories: ['parks', 'streets'] });
await submitProject(ana, { polity, roundId, cost: 60_000n, category: 0, descriptionHash: keccak256(toHex('park')) });
await submitProject(ben, { polity, roundId, cost: 30_000n, category: 1, descriptionHash: keccak256(toHex('lights')) });
await advanceRoundPhase(council, { polity, roundId, to: 'review' });
await reviewProjects(council, { polity, roundId, decisions: [{ projectId: 0, decision: 'accept' }, { projectId: 1, decision: 'accept' }] });
await advanceRoundPhase(council, { polity, roundId, to: 'voting' });

// ── a ballot, and one the SDK refuses before sending ──
const cast = await castBallot(carla, { polity, roundId, projects: [1, 0] });
let refusal = '';
try {
  await castBallot(ben, { polity, roundId, projects: [0, 1, 2] });
} catch (error) {
  if (error instanceof PolityError) refusal = `${error.name}: ${error.message}`;
}
const ballot = await getBallot(publicClient, { polity, roundId, voter: carla.account.address });
const round = await getRound(publicClient, { polity, roundId });

const notAContract: Address = '0x000000000000000000000000000000000000dEaD';
let wrongAddress = '';
try {
  await getRound(publicClient, { polity: { ...polity, rounds: notAContract }, roundId });
} catch (error) {
  if (error instanceof PolityError) wrongAddress = error.message;
}

console.log(
  JSON.stringify({
    votes: votes.map(String),
    proposalState: state,
    roundId: String(roundId),
    categories: await getRoundCategories(publicClient, { polity, roundId }),
    ballotKind: round.ballotKind,
    countingRule: round.countingRule,
    cast: cast.projects,
    ballot: ballot.projects,
    refusal,
    wrongAddress,
  }),
);
