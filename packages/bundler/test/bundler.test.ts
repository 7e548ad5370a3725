import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createWalletClient, http, publicActions } from 'viem';
import { mnemonicToAccount } from 'viem/accounts';
import { foundry } from 'viem/chains';
import { deployPasskeySupport } from '@polity/sdk';
import { startAnvil, type Anvil } from '@polity/sdk/node';
import { BundlerStartError, entryPoint08, startBundler } from '../src/index.js';
import { freePort, portFree } from '../src/port.js';

const mnemonic = 'test test test test test test test test test test test junk';
const account = (index: number) => mnemonicToAccount(mnemonic, { addressIndex: index });
const privateKey = (index: number) => `0x${Buffer.from(account(index).getHdKey().privateKey!).toString('hex')}` as const;

/** Process ids in a process group (ps), to show nothing of Alto is left. */
function groupMembers(pgid: number): number[] {
  const table = execFileSync('ps', ['-eo', 'pid=,pgid='], { encoding: 'utf8' });
  return table
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number))
    .filter(([, group]) => group === pgid)
    .map(([pid]) => pid!);
}

async function rpc(url: string, method: string): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params: [] }) });
  return ((await response.json()) as { result: unknown }).result;
}

describe('startBundler', () => {
  let anvil: Anvil;
  beforeAll(async () => {
    anvil = await startAnvil();
  });
  afterAll(async () => anvil?.stop());

  test('refuses a chain without the EntryPoint, naming what to deploy', async () => {
    const refusal = await startBundler({ rpcUrl: anvil.url, executorPrivateKey: privateKey(8) }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(BundlerStartError);
    expect((refusal as BundlerStartError).reason).toBe('no-entry-point');
    expect((refusal as BundlerStartError).message).toContain(entryPoint08);
  });

  test('answers eth_supportedEntryPoints and eth_chainId; after stop the port is free and no process is left', async () => {
    const deployer = createWalletClient({ account: account(0), chain: { ...foundry, id: anvil.chainId }, transport: http(anvil.url) }).extend(publicActions);
    // The paymaster's polity addresses only matter to the paymaster, not to the bundler.
    const placeholder = account(1).address;
    const { entryPoint } = await deployPasskeySupport(deployer, {
      registry: placeholder,
      governor: placeholder,
      rounds: placeholder,
      timelock: placeholder,
      approvalSigner: placeholder,
      deposit: 0n,
    });
    expect(entryPoint).toBe(entryPoint08);

    const bundler = await startBundler({ rpcUrl: anvil.url, executorPrivateKey: privateKey(8), utilityPrivateKey: privateKey(9) });
    const pid = bundler.pid;
    expect(await rpc(bundler.url, 'eth_supportedEntryPoints')).toEqual([entryPoint08]);
    expect(Number(await rpc(bundler.url, 'eth_chainId'))).toBe(anvil.chainId);
    expect(await portFree(bundler.port)).toBe(false);
    expect(groupMembers(pid).length).toBeGreaterThan(0);

    await bundler.stop();
    expect(await portFree(bundler.port)).toBe(true);
    expect(groupMembers(pid)).toEqual([]);
  });

  test('stops by itself when the process that started it is killed outright (SIGKILL: no exit hook runs)', async () => {
    // The EntryPoint is deployed by the test above.
    const parent = spawn(process.execPath, ['--import', 'tsx', new URL('./fixtures/parent.ts', import.meta.url).pathname, anvil.url, privateKey(8), privateKey(9)], {
      cwd: new URL('..', import.meta.url).pathname,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const [line] = (await once(parent.stdout!, 'data')) as [Buffer];
    const { pid, port } = JSON.parse(line.toString()) as { pid: number; port: number };
    expect(await rpc(`http://127.0.0.1:${port}`, 'eth_supportedEntryPoints')).toEqual([entryPoint08]);
    parent.kill('SIGKILL');
    await once(parent, 'exit');
    // The condition, polled: Alto notices its parent is gone and shuts down.
    await expect.poll(() => groupMembers(pid), { timeout: 60_000, interval: 250 }).toEqual([]);
    expect(await portFree(port)).toBe(true);
  });

  test('a wrong RPC URL gives a clear error before Alto is even started', async () => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    const refusal = await startBundler({ rpcUrl: closed, executorPrivateKey: privateKey(8) }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(BundlerStartError);
    expect((refusal as BundlerStartError).reason).toBe('rpc-unreachable');
    expect((refusal as BundlerStartError).message).toMatch(/does not answer.*check the RPC URL/);
  });

  test('when Alto itself exits, the error carries its last lines and says what to check', async () => {
    // An executor key Alto cannot parse: Alto starts, then exits with its own complaint.
    const refusal = await startBundler({ rpcUrl: anvil.url, executorPrivateKey: '0x1234' }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(BundlerStartError);
    const error = refusal as BundlerStartError;
    expect(error.reason).toBe('exited');
    expect(error.output.length).toBeGreaterThan(0);
    expect(error.message).toContain("Alto's last output");
    expect(error.message).toMatch(/check the RPC URL, that the EntryPoint is deployed/);
  });
});
