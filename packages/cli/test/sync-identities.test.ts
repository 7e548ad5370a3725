/**
 * `polity sync-identities`: a city without the server keeps its secret-ballot groups in step itself. A
 * resident holding an identity is revoked; until the command runs nobody can register; it syncs the
 * leaf out (saying so), the groups' root is then Semaphore's own Group of the remaining leaves, and a
 * registration goes through. A second run has nothing to do.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPublicClient, createTestClient, createWalletClient, http, keccak256, toHex, type Address } from 'viem';
import { mnemonicToAccount } from 'viem/accounts';
import { getBlock } from 'viem/actions';
import { foundry } from 'viem/chains';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admitResidents, createSecretGroup, identityGroupsAbi, registerSecretIdentity, revokeResidents, secretIdentityFromSeed, type PolityAddresses } from '@polity/sdk';
import type { LocalAnvil } from '../src/chain/anvil.js';
import { polity, stackTrace, startAnvil, workspace } from './cli.js';

const mnemonic = 'test test test test test test test test test test test junk';

describe('polity sync-identities', () => {
  let anvil: LocalAnvil;
  let cwd: string;
  let addresses: PolityAddresses;
  const run = (...args: string[]) => polity(args, { cwd, env: { POLITY_RPC_URL: anvil.url } });

  beforeAll(async () => {
    anvil = await startAnvil();
    cwd = workspace();
    const deployed = await run('deploy', '--name', 'Zgodna');
    expect(deployed.status).toBe(0);
    const file = JSON.parse(readFileSync(join(cwd, '.polity', 'zgodna.json'), 'utf8')) as { polity: PolityAddresses & { deployedAtBlock: string } };
    addresses = { ...file.polity, deployedAtBlock: BigInt(file.polity.deployedAtBlock) };
  }, 180_000);
  afterAll(async () => anvil?.stop());

  it('syncs a revoked resident out of the groups, after which registrations go through again', async () => {
    const transport = http(anvil.url);
    const chain = createPublicClient({ chain: foundry, transport });
    const wallet = (index: number) => createWalletClient({ account: mnemonicToAccount(mnemonic, { addressIndex: index }), chain: foundry, transport });
    // The deploying account (anvil's first) is the identity office.
    const registrar = wallet(0);
    const residents = [3, 4, 5, 6].map(wallet);
    const { timestamp } = await getBlock(chain);
    await admitResidents(registrar, { polity: addresses, residents: residents.map((resident) => ({ account: resident.account.address, credential: keccak256(toHex(resident.account.address)), district: 1, expiresAt: timestamp + 365n * 86_400n })) });
    const identities = residents.map((_, index) => secretIdentityFromSeed(new Uint8Array(32).fill(index + 7)));
    for (const [index, resident] of residents.slice(0, 3).entries()) await registerSecretIdentity(resident, { secretBallots: addresses.secretBallots!, commitment: identities[index]!.commitment });
    const revoked: Address = residents[1]!.account.address;
    await revokeResidents(registrar, { polity: addresses, accounts: [revoked], reason: 'moved-away' });
    await expect(registerSecretIdentity(residents[3]!, { secretBallots: addresses.secretBallots!, commitment: identities[3]!.commitment })).rejects.toThrow(/IdentityGroupsSyncPending/);

    const { status, stdout, stderr } = await run('sync-identities', '--polity', 'zgodna');
    expect(stderr).not.toContain('error:');
    expect(status).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(new RegExp(`^${revoked}  no longer a resident: removed from the groups  \\(0x[0-9a-f]{64}\\)$`));
    expect(stdout).toContain('sent 1 transaction');
    expect(stdout).toContain('the identity groups are settled');
    const [, inCity] = await chain.readContract({ address: addresses.identityGroups!, abi: identityGroupsAbi, functionName: 'identityOf', args: [revoked] });
    expect(inCity).toBe(false);
    const model = createSecretGroup(identities.slice(0, 3).map((identity) => identity.commitment));
    model.removeMember(1);
    const [root] = await chain.readContract({ address: addresses.identityGroups!, abi: identityGroupsAbi, functionName: 'groupOf', args: [0n] });
    expect(root).toBe(model.root);

    // The next second on, the fourth resident registers; a second run has nothing to do.
    const clock = createTestClient({ chain: foundry, mode: 'anvil', transport });
    await clock.increaseTime({ seconds: 1 });
    await clock.mine({ blocks: 1 });
    await registerSecretIdentity(residents[3]!, { secretBallots: addresses.secretBallots!, commitment: identities[3]!.commitment });
    const again = await run('sync-identities', '--polity', 'zgodna');
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('nothing needed syncing');
  }, 180_000);

  it('refuses a polity file without secret-ballot contracts, saying so', async () => {
    const file = JSON.parse(readFileSync(join(cwd, '.polity', 'zgodna.json'), 'utf8')) as { name: string; polity: Record<string, unknown> };
    const { identityGroups: _groups, secretBallots: _ballots, ...older } = file.polity;
    writeFileSync(join(cwd, '.polity', 'older.json'), JSON.stringify({ ...file, name: 'Older', polity: older }));
    const { status, stderr } = await run('sync-identities', '--polity', 'older');
    expect(status).toBe(1);
    expect(stderr).toContain('has no secret-ballot contracts in its file');
    expect(stderr).not.toMatch(stackTrace);
  }, 120_000);
});
