import { decodeFunctionData, keccak256, toHex } from 'viem';
import { describe, expect, test } from 'vitest';
import { ierc20Abi, milestoneEscrowAbi } from '../contracts/generated.js';
import { PolityInvalidInputError } from '../chain/errors/base.js';
import type { PolityAddresses } from '../chain/polity.js';
import { buildFundProjectsProposal, buildSettingChangeProposal, buildTransferProposal } from './builders.js';
import { decodeProposalActions } from './decode.js';

const polity: PolityAddresses = {
  chainId: 31337,
  registry: '0x1000000000000000000000000000000000000001',
  governor: '0x1000000000000000000000000000000000000002',
  timelock: '0x1000000000000000000000000000000000000003',
  rounds: '0x1000000000000000000000000000000000000004',
  results: '0x1000000000000000000000000000000000000005',
  escrow: '0x1000000000000000000000000000000000000006',
};
const token = '0x2000000000000000000000000000000000000007';
const recipient = '0x3000000000000000000000000000000000000008';

describe('proposal builders', () => {
  test('fund projects: one approval of the total, then one fundProject per project, described in markdown', () => {
    const proposal = buildFundProjectsProposal(polity, {
      title: 'Fund the 2026 round',
      body: 'As the residents chose.',
      roundId: 1n,
      token,
      projects: [
        { projectId: 2, recipient, milestones: [{ amount: 20_000n, descriptionHash: keccak256(toHex('a')) }, { amount: 30_000n, descriptionHash: keccak256(toHex('b')) }] },
        { projectId: 5, recipient, milestones: [{ amount: 10_000n, descriptionHash: keccak256(toHex('c')) }] },
      ],
    });
    expect(proposal.targets).toEqual([token, polity.escrow, polity.escrow]);
    expect(decodeFunctionData({ abi: ierc20Abi, data: proposal.calldatas[0]! }).args).toEqual([polity.escrow, 60_000n]);
    expect(decodeFunctionData({ abi: milestoneEscrowAbi, data: proposal.calldatas[2]! }).functionName).toBe('fundProject');
    expect(proposal.description).toBe(
      [
        '# Fund the 2026 round',
        'As the residents chose.',
        '## Actions',
        `1. allow ${polity.escrow} to take 60,000 of token ${token} from the treasury\n` +
          `2. fund project 2 of round 1: 50,000 in 2 milestone(s) to ${recipient}\n` +
          `3. fund project 5 of round 1: 10,000 in 1 milestone(s) to ${recipient}`,
      ].join('\n\n') + '\n',
    );
  });

  test('settings and transfers decode back to what they do', () => {
    const settings = buildSettingChangeProposal(polity, {
      title: 'Settings',
      changes: [
        { setting: 'quorumPercent', percent: 15 },
        { setting: 'timelockDelay', seconds: 86_400 },
        { setting: 'grantRole', component: 'rounds', role: 'ROUND_MANAGER_ROLE', account: recipient },
      ],
    });
    expect(decodeProposalActions(polity, settings).map((action) => action.summary)).toEqual([
      'set the quorum to 15% of all voting units',
      'set the timelock delay to 86400 seconds',
      expect.stringContaining('budget rounds: grantRole('),
    ]);
    expect(decodeProposalActions(polity, buildTransferProposal(polity, { title: 'Pay', token, to: recipient, amount: 7n }))[0]?.summary).toBe(`pay 7 of token ${token} to ${recipient}`);
  });

  test('bad input is refused with the parameter named', () => {
    expect(() => buildTransferProposal(polity, { title: 'Pay', to: '0xabc', amount: 1n })).toThrow(PolityInvalidInputError);
    expect(() => buildTransferProposal(polity, { title: 'Pay', to: recipient, amount: 0n })).toThrow('amount: 0 is out of range');
    expect(() => buildTransferProposal(polity, { title: ' ', to: recipient, amount: 1n })).toThrow('title: is empty');
    expect(() => buildFundProjectsProposal(polity, { title: 'Fund', roundId: 1n, token, projects: [{ projectId: 1, recipient, milestones: [] }] })).toThrow(
      'projects[0].milestones: is empty',
    );
  });
});
