/**
 * A replay killed while it casts (SIGKILL: nothing of it runs after) and resumed loses no ballot and
 * casts none twice, and every ballot on chain is the file's: each voter's BallotCast event is checked
 * against that voter's line of the file, through an independent reading of the file (parsePabulib and
 * the projects' order), not the replay's own. The killed run had the development node's automine off
 * (ballots mined in blocks of many): the resumed run mines what it left waiting and turns it on again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPublicClient, createTestClient, http } from 'viem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getActivity, getRound, parsePabulib, type PolityAddresses } from '@polity/sdk';
import type { LocalAnvil } from '../src/chain/anvil.js';
import { voterAccount } from '../src/replay/voters.js';
import { pabulib, polity, startAnvil, workspace } from './cli.js';

const staraMilosna = join(pabulib, 'poland_warszawa_2017_stara-milosna.pb');

describe('polity replay, killed while casting and resumed', () => {
  let anvil: LocalAnvil;
  beforeAll(async () => {
    anvil = await startAnvil();
  }, 30_000);
  afterAll(async () => anvil?.stop());

  it('casts every ballot of the file exactly once, each equal to its line of the file, and gives the node its automine back', async () => {
    const cwd = workspace();
    // Killed once the first window of ballots is confirmed: the next window is being signed, sent or mined.
    const killed = await polity(['replay', staraMilosna, '--rpc', anvil.url, '--concurrency', '100'], { cwd, killWhen: (stderr) => /ballots: [\d,]+\/1,078 \([1-9]\d%\)/.test(stderr) });
    expect(killed.signal).toBe('SIGKILL');
    const journalFile = join(cwd, '.polity', 'replay-poland-warszawa-2017-stara-milosna-31337.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { polity: PolityAddresses & { deployedAtBlock: string }; roundId: string; voterSeed: `0x${string}` };
    const polityAddresses = { ...journal.polity, deployedAtBlock: BigInt(journal.polity.deployedAtBlock) };
    const client = createPublicClient({ transport: http(anvil.url) });
    const roundId = BigInt(journal.roundId);
    const before = Number((await getRound(client, { polity: polityAddresses, roundId })).ballots);
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(1078);

    const resumed = await polity(['replay', staraMilosna, '--rpc', anvil.url, '--json'], { cwd });
    expect(resumed.stderr).toContain('resuming the replay recorded in');
    expect(resumed.status).toBe(0);
    const result = JSON.parse(resumed.stdout) as { ballots: { onChain: number; castNow: number; castBefore: number; refused: unknown[] }; matches: boolean };
    expect(result.ballots.onChain).toBe(1078);
    expect(result.ballots.refused).toEqual([]);
    expect(result.ballots.castBefore + result.ballots.castNow).toBe(1078);
    expect(result.matches).toBe(true);
    expect(await createTestClient({ mode: 'anvil', transport: http(anvil.url) }).getAutomine()).toBe(true);

    // The file as an independent reader sees it: project ids are positions in PROJECTS, ballots sorted.
    const file = parsePabulib(readFileSync(staraMilosna, 'utf8'));
    const position = new Map(file.projects.map((project, index) => [project.id, index]));
    const expected = new Map(
      file.votes.map((vote, index) => [voterAccount(journal.voterSeed, index).address.toLowerCase(), vote.projects.map((id) => position.get(id)!).sort((a, b) => a - b)]),
    );
    const events = (await getActivity(client, { polity: polityAddresses, components: ['rounds'] })).flatMap((event) =>
      event.contract === 'rounds' && event.eventName === 'BallotCast' && event.args.roundId === roundId ? [event.args] : [],
    );
    expect(events).toHaveLength(1078);
    const seen = new Set<string>();
    for (const event of events) {
      const voter = event.voter.toLowerCase();
      expect(seen.has(voter)).toBe(false);
      seen.add(voter);
      expect([...event.projects]).toEqual(expected.get(voter));
    }
    expect(seen.size).toBe(1078);
  }, 900_000);
});
