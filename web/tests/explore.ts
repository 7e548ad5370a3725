/**
 * The city's side of the explore tests, through the SDK as the demo node's accounts: a city-wide
 * round opened now, with projects whose texts (district and address ahead of the title) are published
 * through the city's server signed by the council, accepted, voting open, and a few ballots cast.
 */
import { createPublicClient, createWalletClient, http, keccak256, toBytes, type Address, type Hex } from 'viem';
import { mnemonicToAccount } from 'viem/accounts';
import { advanceRoundPhase, castBallot, getBallot, getProjects, openRound, publishContent, reviewProjects, submitProject, type PolityAddresses } from '@polity/sdk';

const anvilMnemonic = 'test test test test test test test test test test test junk';
const councilIndex = 1;

interface CityConfig {
  readonly chainId: number;
  readonly polity: Record<string, string>;
  readonly token: Address;
  readonly demo: { readonly people: readonly { name: string; address: Address; role: string; district?: number }[] };
}

export interface ExploreProject {
  readonly title: string;
  readonly body: string;
  readonly cost: bigint;
  readonly category: number;
  readonly district: number;
  readonly address: string;
  readonly location: { readonly latitude: number; readonly longitude: number };
}

export class ExploreCity {
  readonly polity: PolityAddresses;
  private readonly reader;

  constructor(
    readonly config: CityConfig,
    private readonly rpcUrl: string,
    private readonly serverUrl: string,
  ) {
    const { deployedAtBlock, ...addresses } = config.polity;
    this.polity = { ...(addresses as unknown as Omit<PolityAddresses, 'chainId' | 'deployedAtBlock'>), chainId: config.chainId, deployedAtBlock: deployedAtBlock === undefined ? undefined : BigInt(deployedAtBlock) };
    this.reader = createPublicClient({ transport: http(rpcUrl), pollingInterval: 100 });
  }

  address(name: string): Address {
    const person = this.config.demo.people.find((candidate) => candidate.name === name);
    if (!person) throw new Error(`the demo city has no ${name}`);
    return person.address;
  }

  private signer(name: string) {
    return createWalletClient({ account: this.address(name), transport: http(this.rpcUrl), pollingInterval: 100 });
  }

  /** Publishes a text through the city's server, signed by the council (as the demo seed does). */
  private async publish(text: string): Promise<Hex> {
    const council = createWalletClient({ account: mnemonicToAccount(anvilMnemonic, { addressIndex: councilIndex }), transport: http(this.rpcUrl) });
    const hash = await publishContent(council, { serverUrl: this.serverUrl, polity: this.polity, content: text, mediaType: 'text/markdown; charset=utf-8' });
    if (hash !== keccak256(toBytes(text))) throw new Error('the server stored the text under another hash');
    return hash;
  }

  /**
   * A city-wide approval round opened now with these projects (proposed by Ana), all accepted, voting
   * open; `supportCounts: 'shown'` publishes the round's choice to show live counts.
   */
  async openVotingRound(title: string, projects: readonly ExploreProject[], options: { supportCounts?: 'shown'; categories: readonly string[] }): Promise<bigint> {
    const council = this.signer('Council');
    const proposer = this.signer('Ana');
    const start = Number((await this.reader.getBlock()).timestamp);
    const settings = options.supportCounts ? `---\nsupport-counts: ${options.supportCounts}\n---\n` : '';
    const descriptionHash = await this.publish(`${settings}# ${title}\n\nA round opened by the explore test.\n`);
    const round = await openRound(council, {
      polity: this.polity,
      categories: [...options.categories],
      config: {
        token: this.config.token,
        district: 0,
        delegation: false,
        topic: 0,
        budget: 100_000n,
        ballot: { kind: 0, minProjects: 1, maxProjects: 0, minSpendBps: 0, points: 0, maxPointsPerProject: 0 },
        timeline: { reviewStart: start + 3_600, votingStart: start + 7_200, votingEnd: start + 60 * 86_400 },
        counting: { rule: 0, stopAtMisfit: false, minSupport: 0n, completion: 0, challengeWindow: 0, challengeBond: 0n },
        descriptionHash,
        maxSubmissionsPerResident: 5,
      },
    });
    for (const project of projects) {
      const text = `---\ndistrict: ${project.district}\naddress: ${project.address}\n---\n# ${project.title}\n\n${project.body}\n`;
      await submitProject(proposer, { polity: this.polity, roundId: round.roundId, cost: project.cost, category: project.category, location: project.location, descriptionHash: await this.publish(text) });
    }
    await advanceRoundPhase(council, { polity: this.polity, roundId: round.roundId, to: 'review' });
    await reviewProjects(council, { polity: this.polity, roundId: round.roundId, decisions: projects.map((_, projectId) => ({ projectId, decision: 'accept' as const })) });
    await advanceRoundPhase(council, { polity: this.polity, roundId: round.roundId, to: 'voting' });
    return round.roundId;
  }

  /** A city-wide round opened now and taking projects (submission phase). */
  async openSubmissionRound(title: string, categories: readonly string[]): Promise<bigint> {
    const start = Number((await this.reader.getBlock()).timestamp);
    const round = await openRound(this.signer('Council'), {
      polity: this.polity,
      categories: [...categories],
      config: {
        token: this.config.token,
        district: 0,
        delegation: false,
        topic: 0,
        budget: 100_000n,
        ballot: { kind: 0, minProjects: 1, maxProjects: 0, minSpendBps: 0, points: 0, maxPointsPerProject: 0 },
        timeline: { reviewStart: start + 30 * 86_400, votingStart: start + 31 * 86_400, votingEnd: start + 60 * 86_400 },
        counting: { rule: 0, stopAtMisfit: false, minSupport: 0n, completion: 0, challengeWindow: 0, challengeBond: 0n },
        descriptionHash: await this.publish(`# ${title}\n\nA round opened by the explore test.\n`),
        maxSubmissionsPerResident: 5,
      },
    });
    return round.roundId;
  }

  projectsOf(roundId: bigint) {
    return getProjects(this.reader, { polity: this.polity, roundId });
  }

  async castBallotAs(name: string, roundId: bigint, projects: readonly number[]): Promise<void> {
    await castBallot(this.signer(name), { polity: this.polity, roundId, projects: [...projects] });
  }

  ballotOf(roundId: bigint, name: string) {
    return getBallot(this.reader, { polity: this.polity, roundId, voter: this.address(name) });
  }
}
