import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseEther, zeroAddress, type Hash } from 'viem';
import { entryPoint08Abi, entryPoint08Address } from 'viem/account-abstraction';
import { privateKeyToAccount } from 'viem/accounts';
import { getCode, readContract } from 'viem/actions';
import { deployPasskeySupport, polityAccountFactoryAddress } from '../src/actions/deployment/deployPasskeySupport.js';
import { PolityInvalidInputError, PolityWrongNetworkError } from '../src/chain/errors/base.js';
import { polityAccountFactoryAbi, polityPaymasterAbi } from '../src/contracts/generated.js';
import { startCity, type City } from './fixture.js';

const approvalSigner = privateKeyToAccount('0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d').address;

describe('deployPasskeySupport', () => {
  let city: City;
  beforeAll(async () => {
    city = await startCity();
  }, 120_000);
  afterAll(async () => city?.stop());

  test('deploys the EntryPoint, the factory at its deterministic address and a funded paymaster sponsoring the polity', async () => {
    const { polity, publicClient, deployer, council } = city;
    expect(await getCode(publicClient, { address: entryPoint08Address })).toBeUndefined();
    const sent: Hash[] = [];
    const deposit = parseEther('2');
    const result = await deployPasskeySupport(deployer, { ...polity, approvalSigner, signerManager: council.account.address, deposit, onSent: (hash) => sent.push(hash) });

    expect(result.entryPoint).toBe(entryPoint08Address);
    expect(result.accountFactory).toBe(polityAccountFactoryAddress);
    expect(sent).toHaveLength(4); // EntryPoint, factory, paymaster, deposit
    expect(await getCode(publicClient, { address: entryPoint08Address })).toMatch(/^0x[0-9a-f]{1000,}$/);
    // The factory works: it predicts an account address for a key.
    const predicted = await readContract(publicClient, {
      address: result.accountFactory,
      abi: polityAccountFactoryAbi,
      functionName: 'predictAddress',
      args: [`0x${'11'.repeat(32)}`, `0x${'22'.repeat(32)}`, 0n],
    });
    expect(predicted).not.toBe(zeroAddress);

    const paymaster = { address: result.paymaster, abi: polityPaymasterAbi } as const;
    expect(await readContract(publicClient, { ...paymaster, functionName: 'registry' })).toBe(polity.registry);
    expect(await readContract(publicClient, { ...paymaster, functionName: 'signer' })).toBe(approvalSigner);
    expect(await readContract(publicClient, { ...paymaster, functionName: 'entryPoint' })).toBe(entryPoint08Address);
    for (const target of [polity.registry, polity.governor, polity.rounds, polity.results, polity.escrow]) {
      expect(await readContract(publicClient, { ...paymaster, functionName: 'isSponsoredTarget', args: [target] })).toBe(true);
    }
    expect(await readContract(publicClient, { ...paymaster, functionName: 'isSponsoredTarget', args: [polity.timelock] })).toBe(false);
    const admin = await readContract(publicClient, { ...paymaster, functionName: 'DEFAULT_ADMIN_ROLE' });
    const signerManager = await readContract(publicClient, { ...paymaster, functionName: 'SIGNER_MANAGER_ROLE' });
    expect(await readContract(publicClient, { ...paymaster, functionName: 'hasRole', args: [admin, polity.timelock] })).toBe(true);
    expect(await readContract(publicClient, { ...paymaster, functionName: 'hasRole', args: [admin, deployer.account.address] })).toBe(false);
    expect(await readContract(publicClient, { ...paymaster, functionName: 'hasRole', args: [signerManager, council.account.address] })).toBe(true);
    expect(await readContract(publicClient, { address: entryPoint08Address, abi: entryPoint08Abi, functionName: 'balanceOf', args: [result.paymaster] })).toBe(deposit);
  }, 120_000);

  test('a second polity on the same chain reuses the EntryPoint and the factory', async () => {
    const { polity, publicClient, deployer } = city;
    const sent: Hash[] = [];
    const { registry, governor, rounds, timelock } = polity;
    const result = await deployPasskeySupport(deployer, { registry, governor, rounds, timelock, approvalSigner, deposit: 0n, onSent: (hash) => sent.push(hash) });
    expect(sent).toHaveLength(1); // the paymaster only, no deposit
    expect(result.accountFactory).toBe(polityAccountFactoryAddress);
    const paymaster = { address: result.paymaster, abi: polityPaymasterAbi } as const;
    expect(await readContract(publicClient, { ...paymaster, functionName: 'isSponsoredTarget', args: [polity.results] })).toBe(false);
    const signerManager = await readContract(publicClient, { ...paymaster, functionName: 'SIGNER_MANAGER_ROLE' });
    expect(await readContract(publicClient, { ...paymaster, functionName: 'hasRole', args: [signerManager, deployer.account.address] })).toBe(true);
  }, 120_000);

  test('stakes the paymaster at the EntryPoint with the unstake delay, as the forge script does', async () => {
    const { polity, publicClient, deployer } = city;
    const { registry, governor, rounds, timelock } = polity;
    const sent: Hash[] = [];
    const stake = { amount: parseEther('0.5'), unstakeDelaySeconds: 86_400 };
    const result = await deployPasskeySupport(deployer, { registry, governor, rounds, timelock, approvalSigner, deposit: 0n, stake, onSent: (hash) => sent.push(hash) });
    expect(sent).toHaveLength(2); // the paymaster, its stake
    const info = await readContract(publicClient, { address: entryPoint08Address, abi: entryPoint08Abi, functionName: 'getDepositInfo', args: [result.paymaster] });
    expect(info).toMatchObject({ staked: true, stake: stake.amount, unstakeDelaySec: 86_400, deposit: 0n, withdrawTime: 0 });
  }, 120_000);

  test('refuses a stake it cannot add, before sending anything', async () => {
    const { polity, deployer, council } = city;
    const { registry, governor, rounds, timelock } = polity;
    const base = { registry, governor, rounds, timelock, approvalSigner, deposit: 0n };
    const sent: Hash[] = [];
    const onSent = (hash: Hash) => sent.push(hash);
    await expect(deployPasskeySupport(deployer, { ...base, stake: { amount: 0n, unstakeDelaySeconds: 86_400 }, onSent })).rejects.toThrow(
      new PolityInvalidInputError('stake.amount', '0 wei: a stake must be more than 0 (leave `stake` out for none)'),
    );
    await expect(deployPasskeySupport(deployer, { ...base, stake: { amount: 1n, unstakeDelaySeconds: 0 }, onSent })).rejects.toThrow(/stake\.unstakeDelaySeconds: 0 is not a whole number of seconds/);
    // addStake is the signer manager's: staking from another sender would leave a deployed, unstaked paymaster.
    await expect(
      deployPasskeySupport(deployer, { ...base, signerManager: council.account.address, stake: { amount: 1n, unstakeDelaySeconds: 60 }, onSent }),
    ).rejects.toThrow(/is added by the signer manager/);
    expect(sent).toHaveLength(0);
  });

  test('refuses another chain before sending anything', async () => {
    const { polity, deployer } = city;
    await expect(deployPasskeySupport(deployer, { ...polity, chainId: 1, approvalSigner, deposit: 0n })).rejects.toBeInstanceOf(PolityWrongNetworkError);
  });
});
