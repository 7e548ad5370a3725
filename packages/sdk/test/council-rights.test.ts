import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getCouncilRights } from '../src/actions/governance/getCouncilRights.js';
import { PolityInvalidInputError } from '../src/chain/errors/base.js';
import { startCity, type City } from './fixture.js';

describe('getCouncilRights', () => {
  let city: City;
  beforeAll(async () => {
    city = await startCity();
  }, 120_000);
  afterAll(async () => city?.stop());

  test('reads each right where it is checked: the council, governance (round manager), the identity office, a resident', async () => {
    const { publicClient, polity } = city;
    const rights = (account: `0x${string}`) => getCouncilRights(publicClient, { polity, account });
    expect(await rights(city.council.account.address)).toEqual({ council: true, roundManager: false, releasesMilestones: true, registrar: false });
    expect(await rights(polity.timelock)).toEqual({ council: false, roundManager: true, releasesMilestones: false, registrar: false });
    expect(await rights(city.registrar.account.address)).toEqual({ council: false, roundManager: false, releasesMilestones: false, registrar: true });
    expect(await rights(city.people[0]!.account.address)).toEqual({ council: false, roundManager: false, releasesMilestones: false, registrar: false });
  });

  test('refuses something that is not an address, saying so', async () => {
    await expect(getCouncilRights(city.publicClient, { polity: city.polity, account: '0x1234' })).rejects.toBeInstanceOf(PolityInvalidInputError);
  });
});
