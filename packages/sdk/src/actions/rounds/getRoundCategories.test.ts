import type { Address } from 'viem';
import { deployContract, getBlock, waitForTransactionReceipt } from 'viem/actions';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { liquidVotesTokenAbi, liquidVotesTokenBytecode } from '../../contracts/generated.js';
import { PolityInvalidInputError } from '../../chain/errors/base.js';
import { buildSettingChangeProposal } from '../../proposals/builders.js';
import { startCity, type City } from '../../../test/fixture.js';
import { pass } from '../../../test/pass.js';
import { admit } from '../../../test/residents.js';
import { getRound } from './getRound.js';
import { getRoundCategories } from './getRoundCategories.js';
import { openRound } from './openRound.js';

describe('rounds opened by name, read back by name', () => {
  let city: City;
  let token: Address;
  beforeAll(async () => {
    city = await startCity();
    await admit(city, city.people.slice(0, 3).map((person) => person.account.address));
    const hash = await deployContract(city.deployer, { abi: liquidVotesTokenAbi, bytecode: liquidVotesTokenBytecode, args: ['City Zloty', 'CZL', city.deployer.account.address, 1n] });
    token = (await waitForTransactionReceipt(city.publicClient, { hash })).contractAddress!;
    await city.advance(10);
    await pass(city, buildSettingChangeProposal(city.polity, { title: 'Council opens rounds', changes: [{ setting: 'grantRole', component: 'rounds', role: 'ROUND_MANAGER_ROLE', account: city.council.account.address }] }));
  }, 120_000);
  afterAll(async () => city?.stop());

  test('the names given are the names read; categories come back from the opening event', async () => {
    const { polity, council, publicClient } = city;
    const now = Number((await getBlock(publicClient)).timestamp);
    const opened = [];
    for (const [kind, rule, completion, categories] of [
      ['cumulative', 'equal-shares', 'add1', ['parks', 'streets', 'schools']],
      ['approval', 'greedy', 'none', ['everything']],
    ] as const) {
      const { roundId } = await openRound(council, {
        polity,
        categories,
        config: {
          token,
          district: 0,
          delegation: false,
          topic: 0,
          maxSubmissionsPerResident: 2,
          budget: 50_000n,
          ballot: { kind, minProjects: 1, maxProjects: 0, minSpendBps: 0, points: kind === 'cumulative' ? 10 : 0, maxPointsPerProject: kind === 'cumulative' ? 5 : 0 },
          timeline: { reviewStart: now + 100, votingStart: now + 200, votingEnd: now + 300 },
          counting: { rule, stopAtMisfit: false, minSupport: 0n, completion, challengeWindow: rule === 'equal-shares' ? 2 * 86_400 : 0, challengeBond: rule === 'equal-shares' ? 10n ** 15n : 0n },
          descriptionHash: `0x${'22'.repeat(32)}`,
        },
      });
      opened.push(roundId);
      expect(await getRound(publicClient, { polity, roundId })).toMatchObject({ ballotKind: kind, countingRule: rule, completion });
      expect(await getRoundCategories(publicClient, { polity, roundId })).toEqual(categories);
    }
    expect(opened).toEqual([1n, 2n]);
    const missing = getRoundCategories(publicClient, { polity, roundId: 3n });
    await expect(missing).rejects.toThrow(PolityInvalidInputError);
    await expect(missing).rejects.toThrow('roundId: round 3 does not exist: this polity has rounds 1 to 2');
  }, 60_000);
});
