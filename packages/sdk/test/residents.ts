import type { Address } from 'viem';
import { getBlock } from 'viem/actions';
import { admitResidents } from '../src/actions/membership/admitResidents.js';
import { credentialOf, type City } from './fixture.js';

/** One year, in seconds. */
export const YEAR = 365 * 24 * 3600;

/** Admits these accounts (district 1) for a year, through the registrar. */
export async function admit(city: City, accounts: readonly Address[], district = 1): Promise<void> {
  const { timestamp } = await getBlock(city.publicClient);
  await admitResidents(city.registrar, {
    polity: city.polity,
    residents: accounts.map((account) => ({ account, credential: credentialOf(account), district, expiresAt: timestamp + BigInt(YEAR) })),
  });
}
