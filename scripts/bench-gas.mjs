#!/usr/bin/env node
// `pnpm bench:gas`: runs the gas benchmarks (forge, profile `bench`: every call its own transaction)
// for OpenZeppelin's Governor and Polity's in the same run, merges the figures into bench/gas.json
// (a flat object, `oz.` and `polity.` prefixes), and prints the table with the ratios the targets use.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'bench', 'out');

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
process.stderr.write('[polity] running gas benchmarks (forge, isolated transactions)...\n');
// tools/forge.mjs passes forge's exit status on (the npm launcher behind `pnpm exec forge` does not).
const run = spawnSync(process.execPath, [join(root, 'tools', 'forge.mjs'), 'test', '--summary'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, FOUNDRY_PROFILE: 'bench' },
});
if (run.status !== 0) {
  process.stderr.write('[polity] a gas benchmark failed: rerun `FOUNDRY_PROFILE=bench pnpm exec forge test -vv` to see why.\n');
  process.exit(run.status ?? 1);
}

const figures = {};
for (const file of readdirSync(outDir).filter((name) => name.endsWith('.json')).sort()) {
  Object.assign(figures, JSON.parse(readFileSync(join(outDir, file), 'utf8')));
}
const sorted = Object.fromEntries(Object.entries(figures).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(join(root, 'bench', 'gas.json'), `${JSON.stringify(sorted, null, 2)}\n`);

const format = (gas) => (gas === undefined ? '—' : gas.toLocaleString('en-US'));
const width = Math.max(...Object.keys(sorted).map((name) => name.length));
console.log(`\n${'operation'.padEnd(width)}  ${'gas'.padStart(11)}`);
for (const [name, gas] of Object.entries(sorted)) console.log(`${name.padEnd(width)}  ${format(gas).padStart(11)}`);

// The targets of the voting-core issue, each a ratio or a bound computed from this same run.
const g = (name) => sorted[name];
const depth = (sorted['polity.meta.maxDepth'] ?? 8);
const worst = Object.entries(sorted).filter(([name]) => name.startsWith('polity.worst.'));
const [worstName, worstGas] = worst.reduce((a, b) => (b[1] > a[1] ? b : a), ['', 0]);
const hopDepth = 8;
const hopAt = (d, storage) => g(`polity.hop.override.depth${d}.${storage}`);
const hop = (storage) => (hopAt(hopDepth, storage) - hopAt(1, storage)) / (hopDepth - 1);
const largestHop = (storage) => Math.max(...Array.from({ length: hopDepth - 1 }, (_, i) => hopAt(i + 2, storage) - hopAt(i + 1, storage)));
// Passkey accounts: forge has no P-256 precompile, so the benches answer 0x100 with a mock, charged as a
// call to an empty account (2,600 the first time in a transaction, then 100); EIP-7951 charges 6,900 on an
// always-warm precompile (+100) each time. A bundle of n operations therefore costs 6,900·n − 2,500 more.
const precompileCorrection = (n) => 6_900 * n - 2_500;
const passkeyBundle = (kind, n) => {
  const gas = g(`polity.passkey.bundle.${kind}.castVote.x${n}`);
  if (gas === undefined) return undefined;
  return (gas + (kind === 'sponsored' ? precompileCorrection(n) : 0)) / n;
};
const passkeyOverhead = (kind, n) => {
  const perOperation = passkeyBundle(kind, n);
  return perOperation === undefined ? undefined : perOperation - g('polity.passkey.bundle.direct.castVote');
};
const passkeyDirect = g('polity.passkey.bundle.direct.castVote');
if (passkeyDirect !== undefined) {
  // One castVote per resident: n residents' operations in one handleOps against n direct transactions.
  const rows = [
    ['direct (each its own transaction)', passkeyDirect, undefined],
    ...[1, 5, 10].map((n) => [`ERC-4337 floor, bundle of ${n}`, passkeyBundle('floor', n), passkeyOverhead('floor', n)]),
    ...[1, 5, 10].map((n) => [`sponsored passkey, bundle of ${n}`, passkeyBundle('sponsored', n), passkeyOverhead('sponsored', n)]),
    ...[1, 10].map((n) => [`sponsored passkey, no precompile, bundle of ${n}`, passkeyBundle('sponsored.noPrecompile', n), passkeyOverhead('sponsored.noPrecompile', n)]),
  ];
  const label = Math.max(...rows.map(([name]) => name.length));
  console.log(`\npasskey castVote, per resident${' '.repeat(Math.max(0, label - 30))}  ${'gas/op'.padStart(9)}  ${'overhead'.padStart(9)}  ${'÷ direct'.padStart(8)}`);
  for (const [name, gas, overhead] of rows) {
    console.log(`${name.padEnd(label)}  ${format(Math.round(gas)).padStart(9)}  ${format(overhead === undefined ? undefined : Math.round(overhead)).padStart(9)}  ${(gas / passkeyDirect).toFixed(3).padStart(8)}`);
  }
  for (const n of [1, 10]) {
    console.log(`Polity's own cost above the floor, bundle of ${n}: ${format(Math.round(passkeyOverhead('sponsored', n) - passkeyOverhead('floor', n)))} per operation`);
  }
}

const targets = [
  ['castVote without delegation ≤ OZ CountingSimple castVote', g('polity.castVote.noDelegation'), g('oz.castVote.noDelegation'), 'ratio'],
  ['override at depth 1 ≤ OZ castOverrideVote', g('polity.override.depth1'), g('oz.castOverrideVote'), 'ratio'],
  // Delegating (issue 12): at most 1.5 × OpenZeppelin ERC20Votes' delegate, the first time and on a change.
  // First time: the delegate's votes last changed in an earlier block (each side writes one new slot for
  // the delegate); `.sameSecond`: in this very block (each side rewrites the delegate's record in place).
  ['delegate, first time ≤ 1.5 × OZ ERC20Votes delegate', g('polity.delegate.first'), 1.5 * (g('oz.delegate.first') ?? NaN), 'bound'],
  ['delegate, first time, delegate changed in the same second ≤ 1.5 × OZ ERC20Votes delegate', g('polity.delegate.first.sameSecond'), 1.5 * (g('oz.delegate.first.sameSecond') ?? NaN), 'bound'],
  ['delegate, change ≤ 1.5 × OZ ERC20Votes delegate', g('polity.delegate.change'), 1.5 * (g('oz.delegate.change') ?? NaN), 'bound'],
  // A further hop measured on its own (bench/gas/DelegationHopGas.t.sol): overrides at depths 1 to 8 on a
  // proposal whose tallies already exist, so no figure carries a tally's first write.
  [`each further hop, reused storage (depth 1 → ${hopDepth}, on its own) ≤ 15,000`, hop('reused'), 15000, 'bound'],
  [`largest single further hop, reused storage ≤ 15,000`, largestHop('reused'), 15000, 'bound'],
  [`each further hop, fresh storage (a lane's first use, depth 1 → ${hopDepth}) ≤ 35,000`, hop('fresh'), 35000, 'bound'],
  // The worst override of a budget ballot (bench/gas/BudgetingGas.t.sol): off 256 projects and onto 256.
  ['override of a delegate whose budget ballot names 256 projects ≤ 3,000,000', Math.max(g('polity.ballot.approval.256.override') ?? NaN, g('polity.ballot.cumulative.256.override') ?? NaN), 3_000_000, 'bound'],
  [`no operation at max depth × max topics above 3,000,000 (${worstName})`, worstGas, 3_000_000, 'bound'],
  // Passkey accounts (see passkeyTable below): the overhead per operation over the same action sent directly.
  ['sponsored castVote overhead, bundle of 1 (passkey, P-256 precompile) ≤ 60,000', passkeyOverhead('sponsored', 1), 60_000, 'bound'],
  ['sponsored castVote overhead per operation, bundle of 10 (passkey, P-256 precompile) ≤ 60,000', passkeyOverhead('sponsored', 10), 60_000, 'bound'],
  ['sponsored castBallot overhead, bundle of 1 (passkey, P-256 precompile) ≤ 60,000', g('polity.passkey.castBallot.sponsored') + precompileCorrection(1) - g('polity.passkey.castBallot.direct'), 60_000, 'bound'],
];
console.log('\ntargets');
for (const [label, value, limit, kind] of targets) {
  if (value === undefined || limit === undefined || Number.isNaN(value)) {
    console.log(`  ?    ${label}: figure missing`);
    continue;
  }
  const ok = value <= limit;
  const detail = kind === 'ratio' ? `${format(value)} / ${format(limit)} = ${(value / limit).toFixed(3)}` : `${format(Math.round(value))} (limit ${format(limit)})`;
  console.log(`  ${ok ? 'met ' : 'MISS'} ${label}: ${detail}`);
}
console.log('\nwritten: bench/gas.json');
