import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getAddress, type Address } from 'viem';
import { deployContract, waitForTransactionReceipt, writeContract } from 'viem/actions';
import { getTreasury } from '../src/actions/treasury/getTreasury.js';
import { PolityInvalidInputError } from '../src/chain/errors/base.js';
import { liquidVotesTokenAbi, liquidVotesTokenBytecode } from '../src/contracts/generated.js';
import { startCity, type City } from './fixture.js';

describe('getTreasury', () => {
  let city: City;
  let token: Address;
  beforeAll(async () => {
    city = await startCity();
    const { deployer, publicClient, polity } = city;
    const hash = await deployContract(deployer, { abi: liquidVotesTokenAbi, bytecode: liquidVotesTokenBytecode, args: ['City Zloty', 'CZL', deployer.account.address, 1n] });
    token = (await waitForTransactionReceipt(publicClient, { hash })).contractAddress!;
    await waitForTransactionReceipt(publicClient, { hash: await writeContract(deployer, { address: token, abi: liquidVotesTokenAbi, functionName: 'mint', args: [polity.timelock, 700_000n] }) });
    await waitForTransactionReceipt(publicClient, { hash: await writeContract(deployer, { address: token, abi: liquidVotesTokenAbi, functionName: 'mint', args: [polity.escrow, 25_000n] }) });
  }, 60_000);
  afterAll(async () => city?.stop());

  test('reads what the treasury and the escrow hold in the token', async () => {
    expect(await getTreasury(city.publicClient, { polity: city.polity, token })).toEqual({ token: getAddress(token), treasury: 700_000n, escrow: 25_000n });
  });

  test('refuses a token that is not an address', async () => {
    await expect(getTreasury(city.publicClient, { polity: city.polity, token: '0x12' as Address })).rejects.toBeInstanceOf(PolityInvalidInputError);
  });
});
