/**
 * An approval the server signs goes through the real v0.8 EntryPoint on anvil: a paymaster that is
 * OpenZeppelin's PaymasterSigner checks it on chain, an OpenZeppelin ERC-7821 account runs the batch
 * on the polity's registry, and the server's reconciliation reads the EntryPoint's real
 * UserOperationEvent to record what the city paid. The paymaster and account are test contracts built
 * from OpenZeppelin alone (support/sponsorship-contracts.ts), not the city's.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { concat, createWalletClient, getAddress, http, pad, parseEther, parseEventLogs, parseGwei, slice, toHex, type Address, type Hex } from 'viem';
import { generatePrivateKey, mnemonicToAccount, privateKeyToAccount } from 'viem/accounts';
import { entryPoint08Abi, entryPoint08Address, getUserOperationHash, toPackedUserOperation, type UserOperation } from 'viem/account-abstraction';
import { foundry } from 'viem/chains';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { admitResidents, residentRegistryAbi } from '@polity/sdk';
import { startServer, type RunningServer } from '../src/server.js';
import { startTestPostgres, type TestPostgres } from './support/postgres.js';
import { compileTestContracts, deterministicDeployer, entryPoint08Salt, entryPointCreationCode } from './support/sponsorship-contracts.js';
import { delegateAllData, executeBatch, startSponsorshipCity, userOperation, type SponsorshipCity } from './support/sponsorship-city.js';

const keyEnv = 'POLITY_TEST_ENTRYPOINT_SPONSOR_KEY';
const signerKey = generatePrivateKey();
const signer = privateKeyToAccount(signerKey);
const owner = privateKeyToAccount(generatePrivateKey());

let city: SponsorshipCity;
let postgres: TestPostgres;
let server: RunningServer;
let dataDir: string;
let paymaster: Address;
let account: Address;
let bundler: ReturnType<typeof walletOf>;

const walletOf = (url: string, index: number) => createWalletClient({ account: mnemonicToAccount('test test test test test test test test test test test junk', { addressIndex: index }), chain: foundry, transport: http(url, { retryCount: 0 }) });

beforeAll(async () => {
  [city, postgres] = await Promise.all([startSponsorshipCity(1), startTestPostgres()]);
  const contracts = compileTestContracts();
  bundler = walletOf(city.anvil.url, 5);
  const mined = async (hash: Hex) => {
    const receipt = await city.chain.waitForTransactionReceipt({ hash });
    expect(receipt.status).toBe('success');
    return receipt;
  };
  // The canonical v0.8 EntryPoint, through the deterministic deployment proxy anvil preloads.
  await mined(await bundler.sendTransaction({ to: deterministicDeployer, data: concat([entryPoint08Salt, entryPointCreationCode()]), gas: 8_000_000n }));
  expect(await city.chain.getCode({ address: entryPoint08Address })).toMatch(/^0x[0-9a-f]{100,}/);
  paymaster = getAddress((await mined(await bundler.deployContract({ abi: contracts.TestPaymaster.abi, bytecode: contracts.TestPaymaster.bytecode, args: [signer.address] }))).contractAddress!);
  await mined(await bundler.writeContract({ address: paymaster, abi: contracts.TestPaymaster.abi, functionName: 'deposit', value: parseEther('1') }));
  account = getAddress((await mined(await bundler.deployContract({ abi: contracts.TestAccount.abi, bytecode: contracts.TestAccount.bytecode, args: [owner.address] }))).contractAddress!);
  const { timestamp } = await city.chain.getBlock();
  await admitResidents(city.registrar, { polity: city.polity, residents: [{ account, credential: pad('0xacc0', { size: 32 }), district: 1, expiresAt: timestamp + 86_400n * 365n }] });

  dataDir = mkdtempSync(join(tmpdir(), 'polity-sponsorship-entrypoint-'));
  process.env[keyEnv] = signerKey;
  server = await startServer(city.config(dataDir, { enabled: true, signerKeyEnv: keyEnv, paymaster, paymasterName: 'PolityPaymaster', paymasterVersion: '1', validForSeconds: 60, dailyQuotaPerResident: 2 }), {
    databaseUrl: await postgres.createDatabase('sponsorship_entrypoint'),
    logger: pino({ level: 'silent' }),
  });
}, 300_000);

afterAll(async () => {
  delete process.env[keyEnv];
  await server?.stop();
  await postgres?.stop();
  await city?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const depositOf = (address: Address) => city.chain.readContract({ address: entryPoint08Address, abi: entryPoint08Abi, functionName: 'balanceOf', args: [address] });

describe('through the v0.8 EntryPoint', () => {
  it('OpenZeppelin PaymasterSigner accepts the approval, the account delegates, and reconciliation records what the city paid', async () => {
    const delegatee = city.residents[0]!;
    const nonce = await city.chain.readContract({ address: entryPoint08Address, abi: entryPoint08Abi, functionName: 'getNonce', args: [account, 0n] });
    const request = userOperation(account, executeBatch([{ target: city.polity.registry, data: delegateAllData(delegatee) }]), {
      nonce: toHex(nonce),
      callGasLimit: '300000',
      verificationGasLimit: '500000',
      preVerificationGas: '60000',
      maxFeePerGas: parseGwei('10').toString(),
      maxPriorityFeePerGas: parseGwei('1').toString(),
      paymasterVerificationGasLimit: '150000',
    });
    const response = await fetch(`${server.url}/sponsorship/approve`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
    const approval = (await response.json()) as { paymaster: Address; paymasterData: Hex; userOperationHash: Hex; validUntil: number };
    expect(response.status, JSON.stringify(approval)).toBe(200);

    const operation: UserOperation<'0.8'> = {
      sender: account,
      nonce,
      callData: request.callData,
      callGasLimit: 300_000n,
      verificationGasLimit: 500_000n,
      preVerificationGas: 60_000n,
      maxFeePerGas: parseGwei('10'),
      maxPriorityFeePerGas: parseGwei('1'),
      paymaster: approval.paymaster,
      paymasterVerificationGasLimit: 150_000n,
      paymasterPostOpGasLimit: 0n,
      paymasterData: approval.paymasterData,
      signature: '0x',
    };
    // The hash the server recorded is the EntryPoint's own.
    expect(await city.chain.readContract({ address: entryPoint08Address, abi: entryPoint08Abi, functionName: 'getUserOpHash', args: [toPackedUserOperation(operation)] })).toBe(approval.userOperationHash);

    // Tampering with the approved window breaks the paymaster's check (AA34), not the account's.
    const stretched = { ...operation, paymasterData: concat([slice(approval.paymasterData, 0, 6), pad(toHex(approval.validUntil + 3600), { size: 6 }), slice(approval.paymasterData, 12)]) };
    const stretchedHash = getUserOperationHash({ chainId: foundry.id, entryPointAddress: entryPoint08Address, entryPointVersion: '0.8', userOperation: stretched });
    const stretchedSigned = { ...stretched, signature: await owner.sign({ hash: stretchedHash }) };
    await expect(
      city.chain.simulateContract({ account: bundler.account, address: entryPoint08Address, abi: entryPoint08Abi, functionName: 'handleOps', args: [[toPackedUserOperation(stretchedSigned)], bundler.account.address] }),
    ).rejects.toThrow(/AA34 signature error/);

    const signed = { ...operation, signature: await owner.sign({ hash: approval.userOperationHash }) };
    const depositBefore = await depositOf(paymaster);
    const hash = await bundler.writeContract({ address: entryPoint08Address, abi: entryPoint08Abi, functionName: 'handleOps', args: [[toPackedUserOperation(signed)], bundler.account.address] });
    const receipt = await city.chain.waitForTransactionReceipt({ hash });
    const [event] = parseEventLogs({ abi: entryPoint08Abi, eventName: 'UserOperationEvent', logs: receipt.logs });
    expect(event?.args).toMatchObject({ userOpHash: approval.userOperationHash, sender: account, paymaster, success: true });
    expect(await city.chain.readContract({ address: city.polity.registry, abi: residentRegistryAbi, functionName: 'delegateOf', args: [account, 0] })).toBe(delegatee);
    expect(depositBefore - (await depositOf(paymaster))).toBe(event!.args.actualGasCost);

    // Past the confirmations the reconciliation waits for (2 by default).
    await city.chain.request({ method: 'anvil_mine' as never, params: [toHex(2)] as never });
    // The listing reads the new blocks (waiting for that run a few seconds at most): ask until it is in.
    const actions = await vi.waitFor(
      async () => {
        const page = (await (await fetch(`${server.url}/sponsorship/actions?account=${account}`)).json()) as any;
        if (page.actions[0].transactionHash === null) throw new Error('not reconciled yet');
        return page;
      },
      { timeout: 60_000, interval: 250 },
    );
    expect(actions.actions[0]).toMatchObject({
      userOperationHash: approval.userOperationHash,
      transactionHash: hash,
      gasUsed: event!.args.actualGasUsed.toString(),
      paidWei: event!.args.actualGasCost.toString(),
    });
    expect(actions.summary).toMatchObject({ count: 1, settled: 1, paidWei: event!.args.actualGasCost.toString() });
    expect(BigInt(actions.actions[0].maxCostWei)).toBeGreaterThan(event!.args.actualGasCost);
    expect(actions.actions[0].status).toBe('paid');
    const policy = (await (await fetch(`${server.url}/sponsorship/policy`)).json()) as { budgetCommittedWei: string };
    expect(policy.budgetCommittedWei).toBe(event!.args.actualGasCost.toString());

    // An approval the resident never sends counts its most possible cost until it expires, then nothing.
    const unsent = await fetch(`${server.url}/sponsorship/approve`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...request, nonce: toHex(nonce + 1n) }) });
    const unsentApproval = (await unsent.json()) as { maxCostWei: string; validUntil: number };
    expect(unsent.status).toBe(200);
    const committed = async () => ((await (await fetch(`${server.url}/sponsorship/policy`)).json()) as { budgetCommittedWei: string }).budgetCommittedWei;
    expect(await committed()).toBe((event!.args.actualGasCost + BigInt(unsentApproval.maxCostWei)).toString());
    const { timestamp } = await city.chain.getBlock();
    await city.chain.request({ method: 'evm_setNextBlockTimestamp' as never, params: [toHex(BigInt(unsentApproval.validUntil) + 1n)] as never });
    await city.chain.request({ method: 'anvil_mine' as never, params: [toHex(3)] as never });
    expect((await city.chain.getBlock()).timestamp).toBeGreaterThan(timestamp);
    await vi.waitFor(
      async () => {
        if ((await committed()) !== event!.args.actualGasCost.toString()) throw new Error('the unsent approval still counts');
      },
      { timeout: 60_000, interval: 250 },
    );
    const statuses = (await (await fetch(`${server.url}/sponsorship/actions?account=${account}`)).json()) as { actions: { status: string }[] };
    expect(statuses.actions.map((action) => action.status)).toEqual(['lapsed', 'paid']);

    // Nor does it use up the resident's quota (2 a day here): the paid one and this one make 2.
    const again = await fetch(`${server.url}/sponsorship/approve`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...request, nonce: toHex(nonce + 1n), callGasLimit: '300001' }) });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { remainingToday: number }).remainingToday).toBe(0);
    const over = await fetch(`${server.url}/sponsorship/approve`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...request, nonce: toHex(nonce + 2n) }) });
    expect(over.status).toBe(429);
  }, 120_000);
});
