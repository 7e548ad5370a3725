import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isRegistrar } from '../src/actions/membership/isRegistrar.js';
import { PolityInvalidInputError } from '../src/chain/errors/base.js';
import { startCity, type City } from './fixture.js';

describe('isRegistrar', () => {
  let city: City;
  beforeAll(async () => {
    city = await startCity();
  }, 120_000);
  afterAll(async () => city?.stop());

  test('is true for the identity office only: not the council, not a resident-to-be', async () => {
    const { publicClient, polity } = city;
    expect(await isRegistrar(publicClient, { polity, account: city.registrar.account.address })).toBe(true);
    expect(await isRegistrar(publicClient, { polity, account: city.council.account.address })).toBe(false);
    expect(await isRegistrar(publicClient, { polity, account: city.people[0]!.account.address })).toBe(false);
  });

  test('refuses something that is not an address, saying so', async () => {
    await expect(isRegistrar(city.publicClient, { polity: city.polity, account: '0x1234' })).rejects.toBeInstanceOf(PolityInvalidInputError);
  });
});
