/**
 * The council chooses a round's ballots through `openRound`: `ballots: 'secret'` opens it with the
 * contract's `openSecretRound` (readable back from the chain), and the two rounds the chain must never
 * hold are refused before anything is sent: a secret round carrying delegated weight (an override would
 * name the delegator), and a secret round in a polity without the secret-ballot contracts.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getBlock, readContract, waitForTransactionReceipt, writeContract } from 'viem/actions';
import { keccak256, parseEventLogs, toHex } from 'viem';
import { budgetRoundsAbi } from '../src/contracts/generated.js';
import { openRound } from '../src/actions/rounds/openRound.js';
import { getRound } from '../src/actions/rounds/getRound.js';
import type { RoundConfigInput } from '../src/actions/rounds/roundConfig.js';
import { readRoundSecrecy } from '../src/secret/readRoundSecrecy.js';
import { PolityError, PolityInvalidInputError } from '../src/chain/errors/base.js';
import { startCity, type City } from './fixture.js';

describe('openRound chooses public or secret ballots', () => {
  let city: City;
  beforeAll(async () => {
    city = await startCity();
    // Governance lets the council open rounds (the timelock, impersonated on this local chain).
    const { polity, publicClient, testClient, council } = city;
    await testClient.impersonateAccount({ address: polity.timelock });
    await testClient.setBalance({ address: polity.timelock, value: 10n ** 18n });
    const manager = await readContract(publicClient, { address: polity.rounds, abi: budgetRoundsAbi, functionName: 'ROUND_MANAGER_ROLE' });
    const hash = await writeContract(city.walletOf(0), { address: polity.rounds, abi: budgetRoundsAbi, functionName: 'grantRole', args: [manager, council.account.address], account: polity.timelock, chain: null });
    expect((await waitForTransactionReceipt(publicClient, { hash })).status).toBe('success');
    await testClient.stopImpersonatingAccount({ address: polity.timelock });
  }, 120_000);
  afterAll(async () => city?.stop());

  const config = async (delegation: boolean): Promise<RoundConfigInput> => {
    const now = Number((await getBlock(city.publicClient)).timestamp);
    return {
      token: '0x0000000000000000000000000000000000000001',
      district: 0,
      delegation,
      topic: 0,
      maxSubmissionsPerResident: 5,
      budget: 100_000n,
      ballot: { kind: 'approval', minProjects: 1, maxProjects: 2, minSpendBps: 0, points: 0, maxPointsPerProject: 0 },
      timeline: { reviewStart: now + 3_600, votingStart: now + 7_200, votingEnd: now + 48 * 3_600 },
      counting: { rule: 'greedy', stopAtMisfit: false, minSupport: 0n, completion: 'none', challengeWindow: 0, challengeBond: 0n },
      descriptionHash: keccak256(toHex('a round')),
    };
  };
  const roundCount = () => readContract(city.publicClient, { address: city.polity.rounds, abi: budgetRoundsAbi, functionName: 'roundCount' });

  test("ballots: 'secret' opens a secret round, and the reads say so", async () => {
    const { polity, council, publicClient } = city;
    const { roundId, receipt } = await openRound(council, { polity, config: await config(false), categories: ['parks'], ballots: 'secret' });
    expect(parseEventLogs({ abi: budgetRoundsAbi, logs: receipt.logs, eventName: 'SecretRoundOpened' }).map((event) => event.args.roundId)).toEqual([roundId]);
    expect((await readRoundSecrecy(publicClient, { rounds: polity.rounds, roundId })).secret).toBe(true);
    expect(await getRound(publicClient, { polity, roundId })).toMatchObject({ secrecy: 'secret', phase: 'submission', ballotKind: 'approval' });
  });

  test("without ballots, or with 'public', the round is public as before (delegation allowed)", async () => {
    const { polity, council, publicClient } = city;
    const plain = await openRound(council, { polity, config: await config(true), categories: ['parks'] });
    const named = await openRound(council, { polity, config: await config(false), categories: ['parks'], ballots: 'public' });
    for (const { roundId, receipt } of [plain, named]) {
      expect(parseEventLogs({ abi: budgetRoundsAbi, logs: receipt.logs, eventName: 'SecretRoundOpened' })).toEqual([]);
      expect((await readRoundSecrecy(publicClient, { rounds: polity.rounds, roundId })).secret).toBe(false);
      expect((await getRound(publicClient, { polity, roundId })).secrecy).toBe('public');
    }
  });

  test('a secret round with delegation is refused, saying why, and nothing is sent', async () => {
    const { polity, council } = city;
    const before = await roundCount();
    const refusal = await openRound(council, { polity, config: await config(true), categories: ['parks'], ballots: 'secret' }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(PolityInvalidInputError);
    expect((refusal as PolityInvalidInputError).parameter).toBe('config.delegation');
    expect((refusal as PolityError).message).toMatch(/cannot carry delegated weight.*override names the resident/);
    expect(await roundCount()).toBe(before);
  });

  test('a polity without the secret-ballot contracts cannot open a secret round', async () => {
    const { polity, council } = city;
    const { identityGroups: _groups, secretBallots: _ballots, ...older } = polity;
    const before = await roundCount();
    const refusal = await openRound(council, { polity: older, config: await config(false), categories: ['parks'], ballots: 'secret' }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(PolityInvalidInputError);
    expect((refusal as PolityInvalidInputError).parameter).toBe('ballots');
    expect((refusal as PolityError).message).toContain('identityGroups and secretBallots are missing');
    expect(await roundCount()).toBe(before);
    // A misspelt choice is refused too, naming the two there are.
    const misspelt = openRound(council, { polity, config: await config(false), categories: ['parks'], ballots: 'private' as 'secret' });
    await expect(misspelt).rejects.toThrow(`ballots: "private" is not a choice of ballots: use 'public' or 'secret'`);
    expect(await roundCount()).toBe(before);
  });
});
