/**
 * Helpers for the passkey browser tests: a phone's authenticator (Chromium's virtual WebAuthn
 * authenticator over CDP, with a screen lock that verifies the user) and the city's side, done through
 * the SDK as the demo node's accounts (the council opening a round after a new resident was admitted,
 * so that the resident is eligible at its snapshot).
 */
import type { Browser, CDPSession, Page } from '@playwright/test';
import { createPublicClient, createTestClient, createWalletClient, http, keccak256, toHex, type Address, type Hex } from 'viem';
import { App, expect } from './fixtures';
import { advanceRoundPhase, buildTransferProposal, castVote, getBallot, getDelegationChain, getProjects, getVoteReceipt, openRound, propose, reviewProjects, submitProject, type PolityAddresses } from '@polity/sdk';

/** The phone's authenticator: passkeys behind a screen lock that answers "verified" until told otherwise. */
export class PhoneAuthenticator {
  private constructor(
    private readonly session: CDPSession,
    readonly id: string,
  ) {}

  /** `prf`: the authenticator supports the WebAuthn PRF extension (hmac-secret), as recent phones do. */
  static async on(page: Page, { prf = false }: { prf?: boolean } = {}): Promise<PhoneAuthenticator> {
    const session = await page.context().newCDPSession(page);
    await session.send('WebAuthn.enable', { enableUI: false });
    const { authenticatorId } = await session.send('WebAuthn.addVirtualAuthenticator', {
      options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true, ...(prf ? { hasPrf: true } : {}) },
    });
    return new PhoneAuthenticator(session, authenticatorId);
  }

  /** false: the fingerprint, face or PIN does not check out, as when the resident cancels the prompt. */
  async verifies(verified: boolean): Promise<void> {
    await this.session.send('WebAuthn.setUserVerified', { authenticatorId: this.id, isUserVerified: verified });
  }

  /** How many times the resident confirmed with a passkey: the signature counters of its credentials, summed (one per prompt). */
  async confirmations(): Promise<number> {
    const { credentials } = await this.session.send('WebAuthn.getCredentials', { authenticatorId: this.id });
    return credentials.reduce((total, credential) => total + credential.signCount, 0);
  }

  /** Its passkeys, private keys included: what a phone account (Google, Apple) syncs to the owner's other devices. */
  async passkeys() {
    const { credentials } = await this.session.send('WebAuthn.getCredentials', { authenticatorId: this.id });
    return credentials;
  }

  /** Passkeys synced here from another device (`passkeys()` there). */
  async receive(credentials: Awaited<ReturnType<PhoneAuthenticator['passkeys']>>): Promise<void> {
    for (const credential of credentials) await this.session.send('WebAuthn.addCredential', { authenticatorId: this.id, credential });
  }

  async credentialCount(): Promise<number> {
    const { credentials } = await this.session.send('WebAuthn.getCredentials', { authenticatorId: this.id });
    return credentials.length;
  }
}

interface CityConfig {
  readonly chainId: number;
  readonly polity: Record<string, string>;
  readonly token: Address;
  readonly bundlerUrl?: string;
  readonly demo: { readonly people: readonly { name: string; address: Address; role: string }[] };
}

/** The city's side of the test, through the SDK as the demo node's unlocked accounts. */
export class City {
  readonly polity: PolityAddresses;
  private readonly reader;

  constructor(
    readonly config: CityConfig,
    private readonly rpcUrl: string,
  ) {
    const { deployedAtBlock, ...addresses } = config.polity;
    this.polity = { ...(addresses as unknown as Omit<PolityAddresses, 'chainId' | 'deployedAtBlock'>), chainId: config.chainId, deployedAtBlock: deployedAtBlock === undefined ? undefined : BigInt(deployedAtBlock) };
    this.reader = createPublicClient({ transport: http(rpcUrl), pollingInterval: 100 });
  }

  person(role: string, name?: string): { name: string; address: Address } {
    const person = this.config.demo.people.find((candidate) => candidate.role === role && (name === undefined || candidate.name === name));
    if (!person) throw new Error(`the demo city has no ${role} ${name ?? ''}`);
    return person;
  }

  private signer(address: Address) {
    return createWalletClient({ account: address, transport: http(this.rpcUrl), pollingInterval: 100 });
  }

  /**
   * A points round for the whole city, opened now (after the new resident's admission), with one project
   * by a demo resident, accepted, in voting: its snapshot counts the new resident.
   */
  async openPointsRound(title: string): Promise<bigint> {
    const council = this.signer(this.person('council').address);
    const proposer = this.signer(this.person('resident', 'Ana').address);
    const block = await this.reader.getBlock();
    const start = Number(block.timestamp);
    const round = await openRound(council, {
      polity: this.polity,
      categories: ['Culture'],
      config: {
        token: this.config.token,
        district: 0,
        delegation: false,
        topic: 0,
        budget: 60_000n,
        ballot: { kind: 2, minProjects: 1, maxProjects: 0, minSpendBps: 0, points: 10, maxPointsPerProject: 5 },
        timeline: { reviewStart: start + 3_600, votingStart: start + 7_200, votingEnd: start + 28 * 86_400 },
        counting: { rule: 0, stopAtMisfit: false, minSupport: 0n, completion: 0, challengeWindow: 0, challengeBond: 0n },
        descriptionHash: keccak256(toHex(title)),
        maxSubmissionsPerResident: 5,
      },
    });
    for (const [index, name] of ['Open-air cinema', 'Choir in the park'].entries()) {
      await submitProject(proposer, { polity: this.polity, roundId: round.roundId, cost: 20_000n + BigInt(index), category: 0, descriptionHash: keccak256(toHex(`${title}: ${name}`)) });
    }
    await advanceRoundPhase(council, { polity: this.polity, roundId: round.roundId, to: 'review' });
    await reviewProjects(council, { polity: this.polity, roundId: round.roundId, decisions: [0, 1].map((projectId) => ({ projectId, decision: 'accept' as const })) });
    await advanceRoundPhase(council, { polity: this.polity, roundId: round.roundId, to: 'voting' });
    return round.roundId;
  }

  /** A round for the whole city, opened now and taking projects (submission phase). */
  async openSubmissionRound(title: string): Promise<bigint> {
    const council = this.signer(this.person('council').address);
    const start = Number((await this.reader.getBlock()).timestamp);
    const round = await openRound(council, {
      polity: this.polity,
      categories: ['Streets'],
      config: {
        token: this.config.token,
        district: 0,
        delegation: false,
        topic: 0,
        budget: 50_000n,
        ballot: { kind: 0, minProjects: 1, maxProjects: 0, minSpendBps: 0, points: 0, maxPointsPerProject: 0 },
        timeline: { reviewStart: start + 7 * 86_400, votingStart: start + 8 * 86_400, votingEnd: start + 28 * 86_400 },
        counting: { rule: 0, stopAtMisfit: false, minSupport: 0n, completion: 0, challengeWindow: 0, challengeBond: 0n },
        descriptionHash: keccak256(toHex(title)),
        maxSubmissionsPerResident: 5,
      },
    });
    return round.roundId;
  }

  /**
   * A proposal by a demo resident on the general topic, made now (after the new resident's admission)
   * and open for voting: the chain's clock moves past the voting delay.
   */
  async openProposal(title: string): Promise<bigint> {
    const proposer = this.signer(this.person('resident', 'Ana').address);
    const proposal = buildTransferProposal(this.polity, { title, body: 'A test of voting with a passkey.', token: this.config.token, to: this.person('resident', 'Ana').address, amount: 1n });
    const { proposalId, voteStart } = await propose(proposer, { polity: this.polity, proposal, topic: 0 });
    const test = createTestClient({ mode: 'anvil', transport: http(this.rpcUrl) });
    const now = (await this.reader.getBlock()).timestamp;
    if (voteStart >= now) await test.increaseTime({ seconds: Number(voteStart - now) + 2 });
    await test.mine({ blocks: 1 });
    return proposalId;
  }

  async voteAs(name: string, proposalId: bigint, support: 'for' | 'against' | 'abstain'): Promise<void> {
    await castVote(this.signer(this.person('resident', name).address), { polity: this.polity, proposalId, support });
  }

  voteOf(proposalId: bigint, voter: Address) {
    return getVoteReceipt(this.reader, { polity: this.polity, proposalId, voter });
  }

  projectsOf(roundId: bigint) {
    return getProjects(this.reader, { polity: this.polity, roundId });
  }

  ballotOf(roundId: bigint, voter: Address) {
    return getBallot(this.reader, { polity: this.polity, roundId, voter });
  }

  delegationOf(account: Address, topic: number) {
    return getDelegationChain(this.reader, { polity: this.polity, account, topic });
  }
}

/** A credential commitment nobody else has (the registry refuses a second live account for one). */
export function freshCredential(): Hex {
  return keccak256(toHex(`passkey-test-${Date.now()}-${Math.random()}`));
}

/** A desk at the city hall (a wide screen unless told), acting as a demo person on one of its pages. */
export async function desk(
  browser: Browser,
  name: string,
  { path = '/council/residents', viewport = { width: 1280, height: 900 } }: { path?: string; viewport?: { width: number; height: number } } = {},
): Promise<{ app: App; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport });
  const app = new App(await context.newPage());
  await app.open(path);
  await app.actAs(name);
  return { app, close: () => context.close() };
}

/** The identity office admits a resident from the code their phone shows, at its own desk. */
export async function admitByCode(browser: Browser, city: City, code: string): Promise<void> {
  const office = await desk(browser, city.person('registrar').name);
  const form = office.app.page.getByTestId('admit-one');
  await form.getByLabel("Resident's code").fill(code);
  await form.getByLabel('Document reference (hashed with the salt above) or credential commitment').fill(freshCredential());
  await form.getByRole('button', { name: 'Admit' }).click();
  await office.app.confirmed('Admit residents');
  await office.close();
}
