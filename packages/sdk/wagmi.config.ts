import { resolve } from 'node:path';
import { defineConfig } from '@wagmi/cli';
import { foundry } from '@wagmi/cli/plugins';
import { bytecode } from './scripts/bytecode-plugin.js';

/**
 * Contract bindings for the SDK, generated from forge's artifacts at the repository root: the ABIs of
 * Polity's own contracts and of the OpenZeppelin contracts the SDK talks to, and the creation code of
 * what the SDK deploys (the factory and its component deployers; the voting token for token mode; the
 * passkey account factory and the city's paymaster).
 * The root builds first (`pnpm exec forge build`); `pnpm --filter @polity/sdk generate` writes
 * src/contracts/generated.ts and `check:generated` fails when that file is stale.
 */
const root = resolve(import.meta.dirname, '../..');
const artifacts = resolve(root, 'out');

const contracts = [
  'ResidentRegistry',
  'LiquidVotesToken',
  'PolityGovernor',
  'TimelockController',
  'BudgetRounds',
  'RoundResults',
  'MilestoneEscrow',
  'PolityFactory',
  'TimelockDeployer',
  'RegistryDeployer',
  'GovernorDeployer',
  'BudgetRoundsDeployer',
  'RoundResultsDeployer',
  'MilestoneEscrowDeployer',
  'IdentityGroupsDeployer',
  'SecretBallotsDeployer',
  'SemaphoreVerifier',
  'PolityAccount',
  'PolityAccountFactory',
  'PolityPaymaster',
  'IdentityGroups',
  'SecretBallots',
  'IERC20',
] as const;

const deployed = [
  'PolityFactory',
  'TimelockDeployer',
  'RegistryDeployer',
  'GovernorDeployer',
  'BudgetRoundsDeployer',
  'RoundResultsDeployer',
  'MilestoneEscrowDeployer',
  'IdentityGroupsDeployer',
  'SecretBallotsDeployer',
  'SemaphoreVerifier',
  'LiquidVotesToken',
  'PolityAccountFactory',
  'PolityPaymaster',
] as const;

export default defineConfig({
  // check:generated writes elsewhere to compare; everyone else writes the committed file.
  out: process.env.POLITY_GENERATED_OUT ?? 'src/contracts/generated.ts',
  plugins: [
    foundry({
      project: root,
      artifacts: 'out',
      forge: { build: false, rebuild: false, clean: false },
      include: contracts.map((name) => `${name}.sol/${name}.json`),
      exclude: [],
    }),
    bytecode({ artifacts, contracts: deployed }),
  ],
});
