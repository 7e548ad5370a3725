import { createServer, type Server, type Socket } from 'node:net';
import { createPublicClient, createWalletClient, encodeErrorResult, http, type Address } from 'viem';
import { getTransactionCount } from 'viem/actions';
import { foundry, mainnet } from 'viem/chains';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deployPolity } from '../src/actions/deployment/deployPolity.js';
import { delegateOnTopic } from '../src/actions/delegation/delegateOnTopic.js';
import { getTopics } from '../src/actions/membership/getTopics.js';
import { castBallot } from '../src/actions/rounds/castBallot.js';
import { PolityInvalidInputError, PolityRpcUnavailableError, PolityWrongNetworkError } from '../src/chain/errors/base.js';
import { PolityBallotError, PolityContractError } from '../src/chain/errors/contract.js';
import { decodePolityError } from '../src/chain/errors/decode.js';
import { budgetRoundsAbi } from '../src/contracts/generated.js';
import { checkBallot } from '../src/actions/rounds/ballotRules.js';
import { freePort } from './anvil.js';
import { cityConfig, startCity, type City } from './fixture.js';

describe('bad input and bad connections', () => {
  let city: City;
  beforeAll(async () => {
    city = await startCity();
  }, 60_000);
  afterAll(async () => city?.stop());

  test('the wrong chain: nothing is sent, the message says to switch network', async () => {
    const { polity, people, publicClient } = city;
    const elsewhere = { ...polity, chainId: 1 };
    const sender = people[0]!;
    const nonce = await getTransactionCount(publicClient, { address: sender.account.address });
    const write = delegateOnTopic(sender, { polity: elsewhere, topic: 1, to: people[1]!.account.address });
    await expect(write).rejects.toThrow(PolityWrongNetworkError);
    await expect(write).rejects.toThrow('connected to chain 31337 but this polity lives on chain 1: switch network');
    await expect(getTopics(publicClient, { polity: elsewhere })).rejects.toThrow(PolityWrongNetworkError);
    await expect(deployPolity(sender, { chainId: mainnet.id, factory: city.factory, config: cityConfig(sender.account.address, sender.account.address) })).rejects.toThrow(
      'connected to chain 31337 but this polity lives on chain 1',
    );
    expect(await getTransactionCount(publicClient, { address: sender.account.address })).toBe(nonce);
  });

  test('wrong addresses: in the polity, in parameters, and no account to send from', async () => {
    const { polity, publicClient, people } = city;
    await expect(getTopics(publicClient, { polity: { ...polity, registry: '0xnot-an-address' as Address } })).rejects.toThrow(
      'polity.registry: "0xnot-an-address" is not an address',
    );
    const noAccount = delegateOnTopic(publicClient, { polity, topic: 1, to: people[1]!.account.address });
    await expect(noAccount).rejects.toThrow(PolityInvalidInputError);
    await expect(noAccount).rejects.toThrow('account: there is no account to send from');
  });

  test('an RPC that refuses connections, and one that never answers, name their URL', async () => {
    const { polity } = city;
    const closed = `http://127.0.0.1:${await freePort()}`;
    const refused = getTopics(createPublicClient({ chain: foundry, transport: http(closed, { retryCount: 0 }) }), { polity });
    await expect(refused).rejects.toThrow(PolityRpcUnavailableError);
    await expect(refused).rejects.toThrow(`the RPC endpoint ${closed} did not answer`);

    // A server that accepts connections and then says nothing.
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((listening) => silent.listen(0, '127.0.0.1', listening));
    const address = silent.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    try {
      const wallet = createWalletClient({ account: city.people[0]!.account, chain: foundry, transport: http(url, { retryCount: 0, timeout: 300 }) });
      const error = await delegateOnTopic(wallet, { polity, topic: 1, to: city.people[1]!.account.address }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(PolityRpcUnavailableError);
      expect((error as PolityRpcUnavailableError).url).toBe(url);
      expect((error as Error).cause).toBeDefined();
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((closed) => silent.close(closed));
    }
  });

  test('a ballot over budget is refused by the SDK with the contract error it would have met', () => {
    const round = {
      roundId: 4n,
      design: { kind: 1, minProjects: 1, maxProjects: 0, minSpendBps: 5_000, points: 0, maxPointsPerProject: 0 },
      budget: 100_000n,
      projects: [
        { cost: 70_000n, accepted: true },
        { cost: 50_000n, accepted: true },
        { cost: 20_000n, accepted: true },
      ],
    };
    const over = () => checkBallot(round, { projects: [0, 1] });
    expect(over).toThrow(PolityBallotError);
    expect(over).toThrow("ballot spends 120,000 but the round's budget is 100,000");
    expect(() => checkBallot(round, { projects: [2] })).toThrow('ballot spends 20,000 but must spend at least 50,000');
    expect(() => checkBallot(round, { projects: [2, 2] })).toThrow('listed once each in ascending order');
    expect(checkBallot(round, { projects: [2, 0] })).toMatchObject({ kind: 'knapsack', projects: [0, 2], spent: 90_000n });
    const cumulative = { ...round, design: { kind: 2, minProjects: 1, maxProjects: 2, minSpendBps: 0, points: 10, maxPointsPerProject: 6 } };
    expect(() => checkBallot(cumulative, { projects: [0, 1], points: [6, 5] })).toThrow('the ballot gives 11 points but has only 10 to give');
    expect(() => checkBallot(cumulative, { projects: [0], points: [7] })).toThrow('project 0 gets 7 points but one project may get at most 6');
    expect(checkBallot(cumulative, { projects: [1, 0], points: [4, 6] })).toMatchObject({ projects: [0, 1], points: [6, 4] });
    // The same sentence when the contract itself reverts with it.
    const fromChain = decodePolityError({ data: encodeErrorResult({ abi: budgetRoundsAbi, errorName: 'BallotOverBudget', args: [4n, 120_000n, 100_000n] }) });
    expect(fromChain).toBeInstanceOf(PolityBallotError);
    expect((fromChain as PolityContractError).message).toBe("ballot spends 120,000 but the round's budget is 100,000: remove projects until it fits");
    expect((fromChain as PolityContractError).errorName).toBe('BallotOverBudget');
  });

  test('an unknown round: the read before writing is refused and decoded (the wrong phase is in rounds.test.ts)', async () => {
    const { polity, people } = city;
    const error = await castBallot(people[0]!, { polity, roundId: 1n, projects: [0] }).catch((caught: unknown) => caught);
    // No round was opened in this city: the read itself is refused and decoded.
    expect(error).toBeInstanceOf(PolityContractError);
    expect((error as Error).message).toBe("round 1 does not exist: round ids start at 1 (getRoundCount tells how many there are)");
  });
});
