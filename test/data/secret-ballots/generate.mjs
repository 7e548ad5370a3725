// Generates the Groth16 fixtures of test/secrecy/*.t.sol with Semaphore's own prover, offline: the
// proving files come from @zk-kit/semaphore-artifacts (npm), nothing is downloaded. Run once from the
// repository root (`node test/data/secret-ballots/generate.mjs`, about a minute); the JSON is committed.
//
// Every value the contracts derive is derived here the same way (SecretBallots.scopeOf, messageOf), and
// the budget rounds sit at a fixed test address (SecretFixture.ROUNDS), so the proofs stay valid whatever
// else the tests deploy.
import { createRequire } from 'node:module';
import { realpathSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Identity, Group, generateProof, verifyProof } from '@semaphore-protocol/core';

// ethers is what Semaphore's prover itself depends on: resolve it from there rather than add a dependency.
const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const core = realpathSync(join(root, 'node_modules/@semaphore-protocol/core'));
const proofPackage = realpathSync(join(core, '../proof'));
const { AbiCoder, keccak256, toUtf8Bytes } = createRequire(join(proofPackage, 'package.json'))('ethers');
const artifacts = realpathSync(join(root, 'node_modules/@zk-kit/semaphore-artifacts'));

const CHAIN_ID = 31337n;
// SecretFixture.ROUNDS: address(uint160(uint256(keccak256("polity.test.secret-rounds"))))
const ROUNDS = '0x' + keccak256(toUtf8Bytes('polity.test.secret-rounds')).slice(-40);
const abi = AbiCoder.defaultAbiCoder();

const scopeOf = (roundId) =>
  BigInt(keccak256(abi.encode(['uint256', 'address', 'uint256'], [CHAIN_ID, ROUNDS, roundId]))) >> 8n;
const messageOf = (revision, projects, points) =>
  BigInt(keccak256(abi.encode(['uint256', 'uint8[]', 'uint16[]'], [revision, projects, points]))) >> 8n;

const identities = Array.from({ length: 6 }, (_, i) => new Identity(`polity-secret-ballots-fixture-${i}`));
const commitments = identities.map((identity) => identity.commitment);

// Residents 0 and 1 live in district 1, residents 2 and 3 in district 2; they register in this order.
const city = new Group(commitments.slice(0, 4));
const district1 = new Group(commitments.slice(0, 2));
const district2 = new Group(commitments.slice(2, 4));
// The city group once resident 3 is revoked and synced (its leaf set to zero), and a group never on chain.
const cityWithout3 = new Group(commitments.slice(0, 4));
const removal = { city: city.generateMerkleProof(3).siblings, district: district2.generateMerkleProof(1).siblings };
cityWithout3.removeMember(3);
const otherGroup = new Group([...commitments.slice(0, 4), commitments[5]]);

async function prove(name, voter, group, roundId, revision, projects, points) {
  const message = messageOf(revision, projects, points);
  const scope = scopeOf(roundId);
  const depth = Math.max(group.depth, 1);
  const proof = await generateProof(identities[voter], group, message, scope, depth, {
    wasm: join(artifacts, `semaphore-${depth}.wasm`),
    zkey: join(artifacts, `semaphore-${depth}.zkey`),
  });
  if (!(await verifyProof(proof))) throw new Error(`${name}: the proof does not verify`);
  console.log(`${name}: depth ${depth}, nullifier ${proof.nullifier}`);
  return {
    name,
    roundId: Number(roundId),
    revision: Number(revision),
    projects,
    points,
    merkleTreeDepth: String(proof.merkleTreeDepth),
    merkleTreeRoot: String(proof.merkleTreeRoot),
    nullifier: String(proof.nullifier),
    message: String(proof.message),
    scope: String(proof.scope),
    points8: proof.points.map(String),
  };
}

const proofs = [
  await prove('resident0-round1-rev1', 0, city, 1n, 1n, [0, 1], []),
  await prove('resident0-round1-rev2', 0, city, 1n, 2n, [2], []),
  await prove('resident1-round1-rev1', 1, city, 1n, 1n, [1], []),
  await prove('resident0-round2-rev1', 0, city, 2n, 1n, [0, 1], []),
  await prove('resident0-round1-other-root', 0, otherGroup, 1n, 1n, [0, 1], []),
  await prove('resident3-round1-before-revocation', 3, city, 1n, 1n, [0], []),
  await prove('resident1-round1-after-revocation', 1, cityWithout3, 1n, 1n, [2], []),
  await prove('resident0-district1-round1', 0, district1, 1n, 1n, [0], []),
  await prove('resident2-round1-cumulative', 2, city, 1n, 1n, [0, 2], [2, 1]),
];

const fixture = {
  generatedBy: 'test/data/secret-ballots/generate.mjs (@semaphore-protocol/core 4.14.2, @zk-kit/semaphore-artifacts 4.13.0)',
  chainId: Number(CHAIN_ID),
  rounds: ROUNDS,
  commitments: commitments.map(String),
  roots: {
    city: String(city.root),
    district1: String(district1.root),
    district2: String(district2.root),
    cityWithout3: String(cityWithout3.root),
    other: String(otherGroup.root),
  },
  removal3: { city: removal.city.map(String), district: removal.district.map(String) },
  proofs,
};
const out = join(dirname(fileURLToPath(import.meta.url)), 'fixtures.json');
writeFileSync(out, JSON.stringify(fixture, null, 2) + '\n');
console.log(`wrote ${out}`);
process.exit(0); // the prover's worker threads would keep Node alive
