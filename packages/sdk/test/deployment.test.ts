import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readContract } from 'viem/actions';
import { polityGovernorAbi, residentRegistryAbi, timelockControllerAbi } from '../src/contracts/generated.js';
import { startCity, type City } from './fixture.js';

describe('deployPolityFactory and deployPolity', () => {
  let city: City;
  beforeAll(async () => {
    city = await startCity();
  }, 60_000);
  afterAll(async () => city?.stop());

  test('deploy a wired polity whose deployer keeps no role', async () => {
    const { polity, publicClient, deployer } = city;
    expect(polity.chainId).toBe(31337);
    expect(await readContract(publicClient, { address: polity.registry, abi: residentRegistryAbi, functionName: 'topicCount' })).toBe(3);
    expect(await readContract(publicClient, { address: polity.governor, abi: polityGovernorAbi, functionName: 'timelock' })).toBe(polity.timelock);
    const admin = await readContract(publicClient, { address: polity.timelock, abi: timelockControllerAbi, functionName: 'DEFAULT_ADMIN_ROLE' });
    expect(await readContract(publicClient, { address: polity.timelock, abi: timelockControllerAbi, functionName: 'hasRole', args: [admin, deployer.account.address] })).toBe(false);
  });
});
