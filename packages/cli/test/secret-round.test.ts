/**
 * `polity open-round --ballots secret`: the council opens a round with secret ballots (the chain says
 * so), and the two it cannot open are refused in plain words before anything is sent: a secret round
 * carrying delegated weight, and a secret round in a polity whose file has no secret-ballot contracts.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPublicClient, http } from 'viem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getRound, getRoundCount, type PolityAddresses } from '@polity/sdk';
import type { LocalAnvil } from '../src/chain/anvil.js';
import { csvData, polity, stackTrace, startAnvil, workspace } from './cli.js';

describe('open-round --ballots', () => {
  let anvil: LocalAnvil;
  let cwd: string;
  let addresses: PolityAddresses;
  const run = (...args: string[]) => polity(args, { cwd, env: { POLITY_RPC_URL: anvil.url, POLITY_CREDENTIAL_SALT: `0x${'5b'.repeat(32)}` } });
  const chain = () => createPublicClient({ transport: http(anvil.url) });
  const rounds = async () => getRoundCount(chain(), { polity: addresses });

  beforeAll(async () => {
    anvil = await startAnvil();
    cwd = workspace();
    copyFileSync(join(csvData, 'projects.csv'), join(cwd, 'projects.csv'));
    const deployed = await run('deploy', '--name', 'Sekretna', '--council-opens-rounds');
    expect(deployed.status).toBe(0);
    const file = JSON.parse(readFileSync(join(cwd, '.polity', 'sekretna.json'), 'utf8')) as { polity: PolityAddresses & { deployedAtBlock: string } };
    addresses = { ...file.polity, deployedAtBlock: BigInt(file.polity.deployedAtBlock) };
    // The same polity as a file from before secret ballots would describe it.
    const { identityGroups: _groups, secretBallots: _ballots, ...older } = file.polity;
    writeFileSync(join(cwd, '.polity', 'older.json'), JSON.stringify({ ...file, name: 'Older', polity: older }));
  }, 120_000);
  afterAll(async () => anvil?.stop());

  it('explains the choice in --help', async () => {
    const { status, stdout } = await run('open-round', '--help');
    expect(status).toBe(0);
    expect(stdout).toMatch(/--ballots <ballots>\s+public: anyone can see who voted for what/);
    expect(stdout.replace(/\s+/g, ' ')).toContain('secret: nobody, not even the council, can tell who voted for what');
    expect(stdout.replace(/\s+/g, ' ')).toContain('(choices: "public", "secret", default: "public")');
  });

  it('opens a round with secret ballots, which the chain reads back as secret', async () => {
    const { status, stdout, stderr } = await run('open-round', 'projects.csv', '--polity', 'sekretna', '--budget', '250000', '--ballots', 'secret', '--yes');
    expect(stderr).not.toContain('error:');
    expect(status).toBe(0);
    expect(stdout).toContain('a new round: budget 250,000; secret approval ballots');
    expect(stdout).toContain('opened round 1');
    expect((await getRound(chain(), { polity: addresses, roundId: 1n })).secrecy).toBe('secret');
    const plain = await run('open-round', 'projects.csv', '--polity', 'sekretna', '--budget', '250000', '--yes');
    expect(plain.status).toBe(0);
    expect(plain.stdout).toContain('opened round 2');
    expect((await getRound(chain(), { polity: addresses, roundId: 2n })).secrecy).toBe('public');
  }, 120_000);

  it('refuses secret ballots with delegated weight, saying why, and sends nothing', async () => {
    const before = await rounds();
    const { status, stdout, stderr } = await run('open-round', 'projects.csv', '--polity', 'sekretna', '--budget', '250000', '--ballots', 'secret', '--delegation-topic', '0', '--yes');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'error: a round with secret ballots cannot carry delegated weight: a resident who delegated and then votes takes their weight back from their delegate, and that would show on the chain who voted\nDrop --delegation-topic, or open the round with public ballots (drop --ballots secret). Nothing was sent.\n',
    );
    expect(await rounds()).toBe(before);
  }, 60_000);

  it('refuses secret ballots for a polity without secret-ballot contracts, and a misspelt choice', async () => {
    const before = await rounds();
    const older = await run('open-round', 'projects.csv', '--polity', 'older', '--budget', '250000', '--ballots', 'secret', '--yes');
    expect(older.status).toBe(2);
    expect(older.stderr).toContain('error: Older has no secret-ballot contracts in its polity file (no identityGroups and secretBallots addresses), so it cannot hold a round with secret ballots\n');
    expect(older.stderr).toContain('Open the round with public ballots (drop --ballots secret).');
    expect(older.stderr).not.toMatch(stackTrace);
    const misspelt = await run('open-round', 'projects.csv', '--polity', 'sekretna', '--budget', '250000', '--ballots', 'private', '--yes');
    expect(misspelt.status).not.toBe(0);
    expect(misspelt.stderr).toContain("argument 'private' is invalid. Allowed choices are public, secret.");
    expect(await rounds()).toBe(before);
  }, 60_000);
});
