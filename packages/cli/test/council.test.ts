/**
 * The council's commands against a fresh anvil: deploy a polity, admit residents from CSV, open a round
 * with its projects from CSV, export it; and every kind of bad input, each with what to fix and a
 * non-zero exit code, never a stack trace.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { keccak256, toHex } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { createPublicClient, http } from 'viem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getProjects, getRoundCategories, type PolityAddresses } from '@polity/sdk';
import type { LocalAnvil } from '../src/chain/anvil.js';
import { csvData, polity, stackTrace, startAnvil, workspace } from './cli.js';

/** A fixed salt, so that runs are reproducible; a council keeps its own secret salt. */
const salt = `0x${'5a'.repeat(32)}`;

describe('council commands', () => {
  let anvil: LocalAnvil;
  let cwd: string;
  const run = (...args: string[]) => polity(args, { cwd, env: { POLITY_RPC_URL: anvil.url, POLITY_CREDENTIAL_SALT: salt } });

  beforeAll(async () => {
    anvil = await startAnvil();
    cwd = workspace();
    for (const name of ['residents.csv', 'projects.csv']) copyFileSync(join(csvData, name), join(cwd, name));
  }, 30_000);
  afterAll(async () => anvil?.stop());

  it('deploys a polity whose council may open rounds (the founding vote) and writes its file', async () => {
    const { status, stdout, stderr } = await run('deploy', '--name', 'Wesoła', '--council-opens-rounds');
    expect(stderr).toContain('founding vote: passed and executed; the council opens budget rounds');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^deployed "Wesoła" on chain 31337 at block \d+\n {2}registry 0x[0-9a-fA-F]{40}\n/);
    expect(stdout).toContain('wrote .polity/wesola.json: pass --polity wesola to the other commands');
    const file = JSON.parse(readFileSync(join(cwd, '.polity', 'wesola.json'), 'utf8')) as { name: string; polity: { chainId: number }; genesis: string };
    expect(file).toMatchObject({ name: 'Wesoła', polity: { chainId: 31337 } });
    const again = await run('deploy', '--name', 'Wesoła');
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('error: .polity/wesola.json exists already\nPass --force to overwrite it');
  }, 120_000);

  it('sends nothing without a confirmation, then admits residents with a preview; a second run skips them', async () => {
    const unconfirmed = await run('admit', 'residents.csv', '--polity', 'wesola');
    expect(unconfirmed.stdout).toContain('residents.csv: 8 rows: 8 to admit, 0 to renew, 0 already residents as listed, 0 refused');
    expect(unconfirmed.status).toBe(2);
    expect(unconfirmed.stderr).toContain('error: nothing was sent: the command needs a confirmation');
    expect((await run('admit', 'residents.csv', '--polity', 'wesola', '--dry-run')).stdout).toContain('8 to admit');

    const admitted = await run('admit', 'residents.csv', '--polity', 'wesola', '--yes');
    expect(admitted.status).toBe(0);
    expect(admitted.stdout).toMatch(/ {3}2 {2}0xF735048c99E68A79a863D1a4A80a7499d604dbf0 {9}1 {2}2030-12-31 {2}0x[0-9a-f]{16}… {7}admit/);
    expect(admitted.stdout).toContain('admitted 8, renewed 0 in 1 transaction');
    expect(admitted.stdout).not.toContain('DOC-2031');

    const again = await run('admit', 'residents.csv', '--polity', 'wesola', '--yes');
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('0 to admit, 0 to renew, 8 already residents as listed, 0 refused\n\nnothing to send');
  }, 120_000);

  it('refuses to create a new credential salt for a polity that has residents, and says how to give the existing one', async () => {
    const withoutSalt = await polity(['admit', 'residents.csv', '--polity', 'wesola', '--yes'], { cwd, env: { POLITY_RPC_URL: anvil.url } });
    expect(withoutSalt.status).toBe(1);
    expect(withoutSalt.stderr).toContain('error: Wesoła already has 8 residents admitted with the council\'s credential salt, and .polity/wesola.salt does not exist');
    expect(withoutSalt.stderr).toContain('Give the salt the earlier import used: set POLITY_CREDENTIAL_SALT=0x... (64 hexadecimal digits), or pass --salt-file <file>');
    expect(withoutSalt.stderr).not.toMatch(stackTrace);
    expect(existsSync(join(cwd, '.polity', 'wesola.salt'))).toBe(false);
    // Given the salt in a file, the same import finds every resident admitted already.
    writeFileSync(join(cwd, 'council.salt'), `${salt}\n`);
    const withFile = await polity(['admit', 'residents.csv', '--polity', 'wesola', '--salt-file', 'council.salt', '--dry-run'], { cwd, env: { POLITY_RPC_URL: anvil.url } });
    expect(withFile.status).toBe(0);
    expect(withFile.stdout).toContain('0 to admit, 0 to renew, 8 already residents as listed, 0 refused');
  }, 60_000);

  it('creates a salt for a polity whose only resident is the council of its founding vote', async () => {
    expect((await polity(['deploy', '--name', 'Fresh', '--council-opens-rounds'], { cwd, env: { POLITY_RPC_URL: anvil.url } })).status).toBe(0);
    const first = await polity(['admit', 'residents.csv', '--polity', 'fresh', '--dry-run'], { cwd, env: { POLITY_RPC_URL: anvil.url } });
    expect(first.status).toBe(0);
    expect(first.stderr).toContain('created the council\'s credential salt in .polity/fresh.salt');
    expect(readFileSync(join(cwd, '.polity', 'fresh.salt'), 'utf8')).toMatch(/^0x[0-9a-f]{64}\n$/);
  }, 120_000);

  it('reports every refused resident row with its line and reason, and exits 1', async () => {
    const { status, stdout, stderr } = await run('admit', join(csvData, 'residents-with-errors.csv'), '--polity', 'wesola', '--dry-run');
    expect(status).toBe(1);
    for (const expected of [
      'line 4: address 0xB68c464e873cB96F9DE11D93A9fd9174C84EB043 has a wrong checksum',
      "line 5: address '0x4229d446eedEF40Bb3E62474326cF444Ac4deF3' is not an address: expected 0x followed by 40 hexadecimal digits",
      'line 6: address 0x44330aB9991F68564A60Dd527D9c0e4a45cFef9E is already on line 2',
      'line 7: no credential reference',
      'line 8: the same credential as line 2 (one credential admits one resident)',
      "line 9: district 'north' is not a whole number",
      'line 10: expires 2020-01-01, which is not after the chain\'s current time',
      "line 11: address is the zero address, which nobody controls; expires '31/12/2030' is not a date",
      'line 12: has 3 fields but the header has 4 columns',
    ]) {
      expect(stdout).toContain(expected);
    }
    expect(stderr).toContain('error: 9 rows of residents-with-errors.csv were refused (listed above) and not sent');
    expect(stderr).not.toMatch(stackTrace);
  }, 60_000);

  it('names the line of a malformed CSV file and sends nothing', async () => {
    const { status, stdout, stderr } = await run('admit', join(csvData, 'malformed.csv'), '--polity', 'wesola', '--yes');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('error: malformed.csv: line 3: not valid CSV: a quote opens here and is never closed\nFix the file at that line (a quote that is never closed, or a quote inside an unquoted field) and run the command again.\n');
    const header = join(cwd, 'no-header.csv');
    writeFileSync(header, 'wallet,id\n0x44330aB9991F68564A60Dd527D9c0e4a45cFef9E,DOC-1\n');
    const missing = await run('admit', header, '--polity', 'wesola');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("error: no-header.csv: line 1: the header has no 'address', 'credential' columns (it has 'wallet', 'id')");
  }, 60_000);

  it('says which batches were admitted and which rows were not sent when a batch fails', async () => {
    // Line 4 reuses the credential of a current resident (residents.csv line 2): the registry refuses its batch.
    const file = join(cwd, 'second-batch-fails.csv');
    const address = (index: number) => privateKeyToAccount(keccak256(toHex(`batch test ${index}`))).address;
    writeFileSync(
      file,
      ['address,credential,district,expires', ...[0, 1].map((index) => `${address(index)},DOC-9-${index},1,2030-12-31`), `${address(2)},DOC-2031-0001,1,2030-12-31`, ...[3, 4, 5].map((index) => `${address(index)},DOC-9-${index},1,2030-12-31`), ''].join('\n'),
    );
    const { status, stderr } = await run('admit', file, '--polity', 'wesola', '--yes', '--batch-size', '2');
    expect(status).toBe(1);
    expect(stderr).toContain('error: batch 2 of 3 (lines 4-5) failed: ');
    expect(stderr).toContain('2 residents on lines 2-3 were admitted before it; lines 4-7 (4 residents) were not sent. Fix the problem and run the same command again: residents already admitted are skipped.');
    expect(stderr).not.toMatch(stackTrace);
    expect((await run('admit', file, '--polity', 'wesola', '--dry-run')).stdout).toContain('4 to admit, 0 to renew, 2 already residents as listed');
  }, 60_000);

  it('admits a thousand residents in batches, with progress', async () => {
    const file = join(cwd, 'thousand.csv');
    const rows = Array.from({ length: 1000 }, (_, index) => `${privateKeyToAccount(keccak256(toHex(`resident ${index}`))).address},REF-${index},${1 + (index % 4)},2031-06-30`);
    writeFileSync(file, ['address,credential,district,expires', ...rows, ''].join('\n'));
    // A thousand registry reads at once: on a loaded machine anvil can take longer than the default 30 s to answer them.
    const { status, stdout, stderr } = await run('admit', file, '--polity', 'wesola', '--yes', '--timeout', '300');
    expect(stderr).not.toContain('error:');
    expect(status).toBe(0);
    expect(stdout).toContain('… and 995 more rows');
    expect(stderr).toContain('residents: 400/1,000 (40%)');
    expect(stderr).toContain('residents: 1,000/1,000 (100%)');
    expect(stdout).toContain('admitted 1,000, renewed 0 in 5 transactions');
  }, 120_000);

  it('opens a round with its projects and opens voting; projects cannot be added once voting is open', async () => {
    const { status, stdout } = await run('open-round', 'projects.csv', '--polity', 'wesola', '--budget', '250000', '--ballot', 'knapsack', '--yes', '--start-voting');
    expect(status).toBe(0);
    expect(stdout).toContain('projects.csv: 5 rows: 5 to submit, 0 refused');
    expect(stdout).toContain('a new round: budget 250,000; knapsack ballots (1 or more projects costing at most the budget); greedy');
    expect(stdout).toContain('categories: sport, public space, culture, transport');
    expect(stdout).toContain('opened round 1\nsubmitted 5 projects to round 1; their public texts (published by the city, hashed on-chain) are in .polity/wesola-round-1-projects.json');
    expect(stdout).toContain('accepted every project and opened voting in round 1');
    const texts = JSON.parse(readFileSync(join(cwd, '.polity', 'wesola-round-1-projects.json'), 'utf8')) as { projects: Record<string, { title: string; contentHash: string; text: string }> };
    expect(texts.projects['4']?.title).toBe('Safe crossing on Jana Pawła II street');
    expect(texts.projects['4']?.contentHash).toBe(keccak256(toHex(texts.projects['4']!.text)));

    const late = await run('open-round', 'projects.csv', '--polity', 'wesola', '--round', '1', '--yes');
    expect(late.status).toBe(1);
    expect(late.stderr).toBe('error: round 1 is in its voting phase; projects are submitted during submission only\nOpen a new round instead (drop --round).\n');
  }, 120_000);

  it('adds projects to an open round under the round\'s own categories, read from the chain, and refuses a category it lacks', async () => {
    const opening = join(cwd, 'opening.csv');
    writeFileSync(opening, 'title,cost,category\nMural on the library,20000,culture\nSkate ramp,30000,sport\n');
    const opened = await run('open-round', opening, '--polity', 'wesola', '--budget', '100000', '--yes');
    expect(opened.status).toBe(0);
    expect(opened.stdout).toContain('categories: culture, sport\n');
    expect(opened.stdout).toContain('opened round 2');
    // The file's own order (sport first) differs from the round's; transport is not one of the round's.
    const more = join(cwd, 'more.csv');
    writeFileSync(more, 'title,cost,category\nBasketball hoops,15000,sport\nBus shelter,25000,transport\nPoetry evenings,5000,culture\n');
    const resumed = await run('open-round', more, '--polity', 'wesola', '--round', '2', '--yes');
    expect(resumed.stdout).toContain('more.csv: 3 rows: 2 to submit, 1 refused\nround 2\ncategories: culture, sport\n');
    expect(resumed.stdout).toContain("more.csv: line 3: category 'transport' is not one of round 2's categories (culture, sport): write one of them, or open a new round for it");
    expect(resumed.stderr).toContain('error: 1 row of more.csv was refused (listed above) and not sent');
    expect(resumed.status).toBe(1);
    const file = JSON.parse(readFileSync(join(cwd, '.polity', 'wesola.json'), 'utf8')) as { polity: PolityAddresses & { deployedAtBlock: string } };
    const addresses = { ...file.polity, deployedAtBlock: BigInt(file.polity.deployedAtBlock) };
    const client = createPublicClient({ transport: http(anvil.url) });
    const names = await getRoundCategories(client, { polity: addresses, roundId: 2n });
    const filed = (await getProjects(client, { polity: addresses, roundId: 2n })).map((project) => [Number(project.cost), names[project.category]]);
    expect(filed.sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [5000, 'culture'],
      [15000, 'sport'],
      [20000, 'culture'],
      [30000, 'sport'],
    ]);
  }, 120_000);

  it('refuses before sending anything: a budget of 0, a duration without its unit, a projects file without rows', async () => {
    const zero = await run('open-round', 'projects.csv', '--polity', 'wesola', '--budget', '0', '--yes');
    expect(zero.status).toBe(2);
    expect(zero.stderr).toBe('error: --budget 0 is below 1\nGive --budget as a whole number of at least 1.\n');
    const bare = await run('open-round', 'projects.csv', '--polity', 'wesola', '--budget', '1000', '--voting', '7', '--yes');
    expect(bare.status).toBe(2);
    expect(bare.stderr).toBe("error: --voting is '7', a number without a unit\nWrite the unit after it: 7d (days), 7h (hours), 7m (minutes), 7s (seconds) or 7w (weeks).\n");
    const empty = join(cwd, 'empty.csv');
    writeFileSync(empty, 'title,cost,category\n');
    const nothing = await run('open-round', empty, '--polity', 'wesola', '--budget', '1000', '--yes');
    expect(nothing.status).toBe(1);
    expect(nothing.stderr).toBe('error: empty.csv has no projects: only a header, or nothing\nAdd one project per line under the header (title,cost[,category][,location][,description]) and run the command again. Nothing was sent.\n');
    // Nothing was sent: the next round opened is round 3.
    const next = await run('open-round', 'projects.csv', '--polity', 'wesola', '--budget', '250000', '--voting', '36h', '--yes');
    expect(next.status).toBe(0);
    expect(next.stdout).toContain('opened round 3');
    const timeline = /review until (\S+), voting until (\S+)/.exec(next.stdout);
    expect(Date.parse(timeline![2]!) - Date.parse(timeline![1]!)).toBe(36 * 3_600_000);
  }, 120_000);

  it('reports refused project rows, and refuses a round without a budget', async () => {
    const { status, stdout } = await run('open-round', join(csvData, 'projects-with-errors.csv'), '--polity', 'wesola', '--budget', '250000', '--dry-run');
    expect(status).toBe(1);
    for (const expected of [
      "line 3: cost 'about 20000' is not a whole number",
      "line 4: cost 900,000 is above the round's budget of 250,000",
      'line 5: location \'52.2195\' is not "latitude, longitude" in degrees',
      'line 6: no title',
      'line 7: the same project (title and description) as line 2',
      "line 8: latitude '95.1' is not a latitude in degrees (-90 to 90)",
    ]) {
      expect(stdout).toContain(expected);
    }
    const noBudget = await run('open-round', 'projects.csv', '--polity', 'wesola');
    expect(noBudget.status).toBe(2);
    expect(noBudget.stderr).toContain('error: --budget is needed to open a round');
  }, 60_000);

  it('exports a round as .pb and CSV', async () => {
    const { status, stdout } = await run('export', '--polity', 'wesola', '--round', '1');
    expect(status).toBe(0);
    expect(stdout).toContain('round 1 of "Wesoła": 0 ballots');
    expect(stdout).toContain('no final result yet (none): no selected column');
    const pb = readFileSync(join(cwd, '.polity', 'wesola-round-1.pb'), 'utf8');
    expect(pb).toContain('budget;250000\nvote_type;approval\nrule;greedy');
    expect(pb).toContain('max_sum_cost;250000');
    expect(pb).toMatch(/PROJECTS\nproject_id;cost;votes;name;category;latitude;longitude;content_hash\n0;100000;0;Youth recreation park;sport;52.2195;21.2014;0x[0-9a-f]{64}\n/);
    expect(readFileSync(join(cwd, '.polity', 'wesola-round-1-results.csv'), 'utf8')).toContain('4,Safe crossing on Jana Pawła II street,transport,60000,0,0,\n');
    expect(existsSync(join(cwd, '.polity', 'wesola-round-1-ballots.csv'))).toBe(true);
  }, 60_000);
});

describe('connection problems', () => {
  let silent: Server;
  let silentPort = 0;
  const sockets = new Set<Socket>();
  beforeAll(async () => {
    // Accepts connections and never answers: an RPC endpoint that hangs.
    silent = createServer((socket) => sockets.add(socket));
    await new Promise<void>((listening) => silent.listen(0, '127.0.0.1', listening));
    silentPort = (silent.address() as { port: number }).port;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((closed) => silent.close(() => closed()));
  });

  it('says so when the RPC endpoint refuses connections or does not answer', async () => {
    const refused = await polity(['deploy', '--rpc', 'http://127.0.0.1:9']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe('error: the RPC endpoint http://127.0.0.1:9 did not answer: connection refused\nCheck the URL and that the node is running (without --rpc, a local anvil is started for the command).\n');
    const hanging = await polity(['deploy', '--rpc', `http://127.0.0.1:${silentPort}`, '--timeout', '1']);
    expect(hanging.status).toBe(1);
    expect(hanging.stderr).toContain(`error: the RPC endpoint http://127.0.0.1:${silentPort} did not answer: no answer within 1 s`);
    const notUrl = await polity(['deploy', '--rpc', 'localhost:8545']);
    expect(notUrl.status).toBe(2);
    expect(notUrl.stderr).toContain("error: --rpc is 'localhost:8545', which is not an http:// or https:// URL");
  }, 60_000);

  it('refuses a polity on another chain, a damaged polity file, and a key that is not one', async () => {
    const cwd = workspace();
    const home = await startAnvil();
    const other = await startAnvil('--chain-id', '1337');
    // Another genesis time: two anvils started in the same second would share a block 0.
    const restarted = await startAnvil('--timestamp', '1700000000');
    try {
      expect((await polity(['deploy', '--name', 'Here', '--rpc', home.url], { cwd })).status).toBe(0);
      const wrongId = await polity(['export', '--polity', 'here', '--round', '1', '--rpc', other.url], { cwd });
      expect(wrongId.status).toBe(1);
      expect(wrongId.stderr).toBe(`error: ${other.url} is chain 1337, but the polity "Here" lives on chain 31337\nPass the --rpc of chain 31337 (the node the polity was deployed on), or another --polity.\n`);
      // A restarted anvil is chain 31337 again, with another history (block 0).
      const sameIdOtherChain = await polity(['export', '--polity', 'here', '--round', '1', '--rpc', restarted.url], { cwd });
      expect(sameIdOtherChain.status).toBe(1);
      expect(sameIdOtherChain.stderr).toBe(
        `error: ${restarted.url} is a chain 31337, but not the one the polity "Here" was deployed on (another block 0)\nIs this the node the polity was deployed on? A restarted anvil starts empty: deploy again.\n`,
      );
      const badKey = await polity(['deploy', '--name', 'Key', '--rpc', home.url, '--private-key', '0x1234'], { cwd });
      expect(badKey.status).toBe(2);
      expect(badKey.stderr).toContain('error: the private key is not 32 bytes of hex');
      const missingPolity = await polity(['export', '--polity', 'nowhere', '--round', '1', '--rpc', home.url], { cwd });
      expect(missingPolity.status).toBe(1);
      expect(missingPolity.stderr).toContain('error: cannot read the polity file nowhere: no such file');
      // A damaged polity file: the field at fault is named (the SDK's reader), and nothing is sent.
      const here = JSON.parse(readFileSync(join(cwd, '.polity', 'here.json'), 'utf8')) as { polity: Record<string, unknown> };
      writeFileSync(join(cwd, '.polity', 'damaged.json'), JSON.stringify({ ...here, polity: { ...here.polity, rounds: '0x1234' } }));
      const damaged = await polity(['export', '--polity', 'damaged', '--round', '1', '--rpc', home.url], { cwd });
      expect(damaged.status).toBe(1);
      expect(damaged.stderr).toMatch(/^error: the polity file damaged \(polity\.rounds\) .*\nDeploy again, or restore the file `polity deploy` wrote\.\n$/);
      writeFileSync(join(cwd, '.polity', 'truncated.json'), '{"name": "Here", "polity": {');
      const truncated = await polity(['export', '--polity', 'truncated', '--round', '1', '--rpc', home.url], { cwd });
      expect(truncated.status).toBe(1);
      expect(truncated.stderr).toContain('error: the polity file truncated is not JSON');
    } finally {
      await Promise.all([home.stop(), other.stop(), restarted.stop()]);
    }
  }, 120_000);
});
