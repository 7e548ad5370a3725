/**
 * The sponsorship policy against a real polity on anvil and a real server (embedded database): what
 * the city pays for, what it refuses and why, the approval's signature checked two ways (the typed
 * data the server builds, and OpenZeppelin's PaymasterSigner hash written out here field by field),
 * the record of what was approved, and reconciliation from the EntryPoint's logs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import {
  concat,
  encodeAbiParameters,
  encodeEventTopics,
  getAddress,
  hexToNumber,
  keccak256,
  pad,
  parseAbiParameters,
  recoverAddress,
  recoverTypedDataAddress,
  size,
  slice,
  toBytes,
  toFunctionSelector,
  toHex,
  type Address,
  type Hex,
  type Log,
} from 'viem';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { entryPoint08Abi, entryPoint08Address } from 'viem/account-abstraction';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admitResidents, revokeResidents } from '@polity/sdk';
import { createApp } from '../src/app.js';
import { startServer, type RunningServer } from '../src/server.js';
import { userOperationRequestTypedData } from '../src/sponsorship/approval.js';
import { applyUserOperationEvents } from '../src/sponsorship/reconcile.js';
import { sponsorshipRoutes } from '../src/sponsorship/routes.js';
import { userOperationRequestSchema } from '../src/sponsorship/user-operation.js';
import {
  castBallotData,
  defaultMaxCostWei,
  delegateAllData,
  executeBatch,
  executeSingle,
  modes,
  startSponsorshipCity,
  userOperation,
  type SponsorshipCity,
} from './support/sponsorship-city.js';

const keyEnv = 'POLITY_TEST_SPONSOR_KEY';
const signerKey = generatePrivateKey();
const signer = privateKeyToAccount(signerKey);
const paymaster = privateKeyToAccount(generatePrivateKey()).address;
const accountFactory = privateKeyToAccount(generatePrivateKey()).address;
const paymasterName = 'Sponsorville Paymaster';
const paymasterVersion = '1';
const quota = 3;

let city: SponsorshipCity;
let server: RunningServer;
let dataDir: string;

beforeAll(async () => {
  city = await startSponsorshipCity(6);
  dataDir = mkdtempSync(join(tmpdir(), 'polity-sponsorship-'));
  process.env[keyEnv] = signerKey;
  server = await startServer(
    city.config(dataDir, { enabled: true, signerKeyEnv: keyEnv, paymaster, accountFactory, paymasterName, paymasterVersion, dailyQuotaPerResident: quota, budgetWei: '1000000000000000000' }),
    { databaseUrl: '', logger: pino({ level: 'silent' }) },
  );
}, 120_000);

afterAll(async () => {
  delete process.env[keyEnv];
  await server?.stop();
  await city?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function post(path: string, body: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(server.url + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

async function get(path: string): Promise<{ status: number; body: any }> {
  const response = await fetch(server.url + path);
  return { status: response.status, body: await response.json() };
}

const approve = (operation: unknown) => post('/sponsorship/approve', operation);
const recordedCount = async (): Promise<number> => (await get('/sponsorship/actions?limit=1')).body.summary.count;

/**
 * OpenZeppelin 5.7 PaymasterSigner._signableUserOpHash, written out from its Solidity: EIP-712 over
 * `UserOperationRequest` with the paymaster's domain. Independent of the server's typed data.
 */
function paymasterSignerDigest(operation: ReturnType<typeof userOperation>, validAfter: number, validUntil: number): Hex {
  const typeHash = keccak256(
    toBytes(
      'UserOperationRequest(address sender,uint256 nonce,bytes initCode,bytes callData,bytes32 accountGasLimits,uint256 preVerificationGas,bytes32 gasFees,uint256 paymasterVerificationGasLimit,uint256 paymasterPostOpGasLimit,uint48 validAfter,uint48 validUntil)',
    ),
  );
  const uint128 = (value: string) => pad(toHex(BigInt(value)), { size: 16 });
  const initCode = operation.factory ? concat([operation.factory as Hex, (operation.factoryData ?? '0x') as Hex]) : '0x';
  const structHash = keccak256(
    encodeAbiParameters(parseAbiParameters('bytes32, address, uint256, bytes32, bytes32, bytes32, uint256, bytes32, uint256, uint256, uint48, uint48'), [
      typeHash,
      operation.sender,
      BigInt(operation.nonce),
      keccak256(initCode),
      keccak256(operation.callData),
      concat([uint128(operation.verificationGasLimit), uint128(operation.callGasLimit)]),
      BigInt(operation.preVerificationGas),
      concat([uint128(operation.maxPriorityFeePerGas), uint128(operation.maxFeePerGas)]),
      BigInt(operation.paymasterVerificationGasLimit),
      BigInt(operation.paymasterPostOpGasLimit),
      validAfter,
      validUntil,
    ]),
  );
  const domainSeparator = keccak256(
    encodeAbiParameters(parseAbiParameters('bytes32, bytes32, bytes32, uint256, address'), [
      keccak256(toBytes('EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)')),
      keccak256(toBytes(paymasterName)),
      keccak256(toBytes(paymasterVersion)),
      31337n,
      paymaster,
    ]),
  );
  return keccak256(concat(['0x1901', domainSeparator, structHash]));
}

/**
 * The v0.8 EntryPoint's getUserOpHash, written out from its Solidity (UserOperationLib.hash with
 * the EntryPoint's EIP-712 domain "ERC4337" version "1"): what its UserOperationEvent carries.
 */
function entryPointHash(operation: ReturnType<typeof userOperation>, paymasterAndData: Hex): Hex {
  const typeHash = keccak256(
    toBytes('PackedUserOperation(address sender,uint256 nonce,bytes initCode,bytes callData,bytes32 accountGasLimits,uint256 preVerificationGas,bytes32 gasFees,bytes paymasterAndData)'),
  );
  const uint128 = (value: string) => pad(toHex(BigInt(value)), { size: 16 });
  const structHash = keccak256(
    encodeAbiParameters(parseAbiParameters('bytes32, address, uint256, bytes32, bytes32, bytes32, uint256, bytes32, bytes32'), [
      typeHash,
      operation.sender,
      BigInt(operation.nonce),
      keccak256(operation.factory ? concat([operation.factory as Hex, (operation.factoryData ?? '0x') as Hex]) : '0x'),
      keccak256(operation.callData),
      concat([uint128(operation.verificationGasLimit), uint128(operation.callGasLimit)]),
      BigInt(operation.preVerificationGas),
      concat([uint128(operation.maxPriorityFeePerGas), uint128(operation.maxFeePerGas)]),
      keccak256(paymasterAndData),
    ]),
  );
  const domainSeparator = keccak256(
    encodeAbiParameters(parseAbiParameters('bytes32, bytes32, bytes32, uint256, address'), [
      keccak256(toBytes('EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)')),
      keccak256(toBytes('ERC4337')),
      keccak256(toBytes('1')),
      31337n,
      entryPoint08Address,
    ]),
  );
  return keccak256(concat(['0x1901', domainSeparator, structHash]));
}

describe('POST /sponsorship/approve', () => {
  it("approves a resident's ballot in the rounds contract, signed as OpenZeppelin's PaymasterSigner checks it, and records it", async () => {
    const alice = city.residents[0]!;
    const operation = userOperation(alice, executeBatch([{ target: city.polity.rounds, data: castBallotData(1n, [0, 2]) }]), { nonce: '7' });
    const { status, body } = await approve(operation);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.paymaster).toBe(paymaster);
    expect(body.paymasterVerificationGasLimit).toBe('60000');
    expect(body.paymasterPostOpGasLimit).toBe('0');
    expect(body.maxCostWei).toBe(defaultMaxCostWei.toString());
    expect(body.remainingToday).toBe(quota - 1);

    // paymasterData = validAfter (6 bytes) ‖ validUntil (6 bytes) ‖ 65-byte signature
    const paymasterData = body.paymasterData as Hex;
    expect(size(paymasterData)).toBe(12 + 65);
    expect(hexToNumber(slice(paymasterData, 0, 6))).toBe(body.validAfter);
    expect(hexToNumber(slice(paymasterData, 6, 12))).toBe(body.validUntil);
    expect(body.validAfter).toBe(0);
    expect(body.validUntil).toBeGreaterThan(0);
    const signature = slice(paymasterData, 12);

    // The typed data the server builds…
    const window = { validAfter: body.validAfter as number, validUntil: body.validUntil as number };
    const typedData = userOperationRequestTypedData(userOperationRequestSchema.parse(operation), window, { name: paymasterName, version: paymasterVersion, chainId: 31337, paymaster });
    expect(await recoverTypedDataAddress({ ...typedData, signature })).toBe(signer.address);
    // …and the hash OpenZeppelin's Solidity computes, written out by field: both give the signer.
    expect(await recoverAddress({ hash: paymasterSignerDigest(operation, window.validAfter, window.validUntil), signature })).toBe(signer.address);
    // A different window (or any other field) would not: the check above can fail.
    expect(await recoverAddress({ hash: paymasterSignerDigest(operation, window.validAfter, window.validUntil + 1), signature })).not.toBe(signer.address);

    // The hash the EntryPoint will give the operation sent with these fields.
    const paymasterAndData = concat([paymaster, pad(toHex(60000n), { size: 16 }), pad(toHex(0n), { size: 16 }), paymasterData]);
    expect(body.userOperationHash).toBe(entryPointHash(operation, paymasterAndData));

    const listed = await get(`/sponsorship/actions?account=${alice}`);
    expect(listed.status).toBe(200);
    expect(listed.body.actions).toHaveLength(1);
    const action = listed.body.actions[0];
    expect(action).toMatchObject({
      account: alice,
      userOperationHash: body.userOperationHash,
      targets: [city.polity.rounds],
      selectors: [toFunctionSelector('castBallot(uint256,uint8[])')],
      maxCostWei: defaultMaxCostWei.toString(),
      transactionHash: null,
      gasUsed: null,
      paidWei: null,
    });
    expect(new Date(action.validUntil).getTime()).toBe(body.validUntil * 1000);
  });

  it('approves a batch over several of the polity contracts, and an account created by the configured factory', async () => {
    const calls = executeBatch([
      { target: city.polity.registry, data: delegateAllData(city.residents[0]!) },
      { target: city.polity.rounds, data: castBallotData(1n, [1]) },
    ]);
    const { status, body } = await approve(userOperation(city.residents[4]!, calls, { factory: accountFactory, factoryData: '0x1234' }));
    expect(status, JSON.stringify(body)).toBe(200);
    const listed = await get(`/sponsorship/actions?account=${city.residents[4]}`);
    expect(listed.body.actions[0].targets).toEqual([city.polity.registry, city.polity.rounds]);
  });

  describe('refuses, with a message a resident can read, and records nothing', () => {
    const ballot = () => executeBatch([{ target: city.polity.rounds, data: castBallotData(1n, [0]) }]);

    async function refused(operation: unknown, status: number, code: string, message: RegExp) {
      const before = await recordedCount();
      const answer = await approve(operation);
      expect(answer.status, JSON.stringify(answer.body)).toBe(status);
      expect(answer.body.error.code).toBe(code);
      expect(answer.body.error.message).toMatch(message);
      expect(await recordedCount()).toBe(before);
      return answer.body.error.message as string;
    }

    it('someone who was never admitted', async () => {
      await refused(userOperation(city.outsider, ballot()), 403, 'not_a_resident', new RegExp(`${city.outsider} is not a resident of this polity.*identity office`));
    });

    it('a resident whose admission was revoked (read from the registry at the time of the request)', async () => {
      const bob = city.residents[1]!;
      expect((await approve(userOperation(bob, ballot()))).status).toBe(200);
      await revokeResidents(city.registrar, { polity: city.polity, accounts: [bob], reason: 'moved-away' });
      await refused(userOperation(bob, ballot(), { nonce: '1' }), 403, 'not_a_resident', /not a resident of this polity \(never admitted, or the admission was revoked\)/);
    });

    it('a resident whose residency expired, told the date and where to renew', async () => {
      const newcomer = privateKeyToAccount(generatePrivateKey()).address;
      const { timestamp } = await city.chain.getBlock();
      const expiresAt = timestamp + 120n;
      await admitResidents(city.registrar, { polity: city.polity, residents: [{ account: newcomer, credential: keccak256(toHex(newcomer)), district: 1, expiresAt }] });
      expect((await approve(userOperation(newcomer, ballot()))).status).toBe(200);
      await city.chain.request({ method: 'evm_setNextBlockTimestamp' as never, params: [toHex(expiresAt + 1n)] as never });
      await city.chain.request({ method: 'anvil_mine' as never, params: ['0x1'] as never });
      const day = new Date(Number(expiresAt) * 1000).toISOString().slice(0, 10);
      await refused(userOperation(newcomer, ballot(), { nonce: '1' }), 403, 'not_a_resident', new RegExp(`the residency of ${newcomer} expired on ${day}.*renew it at the city's identity office`));
    });

    it('a call to a contract outside the polity, the timelock included', async () => {
      const stranger = getAddress('0x00000000000000000000000000000000000c0ffe');
      await refused(userOperation(city.residents[0]!, executeBatch([{ target: stranger, data: castBallotData(1n, [0]) }])), 403, 'foreign_contract', new RegExp(`the call goes to ${stranger}, which is not one of the city's Polity contracts`));
      await refused(userOperation(city.residents[0]!, executeBatch([{ target: city.polity.timelock, data: '0x12345678' }])), 403, 'foreign_contract', /not one of the city's Polity contracts \(registry, governor, rounds, results, escrow\)/);
    });

    it('a batch with one foreign call among polity calls', async () => {
      const calls = executeBatch([
        { target: city.polity.rounds, data: castBallotData(1n, [0]) },
        { target: city.outsider, data: '0xa9059cbb' },
      ]);
      await refused(userOperation(city.residents[0]!, calls), 403, 'foreign_contract', new RegExp(`call 2 of 2 goes to ${city.outsider}`));
    });

    it('a call that sends value', async () => {
      await refused(userOperation(city.residents[0]!, executeBatch([{ target: city.polity.escrow, value: 1n, data: '0x12345678' }])), 403, 'call_with_value', /the call sends 1 wei to the escrow: the city pays only for actions that move no money/);
      await refused(
        userOperation(city.residents[0]!, executeBatch([{ target: city.polity.rounds, data: castBallotData(1n, [0]) }, { target: city.polity.rounds, value: 5n, data: castBallotData(1n, [1]) }])),
        403,
        'call_with_value',
        /call 2 of 2 sends 5 wei to the rounds/,
      );
    });

    it("a single-mode execution or a batch that skips failures: residents' accounts run neither", async () => {
      // Decoded (ERC-7579 packed target ‖ value ‖ data), then refused: the account and the paymaster take plain batches only.
      await refused(userOperation(city.residents[3]!, executeSingle({ target: city.polity.registry, data: delegateAllData(city.residents[0]!) })), 403, 'unsupported_execution', /single call \(ERC-7579 single mode\).*send it as a batch of one call/);
      await refused(userOperation(city.residents[3]!, executeBatch([{ target: city.polity.rounds, data: castBallotData(1n, [0]) }], modes.batchTry)), 403, 'unsupported_execution', /exec type "try"/);
    });

    it('an account created by another factory, or by none configured', async () => {
      const other = getAddress('0x000000000000000000000000000000000000fac7');
      await refused(userOperation(city.residents[0]!, ballot(), { factory: other, factoryData: '0x' }), 403, 'factory_not_allowed', new RegExp(`factory ${other}, but the city's accounts come from ${accountFactory}`));
    });

    it("callData that is not the account's execute, a delegatecall, opData, or a non-standard batch encoding", async () => {
      await refused(userOperation(city.residents[0]!, castBallotData(1n, [0])), 400, 'undecodable_call', /is not a call to the account's execute\(bytes32 mode, bytes executionData\)/);
      await refused(userOperation(city.residents[0]!, executeBatch([{ target: city.polity.rounds, data: castBallotData(1n, [0]) }], modes.delegatecall)), 400, 'undecodable_call', /call type 0xff/);
      await refused(userOperation(city.residents[0]!, executeBatch([{ target: city.polity.rounds, data: castBallotData(1n, [0]) }], modes.batchWithOpData)), 400, 'undecodable_call', /mode selector 0x78210001/);
      // The same batch with 32 junk bytes between the array's offset and its body: another decoder could disagree.
      const standard = executeBatch([{ target: city.polity.rounds, data: castBallotData(1n, [0]) }]);
      const executionData = slice(standard, 4 + 64 + 32);
      const padded = concat([pad(toHex(0x40), { size: 32 }), pad('0x01', { size: 32 }), slice(executionData, 32)]);
      const reencoded = concat([slice(standard, 0, 4), modes.batch, pad(toHex(0x40), { size: 32 }), pad(toHex(size(padded)), { size: 32 }), padded]);
      await refused(userOperation(city.residents[0]!, reencoded), 400, 'undecodable_call', /the batch in execute\(\.\.\.\) is not in the standard ABI encoding/);
      // Trailing bytes after execute's arguments.
      await refused(userOperation(city.residents[0]!, concat([standard, '0xdeadbeef'])), 400, 'undecodable_call', /callData is not in the standard ABI encoding of execute/);
    });

    it('over the daily quota, saying how many the city pays for', async () => {
      const carol = city.residents[2]!;
      const remaining: number[] = [];
      for (let nonce = 0; nonce < quota; nonce += 1) {
        const { status, body } = await approve(userOperation(carol, ballot(), { nonce: String(nonce) }));
        expect(status, JSON.stringify(body)).toBe(200);
        remaining.push(body.remainingToday);
      }
      expect(remaining).toEqual([2, 1, 0]);
      const message = await refused(userOperation(carol, ballot(), { nonce: String(quota) }), 429, 'daily_quota_exhausted', /the city pays for 3 actions a day per resident; you have used them today \(UTC\), try again tomorrow/);
      expect(message).not.toMatch(/0x/);
    });

    it('malformed JSON', async () => {
      const before = await recordedCount();
      const { status, body } = await approve('{"sender": "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", ');
      expect(status).toBe(400);
      expect(body.error.message).toMatch(/JSON/);
      expect(await recordedCount()).toBe(before);
    });

    it('a bad address, a number that is not one, and missing fields, each named', async () => {
      await refused(userOperation('0x1234' as Address, ballot()), 400, 'invalid_request', /sender: sender is not an address/);
      await refused(userOperation(city.residents[0]!, ballot(), { callGasLimit: '-5' }), 400, 'invalid_request', /callGasLimit: callGasLimit must be a whole number/);
      await refused(userOperation(city.residents[0]!, ballot(), { maxFeePerGas: `0x1${'0'.repeat(32)}` }), 400, 'invalid_request', /maxFeePerGas is larger than a uint128/);
      await refused(userOperation(city.residents[0]!, ballot(), { callData: '0x123' }), 400, 'invalid_request', /callData must be bytes/);
      const { paymasterVerificationGasLimit: _omitted, ...incomplete } = userOperation(city.residents[0]!, ballot());
      await refused(incomplete, 400, 'invalid_request', /paymasterVerificationGasLimit/);
    });
  });

  it("over the period's budget: the last action that fits is approved, the next refused with the date it ends", async () => {
    const committed = BigInt((await get('/sponsorship/policy')).body.budgetCommittedWei);
    const context = { ...server.context, config: { ...server.context.config, sponsorship: { ...server.context.config.sponsorship, budgetWei: committed + defaultMaxCostWei + defaultMaxCostWei / 2n } } };
    const app = createApp(context, { routers: [sponsorshipRoutes(context)] });
    const ask = async (nonce: string) => {
      const response = await app.request('/sponsorship/approve', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(userOperation(city.residents[5]!, executeBatch([{ target: city.polity.results, data: '0x12345678' }]), { nonce })) });
      return { status: response.status, body: (await response.json()) as any };
    };
    expect((await ask('0')).status).toBe(200);
    const before = await recordedCount();
    const { status, body } = await ask('1');
    expect(status).toBe(429);
    expect(body.error.code).toBe('budget_exhausted');
    expect(body.error.message).toMatch(new RegExp(`budget for paying residents' transactions is used up until \\d{4}-\\d{2}-\\d{2} \\(${defaultMaxCostWei / 2n} wei left, this action may cost up to ${defaultMaxCostWei} wei\\)`));
    expect(await recordedCount()).toBe(before);
  });

  it('approves the very same operation twice in one second once: counted and recorded once', async () => {
    const frozen = new Date();
    const app = createApp(server.context, { routers: [sponsorshipRoutes(server.context, { now: () => frozen })] });
    const operation = userOperation(city.residents[4]!, executeBatch([{ target: city.polity.governor, data: '0x12345678' }]), { nonce: '42' });
    const ask = async () => {
      const response = await app.request('/sponsorship/approve', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(operation) });
      return { status: response.status, body: (await response.json()) as any };
    };
    const before = await recordedCount();
    const first = await ask();
    const second = await ask();
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.body).toEqual(first.body);
    expect(await recordedCount()).toBe(before + 1);
  });

  it('an action dearer than the per-action ceiling', async () => {
    const context = { ...server.context, config: { ...server.context.config, sponsorship: { ...server.context.config.sponsorship, maxCostPerActionWei: defaultMaxCostWei - 1n } } };
    const app = createApp(context, { routers: [sponsorshipRoutes(context)] });
    const before = await recordedCount();
    const response = await app.request('/sponsorship/approve', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(userOperation(city.residents[4]!, executeBatch([{ target: city.polity.governor, data: '0x12345678' }]), { nonce: '43' })) });
    const body = (await response.json()) as any;
    expect(response.status).toBe(403);
    expect(body.error).toEqual({ code: 'action_too_expensive', message: `this action may cost up to ${defaultMaxCostWei} wei (its gas limits × maxFeePerGas) and the city pays at most ${defaultMaxCostWei - 1n} wei for one action: lower its gas limits or fee` });
    expect(await recordedCount()).toBe(before);
  });

  it("answers 503 naming the setting when sponsorship is off, the paymaster or the signer's key is missing", async () => {
    const ask = async (sponsorship: Partial<typeof server.context.config.sponsorship>, environment: NodeJS.ProcessEnv) => {
      const context = { ...server.context, config: { ...server.context.config, sponsorship: { ...server.context.config.sponsorship, ...sponsorship } } };
      const app = createApp(context, { routers: [sponsorshipRoutes(context, { environment })] });
      const response = await app.request('/sponsorship/approve', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(userOperation(city.residents[0]!, executeBatch([{ target: city.polity.rounds, data: '0x12345678' }]))) });
      const policy = (await (await app.request('/sponsorship/policy')).json()) as any;
      return { status: response.status, body: (await response.json()) as any, policy };
    };
    const off = await ask({ enabled: false }, process.env);
    expect(off.status).toBe(503);
    expect(off.body.error.message).toMatch(/sponsorship\.enabled is false/);
    expect(off.policy).toMatchObject({ enabled: false, ready: false, unavailableReason: off.body.error.message });
    const noPaymaster = await ask({ paymaster: undefined }, process.env);
    expect(noPaymaster.status).toBe(503);
    expect(noPaymaster.body.error.message).toMatch(/sponsorship\.paymaster is not set/);
    const noKey = await ask({}, {});
    expect(noKey.status).toBe(503);
    expect(noKey.body.error.message).toMatch(new RegExp(`the environment variable ${keyEnv} \\(named by sponsorship\\.signerKeyEnv\\) holds no signing key`));
    const badKey = await ask({}, { [keyEnv]: '0x1234' });
    expect(badKey.status).toBe(503);
    expect(badKey.body.error.message).toMatch(/is not a private key/);
  });
});

describe('GET /sponsorship/policy and /sponsorship/actions', () => {
  it('the policy says what is left of the budget: the budget less every approval of the period', async () => {
    const { status, body } = await get('/sponsorship/policy');
    expect(status).toBe(200);
    const actions = await get('/sponsorship/actions?limit=1');
    expect(body).toMatchObject({
      enabled: true,
      ready: true,
      unavailableReason: null,
      chainId: 31337,
      entryPoint: entryPoint08Address,
      paymaster,
      accountFactory,
      dailyQuotaPerResident: quota,
      budgetWei: '1000000000000000000',
      periodDays: 30,
      contracts: [
        { component: 'registry', address: city.polity.registry },
        { component: 'governor', address: city.polity.governor },
        { component: 'rounds', address: city.polity.rounds },
        { component: 'results', address: city.polity.results },
        { component: 'escrow', address: city.polity.escrow },
      ],
    });
    const count = actions.body.summary.count as number;
    expect(count).toBe(9); // alice, the batch with a factory, bob before revocation, the newcomer before expiry, carol × 3, the budget test's, the repeated one
    expect(body.budgetCommittedWei).toBe((BigInt(count) * defaultMaxCostWei).toString());
    expect(body.budgetLeftWei).toBe((10n ** 18n - BigInt(count) * defaultMaxCostWei).toString());
    expect(new Date(body.period.end).getTime() - new Date(body.period.start).getTime()).toBe(30 * 86_400_000);
  });

  it('lists every approval once across pages, newest first, with the summary of the period', async () => {
    const all = await get('/sponsorship/actions?limit=200');
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: any } = await get(`/sponsorship/actions?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      seen.push(...page.body.actions.map((action: { id: number }) => action.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.body.actions.map((action: { id: number }) => action.id));
    expect([...seen].sort((a, b) => b - a)).toEqual(seen);
    expect(all.body.summary).toMatchObject({ count: seen.length, maxCostWei: (BigInt(seen.length) * defaultMaxCostWei).toString(), paidWei: '0', settled: 0 });
    const carol = await get(`/sponsorship/actions?account=${city.residents[2]}`);
    expect(carol.body.actions).toHaveLength(quota);
    expect(carol.body.summary.count).toBe(quota);
  });

  it('refuses a bad account, limit or cursor, naming it', async () => {
    expect((await get('/sponsorship/actions?account=0x12')).body.error.message).toMatch(/account: is not an address/);
    expect((await get('/sponsorship/actions?limit=0')).status).toBe(400);
    expect((await get('/sponsorship/actions?cursor=abc')).body.error.message).toMatch(/cursor: is not a cursor/);
  });

  it("reconciliation fills in what the chain says an approval cost, from the EntryPoint's UserOperationEvent", async () => {
    // No paymaster contract exists before the next issue, so the EntryPoint cannot emit a real event
    // here: the logs are built with the EntryPoint's own ABI, exactly as getLogs would return them.
    const alice = city.residents[0]!;
    const [action] = (await get(`/sponsorship/actions?account=${alice}`)).body.actions;
    const policyBefore = (await get('/sponsorship/policy')).body;
    const transactionHash = keccak256(toHex('a bundle'));
    const logOf = (userOpHash: Hex, payer: Address, index: number): Log => ({
      address: entryPoint08Address,
      topics: encodeEventTopics({ abi: entryPoint08Abi, eventName: 'UserOperationEvent', args: { userOpHash, sender: alice, paymaster: payer } }) as [Hex, ...Hex[]],
      data: encodeAbiParameters(parseAbiParameters('uint256, bool, uint256, uint256'), [7n, true, 123_456_000_000_000n, 123_456n]),
      blockHash: keccak256(toHex('a block')),
      blockNumber: 5n,
      logIndex: index,
      transactionHash,
      transactionIndex: 0,
      removed: false,
    });
    const settled = await applyUserOperationEvents(
      server.context.db,
      [logOf(action.userOperationHash, paymaster, 0), logOf(action.userOperationHash, city.outsider, 1), logOf(keccak256(toHex('not ours')), paymaster, 2)],
      paymaster,
    );
    expect(settled).toBe(1);
    const after = await get(`/sponsorship/actions?account=${alice}`);
    expect(after.body.actions[0]).toMatchObject({ transactionHash, gasUsed: '123456', paidWei: '123456000000000' });
    expect(after.body.summary).toMatchObject({ paidWei: '123456000000000', settled: 1 });
    // The budget now counts what was paid instead of the most it could have cost.
    const policyAfter = (await get('/sponsorship/policy')).body;
    expect(BigInt(policyBefore.budgetCommittedWei) - BigInt(policyAfter.budgetCommittedWei)).toBe(defaultMaxCostWei - 123_456_000_000_000n);
  });
});

describe('OpenAPI', () => {
  it('describes every sponsorship route', async () => {
    const { body } = await get('/openapi.json');
    expect(Object.keys(body.paths['/sponsorship/approve'])).toEqual(['post']);
    expect(body.paths['/sponsorship/approve'].post.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/UserOperationRequest');
    expect(Object.keys(body.paths['/sponsorship/approve'].post.responses).sort()).toEqual(['200', '400', '403', '429', '503']);
    expect(body.paths['/sponsorship/policy'].get).toBeDefined();
    expect(body.paths['/sponsorship/actions'].get.parameters.map((parameter: { name: string }) => parameter.name).sort()).toEqual(['account', 'cursor', 'limit']);
    expect(body.components.schemas.SponsorshipApproval.required).toEqual(expect.arrayContaining(['paymaster', 'paymasterData', 'validAfter', 'validUntil']));
  });
});
