/**
 * The server keeps the secret-ballot groups in step with the registry by itself: with the relay's key in
 * its environment it syncs a revoked resident's identity leaf out of the groups (sending from the relay
 * account, and logging it), and the groups' root is then the one Semaphore's own Group gives for the
 * surviving leaves; a resident who moved leaves the old district group and then joins the new one. Across
 * its runs it reads the groups' events once from the start and then only the blocks after its last run
 * (every getLogs counted at a proxy in front of the chain). With no RPC answering, it logs the failure and
 * keeps checking; the server keeps serving. Both wait on conditions, never on time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { createSecretGroup, identityGroupsAbi, residentRegistryAbi } from '@polity/sdk';
import { freePort } from '@polity/sdk/node';
import { createTestClient, createWalletClient, hexToBigInt, http, keccak256, parseEventLogs, stringToHex, type Address, type Hex } from 'viem';
import { mnemonicToAccount } from 'viem/accounts';
import { foundry } from 'viem/chains';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseServerConfig } from '../src/config.js';
import { startServer, type RunningServer } from '../src/server.js';
import { startSecretCity, type SecretCity } from './relay-city.js';

const keyEnv = 'POLITY_TEST_KEEPER_RELAY_KEY';
const mnemonic = 'test test test test test test test test test test test junk';

function capturedLog() {
  const lines: Record<string, unknown>[] = [];
  logged = lines;
  // Debug lines too: a failure's message then shows which blocks each of the keeper's runs read.
  const log = pino({ level: 'debug' }, new Writable({ write: (chunk, _encoding, done) => (lines.push(JSON.parse(String(chunk)) as Record<string, unknown>), done()) }));
  return { log, lines };
}

/** The server's log lines of this test so far, for a failure's message: what the keeper did instead. */
let logged: Record<string, unknown>[] = [];

/** Resolves once `condition` holds, checking again after each of the chain's or the log's changes would be seen. */
async function until(condition: () => Promise<boolean> | boolean, what: string, limitMs = 120_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}; the server logged:\n${logged.slice(-60).map((line) => JSON.stringify(line)).join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A JSON-RPC proxy in front of `target` that records every call it forwards (the server's RPC URL points at it). */
async function countingRpc(target: string): Promise<{ url: string; calls: { method: string; params?: unknown }[]; close: () => Promise<void> }> {
  const calls: { method: string; params?: unknown }[] = [];
  const proxy = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      const parsed = JSON.parse(body) as { method: string; params?: unknown } | { method: string; params?: unknown }[];
      calls.push(...[parsed].flat());
      fetch(target, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
        .then(async (answer) => {
          response.writeHead(answer.status, { 'content-type': 'application/json' });
          response.end(await answer.text());
        })
        .catch(() => {
          response.writeHead(502);
          response.end();
        });
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () => {
      proxy.closeAllConnections();
      return new Promise<void>((resolve) => proxy.close(() => resolve()));
    },
  };
}

describe('the identity keeper', () => {
  let city: SecretCity;
  let server: RunningServer | undefined;
  const dataDirs: string[] = [];
  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'polity-keeper-'));
    dataDirs.push(dir);
    return dir;
  };
  /** The relay city's server configuration; its timelock stand-in (an account there) becomes a contract, as every polity address is. */
  const cityConfig = () => {
    const base = city.config(dataDir(), { senderKeyEnv: keyEnv }) as { polity: Record<string, unknown> };
    return { ...base, polity: { ...base.polity, timelock: city.registry } };
  };
  /**
   * Waits for the keeper to sync `mover`'s leaf out of district group `from` (its log line, then that
   * transaction's own event on chain) and then to let it join group `to`. The contract lets nothing join
   * in the second of the last sync, so a later check joins it once a block of a later second exists: this
   * chain makes a block only per transaction, so one is made (a live chain makes them by itself, and may
   * make one between the keeper's two transactions). The state in between is read from the sync's own
   * receipt, never by polling the chain for it: a poll can miss a moment that short.
   */
  const syncedOutThenJoined = async (lines: Record<string, unknown>[], mover: Address, { from, to }: { from: bigint; to: bigint }) => {
    const isSync = (line: Record<string, unknown>) => line.msg === 'identity synced' && line.account === mover;
    const isJoin = (line: Record<string, unknown>) => line.msg === 'identity joined its district group' && line.account === mover;
    await until(() => lines.some(isSync), `the keeper to sync the moved leaf out of district group ${from}`);
    const synced = lines.find(isSync)!;
    expect(synced).toMatchObject({ reason: 'pending', outcome: 'left-district' });
    const receipt = await city.chain.getTransactionReceipt({ hash: synced.transaction as Hex });
    const [event] = parseEventLogs({ abi: identityGroupsAbi, logs: receipt.logs, eventName: 'IdentitySynced' });
    expect(event?.args).toEqual({ account: mover, inCity: true, districtGroup: 0n });
    const clock = createTestClient({ chain: foundry, mode: 'anvil', transport: http(city.anvil.url) });
    await clock.increaseTime({ seconds: 1 });
    await clock.mine({ blocks: 1 });
    await until(() => lines.some(isJoin), `the keeper to let it join district group ${to}`);
    expect(lines.find(isJoin)).toMatchObject({ districtGroup: Number(to) });
    expect(lines.findIndex(isJoin)).toBeGreaterThan(lines.findIndex(isSync));
  };

  beforeAll(async () => {
    city = await startSecretCity({ residents: 3, costs: [10n], budget: 100n, maxProjects: 1 });
    process.env[keyEnv] = city.relayKey;
  }, 300_000);
  // A test that fails part-way leaves its server running: stopped here before the next test starts its own.
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });
  afterAll(async () => {
    await server?.stop();
    await city?.stop();
    delete process.env[keyEnv];
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });

  it("syncs a revoked resident's leaf out of the groups by itself, from the relay's account", async () => {
    const { log, lines } = capturedLog();
    const config = parseServerConfig({ ...cityConfig(), identitySync: { intervalSeconds: 1 } });
    server = await startServer(config, { logger: log });
    expect(server.identityKeeper?.sender).toBe(city.relayAddress);
    // Its first run finds nothing to do: every leaf is settled.
    expect((await server.identityKeeper!.runNow())?.steps).toEqual([]);

    const accounts = Array.from({ length: 3 }, (_, index) => `0x${(0x10000 + index).toString(16).padStart(40, '0')}` as Address);
    const registrar = createWalletClient({ account: mnemonicToAccount(mnemonic, { addressIndex: 2 }), chain: foundry, transport: http(city.anvil.url) });
    await city.chain.waitForTransactionReceipt({ hash: await registrar.writeContract({ address: city.registry, abi: residentRegistryAbi, functionName: 'revoke', args: [[accounts[1]!], stringToHex('moved-away', { size: 32 })] }) });
    const identityOf = (account: Address) => city.chain.readContract({ address: city.identityGroups, abi: identityGroupsAbi, functionName: 'identityOf', args: [account] });
    expect((await identityOf(accounts[1]!))[3]).toBe(true);

    // Nobody asks the keeper: it notices the pending leaf at its next check and syncs it.
    await until(async () => !(await identityOf(accounts[1]!))[1], 'the keeper to sync the revoked leaf out');
    await until(() => lines.some((line) => line.msg === 'identity synced'), 'the log line');
    const synced = lines.find((line) => line.msg === 'identity synced')!;
    expect(synced).toMatchObject({ account: accounts[1], reason: 'pending', outcome: 'removed' });
    const receipt = await city.chain.getTransactionReceipt({ hash: synced.transaction as `0x${string}` });
    expect(receipt.from.toLowerCase()).toBe(city.relayAddress.toLowerCase());
    expect(await city.chain.readContract({ address: city.identityGroups, abi: identityGroupsAbi, functionName: 'pendingCount' })).toBe(0n);

    // Differential: the chain's city group is Semaphore's Group of the three leaves with the second removed.
    const model = createSecretGroup(city.identities.map((identity) => identity.commitment));
    model.removeMember(1);
    const [root] = await city.chain.readContract({ address: city.identityGroups, abi: identityGroupsAbi, functionName: 'groupOf', args: [0n] });
    expect(root).toBe(model.root);
    await server.stop();
    server = undefined;
  }, 300_000);

  it('moves a resident who changed district out of the old district group and, on a later check, into the new one', async () => {
    const { log, lines } = capturedLog();
    server = await startServer(parseServerConfig({ ...cityConfig(), identitySync: { intervalSeconds: 1 } }), { logger: log });
    const mover = `0x${(0x10000 + 2).toString(16).padStart(40, '0')}` as Address;
    const registrar = createWalletClient({ account: mnemonicToAccount(mnemonic, { addressIndex: 2 }), chain: foundry, transport: http(city.anvil.url) });
    const { timestamp } = await city.chain.getBlock();
    const renewal = [{ account: mover, credential: keccak256(mover), district: 2, expiresAt: Number(timestamp) + 365 * 86_400 }];
    await city.chain.waitForTransactionReceipt({ hash: await registrar.writeContract({ address: city.registry, abi: residentRegistryAbi, functionName: 'admit', args: [renewal] }) });
    const identityOf = async () => {
      const [, inCity, districtGroup, pending] = await city.chain.readContract({ address: city.identityGroups, abi: identityGroupsAbi, functionName: 'identityOf', args: [mover] });
      return { inCity, districtGroup, pending };
    };
    expect(await identityOf()).toMatchObject({ pending: true, districtGroup: 2n });

    await syncedOutThenJoined(lines, mover, { from: 2n, to: 3n });
    expect(await identityOf()).toEqual({ inCity: true, districtGroup: 3n, pending: false });
    await server.stop();
    server = undefined;
  }, 300_000);

  it('across its runs reads the groups\' events once from the start and then only the blocks after its last run; after a reorganisation it rebuilds once, saying so', async () => {
    const proxy = await countingRpc(city.anvil.url);
    try {
      const { log, lines } = capturedLog();
      server = await startServer(parseServerConfig({ ...cityConfig(), chain: { id: foundry.id, rpcUrls: [proxy.url] }, identitySync: { intervalSeconds: 1 } }), { logger: log });
      const keeper = server.identityKeeper!;
      expect((await keeper.runNow())?.steps).toEqual([]);
      const [stayer, , mover] = Array.from({ length: 3 }, (_, index) => `0x${(0x10000 + index).toString(16).padStart(40, '0')}` as Address) as [Address, Address, Address];
      const registrar = createWalletClient({ account: mnemonicToAccount(mnemonic, { addressIndex: 2 }), chain: foundry, transport: http(city.anvil.url) });
      const identityOf = async (account: Address) => {
        const [, inCity, districtGroup, pending] = await city.chain.readContract({ address: city.identityGroups, abi: identityGroupsAbi, functionName: 'identityOf', args: [account] });
        return { inCity, districtGroup, pending };
      };

      // A revocation, synced by the keeper on its own.
      await city.chain.waitForTransactionReceipt({ hash: await registrar.writeContract({ address: city.registry, abi: residentRegistryAbi, functionName: 'revoke', args: [[stayer], stringToHex('moved-away', { size: 32 })] }) });
      await until(async () => !(await identityOf(stayer)).inCity, 'the keeper to sync the revoked leaf out');
      // A move back to district 1: out of district group 3, then (a second later) into group 2.
      const { timestamp } = await city.chain.getBlock();
      await city.chain.waitForTransactionReceipt({ hash: await registrar.writeContract({ address: city.registry, abi: residentRegistryAbi, functionName: 'admit', args: [[{ account: mover, credential: keccak256(mover), district: 1, expiresAt: Number(timestamp) + 365 * 86_400 }]] }) });
      await syncedOutThenJoined(lines, mover, { from: 3n, to: 2n });
      expect(await identityOf(mover)).toEqual({ inCity: true, districtGroup: 2n, pending: false });
      const clock = createTestClient({ chain: foundry, mode: 'anvil', transport: http(city.anvil.url) });
      const last = (await keeper.runNow())!;
      expect(last.eventsRead.since).toBe('mirror');

      // Every getLogs of the groups' events the server asked for: one from block 0 (its start-up), then each
      // starting right after the one before: no block read twice.
      const reads = proxy.calls
        .filter((call) => call.method === 'eth_getLogs')
        .map((call) => (call.params as [{ address: Address | Address[]; fromBlock: Hex; toBlock: Hex }])[0])
        .filter((filter) => [filter.address].flat().some((address) => address.toLowerCase() === city.identityGroups.toLowerCase()))
        .map((filter) => ({ fromBlock: hexToBigInt(filter.fromBlock), toBlock: hexToBigInt(filter.toBlock) }));
      expect(reads[0]?.fromBlock).toBe(0n);
      expect(reads.filter((range) => range.fromBlock === 0n)).toHaveLength(1);
      for (const [index, range] of reads.entries()) if (index > 0) expect(range.fromBlock, `read ${index}`).toBe(reads[index - 1]!.toBlock + 1n);
      expect(reads.length).toBeGreaterThanOrEqual(4);
      expect(reads.at(-1)?.toBlock).toBe(last.mirror.toBlock);
      expect(lines.some((line) => String(line.msg).startsWith('identity groups rebuilt'))).toBe(false);

      // Differential: the kept mirror's city group is the chain's, and Semaphore's Group of the three leaves with the first two removed.
      const model = createSecretGroup(city.identities.map((identity) => identity.commitment));
      model.removeMember(0);
      model.removeMember(1);
      const [root] = await city.chain.readContract({ address: city.identityGroups, abi: identityGroupsAbi, functionName: 'groupOf', args: [0n] });
      expect(root).toBe(model.root);
      expect(last.mirror.tree(0n).root).toBe(model.root);

      // A reorganisation takes away blocks the keeper had read: it says so, rebuilds from block 0, and goes on.
      const fork = await clock.snapshot();
      await clock.mine({ blocks: 5 });
      const ahead = (await keeper.runNow())!;
      await clock.revert({ id: fork });
      const head = await city.chain.getBlockNumber({ cacheTime: 0 });
      // (A check of the keeper's own may be the run that notices: the log says which did.)
      const after = (await keeper.runNow())!;
      const rebuilds = lines.filter((line) => String(line.msg).startsWith('identity groups rebuilt'));
      expect(rebuilds).toHaveLength(1);
      expect(rebuilds[0]).toMatchObject({ level: 40, fromBlock: 0, toBlock: Number(head), reason: `the mirror was read up to block ${ahead.mirror.toBlock}, after the chain's head ${head} (a reorganisation, or another node)` });
      expect(after.mirror.toBlock).toBe(head);
      expect(after.mirror.tree(0n).root).toBe(model.root);
      await server.stop();
      server = undefined;
    } finally {
      await proxy.close();
    }
  }, 300_000);

  it('logs a chain it cannot reach and keeps checking, and the server keeps answering', async () => {
    const { log, lines } = capturedLog();
    const deadRpc = `http://127.0.0.1:${await freePort()}`;
    const config = parseServerConfig({ ...cityConfig(), chain: { id: foundry.id, rpcUrls: [deadRpc] }, identitySync: { intervalSeconds: 1 } });
    server = await startServer(config, { logger: log });
    const failures = () => lines.filter((line) => line.msg === 'identity sync failed: retrying at the next check').length;
    await until(() => failures() >= 2, 'two failed checks in a row');
    expect(String(lines.find((line) => line.msg === 'identity sync failed: retrying at the next check')!.error)).toMatch(/RPC|did not answer|fetch|connect/i);
    expect((await fetch(`${server.url}/health`)).status).toBeLessThan(600);
    await server.stop();
    server = undefined;
  }, 300_000);
});
