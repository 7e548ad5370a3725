/**
 * `polity replay` against a fresh anvil: the Warszawa 2017 Stara Miłosna election cast again ballot by
 * ballot, killed mid-way and resumed; the default throwaway anvil; a node that offers no development
 * methods; an equal-shares round, cumulative ballots, and a ballot the round refuses.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPublicClient, http } from 'viem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getActivity, getRound, type PolityAddresses } from '@polity/sdk';
import type { LocalAnvil } from '../src/chain/anvil.js';
import { pabulib, polity, root, stackTrace, startAnvil, workspace } from './cli.js';
import { startProductionNode } from './production-node.js';

interface ReplayJson {
  readonly matches: boolean | null;
  readonly status: string;
  readonly roundId: string;
  readonly journal: string | null;
  readonly ballots: { readonly onChain: number; readonly castNow: number; readonly castBefore: number; readonly refused: readonly { voterId: string; reason: string }[] };
  readonly onChain: { readonly selected: string[]; readonly cost: number };
  readonly recorded: { readonly selected: string[]; readonly cost: number } | null;
  readonly projects: readonly { readonly id: string; readonly support: number }[];
  readonly seconds: number;
}

const staraMilosna = join(pabulib, 'poland_warszawa_2017_stara-milosna.pb');

describe('polity replay', () => {
  let anvil: LocalAnvil;
  beforeAll(async () => {
    anvil = await startAnvil();
  }, 30_000);
  afterAll(async () => anvil?.stop());

  it('replays Stara Miłosna 2017, killed mid-way and restarted, without casting any ballot twice; on-chain equals recorded', async () => {
    const cwd = workspace();
    const killed = await polity(['replay', staraMilosna, '--rpc', anvil.url], { cwd, killWhen: (stderr) => /ballots: [\d,]+\/1,078 \(40%\)/.test(stderr) });
    expect(killed.signal).toBe('SIGKILL');
    const journalFile = join(cwd, '.polity', 'replay-poland-warszawa-2017-stara-milosna-31337.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { polity: PolityAddresses & { deployedAtBlock: string }; roundId: string };
    const polityAddresses = { ...journal.polity, deployedAtBlock: BigInt(journal.polity.deployedAtBlock) };
    const client = createPublicClient({ transport: http(anvil.url) });
    const roundId = BigInt(journal.roundId);
    const before = Number((await getRound(client, { polity: polityAddresses, roundId })).ballots);
    expect(before).toBeGreaterThanOrEqual(400);
    expect(before).toBeLessThan(1078);

    const resumed = await polity(['replay', staraMilosna, '--rpc', anvil.url, '--json'], { cwd });
    expect(resumed.stderr).toContain('resuming the replay recorded in');
    expect(resumed.stderr).toMatch(/\d+ of 1078 ballots are on-chain already \(read from the chain\)/);
    expect(resumed.status).toBe(0);
    const result = JSON.parse(resumed.stdout) as ReplayJson;
    expect(result.ballots.castBefore).toBeGreaterThanOrEqual(before);
    expect(result.ballots.castBefore + result.ballots.castNow).toBe(1078);
    expect(result.ballots.onChain).toBe(1078);
    expect(result.status).toBe('final');
    expect(result.onChain.cost).toBe(308_400);
    expect(result.onChain.selected).toHaveLength(10);
    expect([...result.onChain.selected].sort()).toEqual([...result.recorded!.selected].sort());
    expect(result.matches).toBe(true);

    // Every voter cast exactly one ballot: one BallotCast event each, none replaced.
    const events = (await getActivity(client, { polity: polityAddresses, components: ['rounds'] })).filter(
      (event) => event.contract === 'rounds' && event.eventName === 'BallotCast' && event.args.roundId === roundId,
    );
    const voters = new Set(events.map((event) => (event.contract === 'rounds' && event.eventName === 'BallotCast' ? event.args.voter : '')));
    expect(events).toHaveLength(1078);
    expect(voters.size).toBe(1078);

    // Run again: everything is done, nothing is sent.
    const again = await polity(['replay', staraMilosna, '--rpc', anvil.url, '--json'], { cwd });
    expect(again.status).toBe(0);
    expect((JSON.parse(again.stdout) as ReplayJson).ballots).toMatchObject({ castNow: 0, castBefore: 1078 });
  }, 600_000);

  it('stopped with Ctrl-C, says what was kept and prints the exact command that resumes it', async () => {
    const cwd = workspace();
    const assen = join(pabulib, 'Netherlands_Assen_2024.pb');
    const stopped = await polity(['replay', assen, '--concurrency', '2', '--restart'], { cwd, env: { POLITY_RPC_URL: anvil.url }, interruptWhen: (stderr) => /ballots: [1-9]\d*\/84/.test(stderr) });
    expect(stopped.status).toBe(130);
    expect(stopped.stderr).toContain('error: the replay was stopped (SIGINT); every step it finished is on chain and in its journal, and no ballot is ever cast twice\nResume it with:\n');
    expect(stopped.stderr).not.toMatch(stackTrace);
    // The options given are kept, --restart (which would start again) is dropped, and the endpoint is named.
    const resume = /Resume it with:\n {2}(.+)\n/.exec(stopped.stderr)![1]!;
    expect(resume).toBe(`polity replay ${assen} --concurrency 2 --rpc ${anvil.url}`);
    const resumed = await polity(resume.split(' ').slice(1), { cwd });
    expect(resumed.stderr).toContain('resuming the replay recorded in');
    expect(resumed.status).toBe(0);
    // Ballots cast before the stop are found on chain, not cast again.
    expect(resumed.stdout).toMatch(/ballots on-chain: 84 \(\d+ cast now, [1-9]\d* by an earlier run\)/);
  }, 600_000);

  it('replays on a throwaway anvil when given no --rpc, and prints the result beside the recorded outcome', async () => {
    const { status, stdout, stderr } = await polity(['replay', join(pabulib, 'poland_warszawa_2017_plac-wojska-polskiego.pb')]);
    expect(stderr).toContain('started a local anvil');
    expect(status).toBe(0);
    expect(stdout).toContain('(a throwaway anvil)');
    expect(stdout).toContain('ballots on-chain: 27 (27 cast now)');
    expect(stdout).toMatch(/427\s+Akademia Szkraba\s+15,995\s+16\s+yes\s+yes/);
    expect(stdout).toContain('on-chain result (final): 4 projects, 44,720\nrecorded outcome:        4 projects, 44,720\nthe on-chain result matches the recorded outcome');
    expect(stderr).toMatch(/replay took [\d.]+ s \(.*ballots [\d.]+ s/);
  }, 300_000);

  it('uses nothing but what any chain offers: through a node that refuses development methods, voters are paid by transfers and delays are waited out', async () => {
    // A chain that makes a block every second whether or not anyone sends anything, as real chains do.
    const chain = await startAnvil('--block-time', '1');
    const node = await startProductionNode(chain.url);
    const file = join(pabulib, 'poland_warszawa_2017_plac-wojska-polskiego.pb');
    try {
      const keyless = await polity(['replay', file, '--rpc', node.url], { cwd: workspace() });
      expect(keyless.status).toBe(2);
      expect(keyless.stderr).toContain('error: no key to send transactions with');
      // anvil's first development key, passed as any other key would be.
      const key = '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80';
      const { status, stdout, stderr } = await polity(['replay', file, '--rpc', node.url, '--private-key', key, '--voting-period', '10', '--json'], { cwd: workspace() });
      expect(stderr).toContain('founding vote closes: waiting until');
      expect(stderr).toContain('funding voters: 27/27 (100%)');
      expect(status).toBe(0);
      const result = JSON.parse(stdout) as ReplayJson;
      expect(result.matches).toBe(true);
      expect(result.onChain.cost).toBe(44_720);
      expect(node.refused).toEqual([]);
    } finally {
      await node.stop();
      await chain.stop();
    }
  }, 300_000);

  it('replays an equal-shares election: the SDK computes the outcome from the on-chain ballots and the council proposes it with their commitment', async () => {
    const { status, stdout, stderr } = await polity(['replay', join(pabulib, 'Netherlands_Assen_2024.pb'), '--rpc', anvil.url, '--json'], { cwd: workspace() });
    expect(stderr).toContain('equal shares (completion add1)');
    expect(stderr).toContain("equal shares: proposed the SDK's outcome");
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as ReplayJson;
    expect(result.status).toBe('final');
    expect(result.onChain.cost).toBe(76_700);
    expect(result.onChain.selected).toHaveLength(9);
    expect(result.matches).toBe(true);
  }, 300_000);

  it('replays cumulative ballots (Zürich, 10 points each): support on-chain is the points in the file', async () => {
    const file = join(pabulib, 'Switzerland_Zurich_D10.pb');
    const { status, stdout } = await polity(['replay', file, '--rpc', anvil.url, '--json'], { cwd: workspace() });
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as ReplayJson;
    expect(result.ballots.onChain).toBe(180);
    expect(result.recorded).toBeNull();
    expect(result.matches).toBeNull();
    const tally = JSON.parse((await polity(['tally', file, '--rule', 'greedy', '--json'])).stdout) as { projects: { id: string; support: number }[]; selected: string[] };
    for (const project of tally.projects) expect(result.projects.find((row) => row.id === project.id)?.support).toBe(project.support);
    expect([...result.onChain.selected].sort()).toEqual([...tally.selected].sort());
  }, 300_000);

  it('replays a file in złoty and grosze exactly: on chain in grosze, printed at the file\'s precision', async () => {
    const file = join(root, 'packages/sdk/test/fixtures/pabulib-variations/decimal-amounts.pb');
    const { status, stdout, stderr } = await polity(['replay', file, '--rpc', anvil.url, '--json'], { cwd: workspace() });
    expect(stderr).toContain('budget 1,000.50 (on chain in units of 10^-2');
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as ReplayJson & { amountDecimals: number; onChain: { cost: string } };
    expect(result.amountDecimals).toBe(2);
    // Project 2 (400.30) is five grosze too dear once project 1 is funded; project 3 (400.25) fits exactly.
    expect([...result.onChain.selected].sort()).toEqual(['1', '3']);
    expect(result.onChain.cost).toBe('1000.50');
    expect(result.matches).toBe(true);
  }, 300_000);

  it('refuses equal shares with Add1 on a file with decimal amounts, saying what to do instead, before sending anything', async () => {
    const cwd = workspace();
    const file = join(cwd, 'decimal-add1.pb');
    writeFileSync(
      file,
      ['META', 'key;value', 'description;Decimal Add1', 'num_projects;2', 'num_votes;2', 'budget;100.50', 'vote_type;approval', 'rule;equalshares/add1',
        'PROJECTS', 'project_id;cost;name', 'a;60.25;A', 'b;40.25;B',
        'VOTES', 'voter_id;vote', 'v1;a', 'v2;a,b', ''].join('\n'),
    );
    const { status, stderr } = await polity(['replay', file, '--rpc', anvil.url], { cwd });
    expect(status).toBe(1);
    expect(stderr).toContain('has amounts with 2 decimal places');
    expect(stderr).toContain('--completion none');
    expect(stderr).not.toMatch(stackTrace);
    expect(stderr).not.toContain('deploying');
  }, 120_000);

  it('reports a ballot the round refuses (over the knapsack budget) with the voter and the reason, and counts the others', async () => {
    const cwd = workspace();
    const file = join(cwd, 'over-budget.pb');
    writeFileSync(
      file,
      ['META', 'key;value', 'description;Over budget', 'num_projects;3', 'num_votes;3', 'budget;100', 'vote_type;approval', 'rule;greedy', 'min_length;1', 'max_sum_cost;100',
        'PROJECTS', 'project_id;cost;name;selected', 'a;60;A;1', 'b;50;B;0', 'c;30;C;1',
        'VOTES', 'voter_id;vote', 'v1;a,c', 'v2;a,b', 'v3;a', ''].join('\n'),
    );
    const { status, stdout, stderr } = await polity(['replay', file, '--rpc', anvil.url], { cwd });
    expect(status).toBe(1);
    expect(stdout).toContain('refused: voter v2: ballot spends 110 but the round\'s budget is 100');
    expect(stdout).toContain('ballots on-chain: 2 (2 cast now, 1 refused)');
    expect(stderr).toContain('error: 1 ballot refused by the round (listed above), so the on-chain result counts 2 of 3 ballots');
    expect(stderr).not.toMatch(stackTrace);
  }, 120_000);
});
