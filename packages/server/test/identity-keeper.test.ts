/**
 * The server keeps the secret-ballot groups in step with the registry by itself: with the relay's key in
 * its environment it syncs a revoked resident's identity leaf out of the groups (sending from the relay
 * account, and logging it), and the groups' root is then the one Semaphore's own Group gives for the
 * surviving leaves; a resident who moved leaves the old district group and then joins the new one. With no RPC answering, it logs the failure and keeps checking; the server keeps
 * serving. Both wait on conditions, never on time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { createSecretGroup, identityGroupsAbi, residentRegistryAbi } from '@polity/sdk';
import { freePort } from '@polity/sdk/node';
import { createTestClient, createWalletClient, http, keccak256, stringToHex, type Address } from 'viem';
import { mnemonicToAccount } from 'viem/accounts';
import { foundry } from 'viem/chains';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseServerConfig } from '../src/config.js';
import { startServer, type RunningServer } from '../src/server.js';
import { startSecretCity, type SecretCity } from './relay-city.js';

const keyEnv = 'POLITY_TEST_KEEPER_RELAY_KEY';
const mnemonic = 'test test test test test test test test test test test junk';

function capturedLog() {
  const lines: Record<string, unknown>[] = [];
  const log = pino({ level: 'info' }, new Writable({ write: (chunk, _encoding, done) => (lines.push(JSON.parse(String(chunk)) as Record<string, unknown>), done()) }));
  return { log, lines };
}

/** Resolves once `condition` holds, checking again after each of the chain's or the log's changes would be seen. */
async function until(condition: () => Promise<boolean> | boolean, what: string, limitMs = 120_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
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
  beforeAll(async () => {
    city = await startSecretCity({ residents: 3, costs: [10n], budget: 100n, maxProjects: 1 });
    process.env[keyEnv] = city.relayKey;
  }, 300_000);
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

    await until(async () => (await identityOf()).districtGroup === 0n, 'the keeper to sync the moved leaf out of district group 2');
    expect(lines.find((line) => line.msg === 'identity synced')).toMatchObject({ account: mover, reason: 'pending', outcome: 'left-district' });
    // The contract lets nothing join in the second of the last sync; this chain makes a block only per
    // transaction, so one later block is made for it (a live chain makes them by itself).
    const clock = createTestClient({ chain: foundry, mode: 'anvil', transport: http(city.anvil.url) });
    await clock.increaseTime({ seconds: 1 });
    await clock.mine({ blocks: 1 });
    await until(async () => (await identityOf()).districtGroup === 3n, 'the keeper to let it join district group 3');
    expect(lines.find((line) => line.msg === 'identity joined its district group')).toMatchObject({ account: mover, districtGroup: 3 });
    expect(await identityOf()).toEqual({ inCity: true, districtGroup: 3n, pending: false });
    await server.stop();
    server = undefined;
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
