import { zeroAddress, type Address } from 'viem';
import { getBlock } from 'viem/actions';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { delegateAllTopics } from '../src/actions/delegation/delegateAllTopics.js';
import { delegateOnTopic } from '../src/actions/delegation/delegateOnTopic.js';
import { getDelegationChain } from '../src/actions/delegation/getDelegationChain.js';
import { getRepresentedResidents } from '../src/actions/delegation/getRepresentedResidents.js';
import { getVotingPower } from '../src/actions/delegation/getVotingPower.js';
import { revokeDelegation } from '../src/actions/delegation/revokeDelegation.js';
import { delegateBySig } from '../src/actions/delegation/delegateBySig.js';
import { signDelegation } from '../src/actions/delegation/signDelegation.js';
import { admitResidents } from '../src/actions/membership/admitResidents.js';
import { expireResidents } from '../src/actions/membership/expireResidents.js';
import { getResident } from '../src/actions/membership/getResident.js';
import { getTopics } from '../src/actions/membership/getTopics.js';
import { renewResidents } from '../src/actions/membership/renewResidents.js';
import { revokeResidents } from '../src/actions/membership/revokeResidents.js';
import { PolityInvalidInputError } from '../src/chain/errors/base.js';
import { PolityAccessError, PolityDelegationError, PolityMembershipError } from '../src/chain/errors/contract.js';
import { credentialOf, startCity, type City } from './fixture.js';
import { YEAR } from './residents.js';

describe('membership and delegation against anvil', () => {
  let city: City;
  let now: bigint;
  let ana: Address, ben: Address, carla: Address, dan: Address, eva: Address, fil: Address;
  const admission = (account: Address, expiresAt: bigint, district = 1) => ({ account, credential: credentialOf(account), district, expiresAt });

  beforeAll(async () => {
    city = await startCity();
    [ana, ben, carla, dan, eva, fil] = city.people.map((person) => person.account.address) as [Address, Address, Address, Address, Address, Address];
    now = (await getBlock(city.publicClient)).timestamp;
  }, 60_000);
  afterAll(async () => city?.stop());

  test('admit a batch, renew, revoke and expire residents', async () => {
    const { polity, registrar, publicClient } = city;
    const admitted = await admitResidents(registrar, { polity, residents: [ana, ben, carla, dan, eva].map((account) => admission(account, now + BigInt(YEAR))) });
    expect(admitted.admitted).toEqual([ana, ben, carla, dan, eva]);
    await admitResidents(registrar, { polity, residents: [admission(fil, now + 100n, 2)] });
    expect(await getResident(publicClient, { polity, account: fil })).toMatchObject({ isResident: true, member: true, district: 2 });

    await renewResidents(registrar, { polity, residents: [admission(eva, now + BigInt(2 * YEAR), 3)] });
    expect(await getResident(publicClient, { polity, account: eva })).toMatchObject({ district: 3, expiresAt: Number(now) + 2 * YEAR });
    const stranger = city.walletOf(9).account.address;
    await expect(renewResidents(registrar, { polity, residents: [admission(stranger, now + 1000n)] })).rejects.toThrow('is not a resident, so there is nothing to renew');

    // Bad input never leaves the SDK.
    await expect(admitResidents(registrar, { polity, residents: [admission('0x1234' as Address, now + 1000n)] })).rejects.toThrow(
      'residents[0].account: "0x1234" is not an address',
    );
    await expect(admitResidents(registrar, { polity, residents: [admission(zeroAddress, now + 1000n)] })).rejects.toThrow('the zero address is not allowed here');
    await expect(admitResidents(registrar, { polity, residents: [admission(stranger, now - 10n)] })).rejects.toThrow(PolityInvalidInputError);
    await expect(admitResidents(registrar, { polity, residents: [admission(stranger, now + 1000n), admission(stranger, now + 2000n)] })).rejects.toThrow('appears twice');
    // Refusals by the contract come back decoded.
    await expect(admitResidents(city.people[0]!, { polity, residents: [admission(stranger, now + 1000n)] })).rejects.toThrow(PolityAccessError);
    await expect(admitResidents(city.people[0]!, { polity, residents: [admission(stranger, now + 1000n)] })).rejects.toThrow(`${ana} lacks REGISTRAR_ROLE (the identity office)`);
    await expect(admitResidents(registrar, { polity, residents: [{ ...admission(stranger, now + 1000n), credential: credentialOf(ana) }] })).rejects.toThrow(
      `is already held by resident ${ana}`,
    );

    await expect(expireResidents(city.people[0]!, { polity, accounts: [fil] })).rejects.toThrow(PolityMembershipError);
    await city.advance(200);
    await expireResidents(city.people[0]!, { polity, accounts: [fil] });
    await revokeResidents(registrar, { polity, accounts: [eva], reason: 'moved-away' });
    await expect(revokeResidents(registrar, { polity, accounts: [eva], reason: 'x'.repeat(40) })).rejects.toThrow('longer than 32 bytes');
    expect((await getResident(publicClient, { polity, account: eva })).isResident).toBe(false);
    expect((await getTopics(publicClient, { polity })).residentCount).toBe(4n);
  }, 60_000);

  test('delegate per topic and on all topics, read chains, power and who someone represents, revoke', async () => {
    const { polity, publicClient, people } = city;
    const [anaWallet, benWallet, carlaWallet, danWallet] = people as [typeof people[0], typeof people[0], typeof people[0], typeof people[0]];
    expect((await getTopics(publicClient, { polity })).topics.map((topic) => topic.name)).toEqual(['general', 'transport', 'education']);

    // transport: Ana → Ben → Carla ← Dan
    await delegateOnTopic(anaWallet, { polity, topic: 1, to: ben });
    await delegateOnTopic(benWallet, { polity, topic: 1, to: carla });
    await delegateOnTopic(danWallet, { polity, topic: 1, to: carla });
    expect(await getDelegationChain(publicClient, { polity, account: ana, topic: 1 })).toEqual({ chain: [ben, carla], representative: carla });
    expect(await getVotingPower(publicClient, { polity, account: carla, topic: 1 })).toMatchObject({ power: 4n, ownUnits: 1n, eligible: true });
    const represented = await getRepresentedResidents(publicClient, { polity, account: carla, topic: 1 });
    expect(new Set(represented.represented)).toEqual(new Set([ana, ben, dan]));
    expect(new Set(represented.direct)).toEqual(new Set([ben, dan]));
    expect(represented.power).toBe(4n);

    const cycle = delegateOnTopic(carlaWallet, { polity, topic: 1, to: ana });
    await expect(cycle).rejects.toThrow(PolityDelegationError);
    await expect(cycle).rejects.toThrow(`${ana} already delegates, directly or through others, to ${carla}: delegating back would make a cycle`);
    await expect(delegateOnTopic(anaWallet, { polity, topic: 1, to: city.walletOf(8).account.address })).rejects.toThrow(
      `${city.walletOf(8).account.address} is not a resident`,
    );
    await expect(delegateOnTopic(anaWallet, { polity, topic: 7, to: ben })).rejects.toThrow('topic 7 is not registered (this polity has topics 0 to 2)');
    await expect(delegateOnTopic(anaWallet, { polity, topic: 1, to: 'carla' as Address })).rejects.toThrow('to: "carla" is not an address');

    await delegateAllTopics(danWallet, { polity, to: ana });
    expect((await getDelegationChain(publicClient, { polity, account: dan, topic: 2 })).chain).toEqual([ana]);
    await city.advance(5);
    const snapshot = (await getBlock(publicClient)).timestamp - 1n;
    await revokeDelegation(danWallet, { polity, topic: 'all' });
    await revokeDelegation(anaWallet, { polity, topic: 1 });
    expect((await getDelegationChain(publicClient, { polity, account: dan, topic: 2 })).chain).toEqual([]);
    // The past is still readable at a snapshot.
    expect((await getDelegationChain(publicClient, { polity, account: dan, topic: 2, timepoint: snapshot })).chain).toEqual([ana]);
    expect((await getVotingPower(publicClient, { polity, account: ana, topic: 2, timepoint: snapshot })).power).toBe(2n);

    // A resident without gas signs; the portal relays and pays.
    const signed = await signDelegation(carlaWallet, { polity, to: ben });
    await delegateBySig(city.deployer, { polity, delegation: signed });
    expect((await getDelegationChain(publicClient, { polity, account: carla, topic: 0 })).chain).toEqual([ben]);
    await expect(delegateBySig(city.deployer, { polity, delegation: signed })).rejects.toThrow(`the signature of ${carla} used a stale nonce`);
  }, 60_000);
});
