/**
 * Residents with passkeys act through the SDK, a real bundler (Alto) and the city's server on anvil:
 * the account is admitted by its predicted address, its first operation deploys it, the city's
 * paymaster pays with the server's approval, and every refusal is an SDK error with nothing sent.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getAddress, keccak256, toHex, type Address } from 'viem';
import { entryPoint08Abi, entryPoint08Address } from 'viem/account-abstraction';
import { getCode, readContract } from 'viem/actions';
import { freePort } from '../src/node/anvil.js';
import { castBallot } from '../src/actions/rounds/castBallot.js';
import { castVote } from '../src/actions/governance/castVote.js';
import { castVoteBySig } from '../src/actions/governance/castVoteBySig.js';
import { getBallot } from '../src/actions/rounds/getBallot.js';
import { getProjects } from '../src/actions/rounds/getProjects.js';
import { getDelegationChain } from '../src/actions/delegation/getDelegationChain.js';
import { getVoteReceipt } from '../src/actions/governance/getVoteReceipt.js';
import { signVote } from '../src/actions/governance/signVote.js';
import { castBallotCalls } from '../src/account/calls/castBallotCalls.js';
import { castVoteCalls } from '../src/account/calls/castVoteCalls.js';
import { delegateOnTopicCalls } from '../src/account/calls/delegateOnTopicCalls.js';
import { submitProjectCalls } from '../src/account/calls/submitProjectCalls.js';
import { BundlerUnreachableError, PasskeyCancelledError, PasskeyNotAccountKeyError, SponsorshipRefusedError } from '../src/account/errors.js';
import { predictPolityAccountAddress } from '../src/account/predictPolityAccountAddress.js';
import { sendPolityCalls } from '../src/account/sendPolityCalls.js';
import { toPolityAccount, type PolityAccount } from '../src/account/toPolityAccount.js';
import { softwarePasskey, type SoftwarePasskey } from './passkey-authenticator.js';
import { startPasskeyCity, type PasskeyCity } from './passkey-city.js';

describe('passkey accounts through a bundler, sponsored by the city', () => {
  let town: PasskeyCity;
  const passkeys: Record<'ana' | 'ben' | 'carla' | 'dora' | 'outsider', SoftwarePasskey> = {
    ana: softwarePasskey(),
    ben: softwarePasskey(),
    carla: softwarePasskey(),
    dora: softwarePasskey(),
    outsider: softwarePasskey(),
  };
  const accounts = {} as Record<keyof typeof passkeys, PolityAccount>;
  /** Gas of each sponsored operation and of the same action sent directly, for the report. */
  const gas: Record<string, bigint> = {};

  const nonceOf = (address: Address) =>
    readContract(town.city.publicClient, { address: entryPoint08Address, abi: entryPoint08Abi, functionName: 'getNonce', args: [address, 0n] });

  beforeAll(async () => {
    // The identity office admits the accounts by their predicted addresses: none of them exists yet.
    town = await startPasskeyCity({ residents: [passkeys.ana, passkeys.ben, passkeys.carla, passkeys.dora].map((passkey) => passkey.account), dailyQuota: 3 });
    const { city, passkeySupport } = town;
    for (const [name, passkey] of Object.entries(passkeys) as [keyof typeof passkeys, SoftwarePasskey][]) {
      accounts[name] = await toPolityAccount({ client: city.publicClient, owner: passkey.account, factory: passkeySupport.accountFactory });
    }
    await city.advance(61); // the proposal's voting opens, with the passkey residents in its snapshot
  }, 240_000);
  afterAll(async () => town?.stop());

  test('the account address is the factory prediction for the passkey', async () => {
    const { city, passkeySupport } = town;
    expect(await predictPolityAccountAddress(city.publicClient, { factory: passkeySupport.accountFactory, publicKey: passkeys.ana.credential.publicKey })).toBe(accounts.ana.address);
    expect(await predictPolityAccountAddress(city.publicClient, { factory: passkeySupport.accountFactory, publicKey: passkeys.ana.credential.publicKey, index: 1n })).not.toBe(accounts.ana.address);
    expect(await getCode(city.publicClient, { address: accounts.ana.address })).toBeUndefined();
  });

  test('a new account delegates and votes in one sponsored operation that also deploys it', async () => {
    const { city, bundlerClient, proposalId } = town;
    const { polity, publicClient, people } = city;
    const delegate = people[2]!.account.address;
    const calls = [
      ...(await delegateOnTopicCalls(publicClient, { polity, topic: 1, to: delegate })),
      ...(await castVoteCalls(publicClient, { polity, proposalId, support: 'for', reason: 'buses every ten minutes' })),
    ];
    const result = await sendPolityCalls({ bundlerClient, account: accounts.ana, calls });
    expect(result.receipt.success).toBe(true);
    expect(passkeys.ana.prompts()).toBe(1);
    expect(await getCode(publicClient, { address: accounts.ana.address })).toMatch(/^0x[0-9a-f]+$/);
    expect(getAddress(result.receipt.paymaster!)).toBe(town.passkeySupport.paymaster);
    // On chain: the delegate on topic 1, and the vote.
    expect((await getDelegationChain(publicClient, { polity, account: accounts.ana.address, topic: 1 })).chain).toEqual([delegate]);
    expect(await getVoteReceipt(publicClient, { polity, proposalId, voter: accounts.ana.address })).toMatchObject({ voted: true, support: 'for', weight: 1n });
    gas.firstOperationDelegateAndVote = result.receipt.actualGasUsed;
    gas.firstOperationDelegateAndVoteBundleTransaction = result.receipt.receipt.gasUsed;
  }, 120_000);

  test('a sponsored ballot is on chain as it was sent', async () => {
    const { city, bundlerClient, roundId } = town;
    const { polity, publicClient } = city;
    const calls = await castBallotCalls(publicClient, { polity, roundId, projects: [1] });
    await sendPolityCalls({ bundlerClient, account: accounts.ben, calls });
    expect(await getBallot(publicClient, { polity, roundId, voter: accounts.ben.address })).toMatchObject({ cast: true, projects: [1], weight: 1n });
    // A deployed account casts a ballot: the steady-state cost of a sponsored ballot.
    const changed = await sendPolityCalls({ bundlerClient, account: accounts.ana, calls: await castBallotCalls(publicClient, { polity, roundId, projects: [0] }) });
    expect(await getBallot(publicClient, { polity, roundId, voter: accounts.ana.address })).toMatchObject({ cast: true, projects: [0], weight: 1n });
    gas.sponsoredCastBallot = changed.receipt.actualGasUsed;
    gas.sponsoredCastBallotBundleTransaction = changed.receipt.receipt.gasUsed;
  }, 120_000);

  test('a ballot in one round and a project submitted to another, in one operation', async () => {
    const { city, bundlerClient, roundId, submissionRoundId } = town;
    const { polity, publicClient } = city;
    const descriptionHash = keccak256(toHex('a bench by the bus stop'));
    const calls = [
      ...(await castBallotCalls(publicClient, { polity, roundId, projects: [1] })),
      ...(await submitProjectCalls(publicClient, { polity, roundId: submissionRoundId, cost: 8_000n, category: 0, location: { latitude: 52.2297, longitude: 21.0122 }, descriptionHash })),
    ];
    const prompts = passkeys.ana.prompts();
    await sendPolityCalls({ bundlerClient, account: accounts.ana, calls });
    expect(passkeys.ana.prompts()).toBe(prompts + 1);
    expect(await getBallot(publicClient, { polity, roundId, voter: accounts.ana.address })).toMatchObject({ cast: true, projects: [1] });
    const [project] = await getProjects(publicClient, { polity, roundId: submissionRoundId });
    expect(project).toMatchObject({ proposer: accounts.ana.address, cost: 8_000n, descriptionHash, location: { latitude: 52.2297, longitude: 21.0122 } });
  }, 120_000);

  test('the bundler unreachable: BundlerUnreachableError naming it, nothing signed or sent', async () => {
    const { city } = town;
    const url = `http://127.0.0.1:${await freePort()}`;
    const prompts = passkeys.carla.prompts();
    const calls = await castBallotCalls(city.publicClient, { polity: city.polity, roundId: town.roundId, projects: [0] });
    const sending = sendPolityCalls({ bundlerClient: town.bundlerClientFor(url), account: accounts.carla, calls });
    await expect(sending).rejects.toBeInstanceOf(BundlerUnreachableError);
    await expect(sending).rejects.toThrow(url);
    expect(passkeys.carla.prompts()).toBe(prompts);
    expect(await nonceOf(accounts.carla.address)).toBe(0n);
  }, 60_000);

  test('an account never admitted is refused as not a resident (the paymaster, inside AA33)', async () => {
    const { city, bundlerClient } = town;
    const calls = await castBallotCalls(city.publicClient, { polity: city.polity, roundId: town.roundId, projects: [0] });
    const sending = sendPolityCalls({ bundlerClient, account: accounts.outsider, calls });
    await expect(sending).rejects.toBeInstanceOf(SponsorshipRefusedError);
    await expect(sending).rejects.toMatchObject({ code: 'not_a_resident', source: 'paymaster', errorName: 'PolityPaymasterNotResident' });
    await expect(sending).rejects.toThrow(accounts.outsider.address);
    expect(passkeys.outsider.prompts()).toBe(0);
    expect(await getCode(city.publicClient, { address: accounts.outsider.address })).toBeUndefined();
  }, 60_000);

  test("the resident's daily quota used up: SponsorshipRefusedError daily_quota_exhausted, nothing sent", async () => {
    const { city, bundlerClient, paymaster } = town;
    // Approvals asked and never used count against the quota: use dora's up without sending anything.
    const callData = await accounts.dora.encodeCalls(await castBallotCalls(city.publicClient, { polity: city.polity, roundId: town.roundId, projects: [0] }));
    for (let used = 0; used < town.dailyQuota; used++) {
      await paymaster.getPaymasterData({
        chainId: city.polity.chainId,
        entryPointAddress: entryPoint08Address,
        sender: accounts.dora.address,
        nonce: 0n,
        callData,
        callGasLimit: 100_000n + BigInt(used), // another operation each time (the server answers a repeated one again)
        verificationGasLimit: 300_000n,
        preVerificationGas: 60_000n,
        maxFeePerGas: 2_000_000_000n,
        maxPriorityFeePerGas: 1_000_000_000n,
        paymasterVerificationGasLimit: 60_000n,
        paymasterPostOpGasLimit: 0n,
      });
    }
    const sending = sendPolityCalls({ bundlerClient, account: accounts.dora, calls: await castBallotCalls(city.publicClient, { polity: city.polity, roundId: town.roundId, projects: [0] }) });
    await expect(sending).rejects.toBeInstanceOf(SponsorshipRefusedError);
    await expect(sending).rejects.toMatchObject({ code: 'daily_quota_exhausted', source: 'server', status: 429 });
    await expect(sending).rejects.toThrow(/try again tomorrow/);
    expect(passkeys.dora.prompts()).toBe(0);
    expect(await nonceOf(accounts.dora.address)).toBe(0n);
  }, 60_000);

  test('a cancelled passkey prompt: PasskeyCancelledError, nothing sent, and the same calls go through after', async () => {
    const { city, bundlerClient } = town;
    const calls = await castBallotCalls(city.publicClient, { polity: city.polity, roundId: town.roundId, projects: [0] });
    passkeys.carla.cancelNext();
    await expect(sendPolityCalls({ bundlerClient, account: accounts.carla, calls })).rejects.toBeInstanceOf(PasskeyCancelledError);
    expect(await nonceOf(accounts.carla.address)).toBe(0n);
    await sendPolityCalls({ bundlerClient, account: accounts.carla, calls });
    expect(await getBallot(city.publicClient, { polity: city.polity, roundId: town.roundId, voter: accounts.carla.address })).toMatchObject({ cast: true, projects: [0] });
  }, 120_000);

  test('another passkey cannot act for an account', async () => {
    const { city, bundlerClient, passkeySupport, proposalId } = town;
    // The outsider's passkey claims ben's (deployed, admitted) account.
    const impostor = await toPolityAccount({ client: city.publicClient, owner: passkeys.outsider.account, factory: passkeySupport.accountFactory, address: accounts.ben.address });
    const calls = await castVoteCalls(city.publicClient, { polity: city.polity, proposalId, support: 'against' });
    const nonce = await nonceOf(accounts.ben.address);
    const sending = sendPolityCalls({ bundlerClient, account: impostor, calls });
    await expect(sending).rejects.toBeInstanceOf(PasskeyNotAccountKeyError);
    await expect(sending).rejects.toThrow(accounts.ben.address);
    expect(await nonceOf(accounts.ben.address)).toBe(nonce);
    expect((await getVoteReceipt(city.publicClient, { polity: city.polity, proposalId, voter: accounts.ben.address })).voted).toBe(false);
  }, 60_000);

  test('a sponsored vote of a deployed account, beside the direct calls (gas)', async () => {
    const { city, bundlerClient, proposalId, roundId } = town;
    const { polity, publicClient, people } = city;
    const vote = await sendPolityCalls({ bundlerClient, account: accounts.ben, calls: await castVoteCalls(publicClient, { polity, proposalId, support: 'for' }) });
    expect(await getVoteReceipt(publicClient, { polity, proposalId, voter: accounts.ben.address })).toMatchObject({ voted: true, support: 'for' });
    gas.sponsoredCastVote = vote.receipt.actualGasUsed;
    gas.sponsoredCastVoteBundleTransaction = vote.receipt.receipt.gasUsed;
    gas.directCastVote = (await castVote(people[4]!, { polity, proposalId, support: 'for' })).receipt.gasUsed;
    gas.directCastBallot = (await castBallot(people[5]!, { polity, roundId, projects: [0] })).receipt.gasUsed;
    console.log(`passkey gas (receipts): ${JSON.stringify(Object.fromEntries(Object.entries(gas).map(([name, value]) => [name, Number(value)])))}`);
    expect(gas.sponsoredCastVote).toBeGreaterThan(gas.directCastVote!);
  }, 120_000);

  test("the Governor accepts the account's ERC-7739 signature in castVoteBySig", async () => {
    const { city, proposalId } = town;
    const { polity, publicClient, people } = city;
    const signed = await signVote(publicClient, { polity, proposalId, support: 'against', account: accounts.carla });
    expect(signed.voter).toBe(accounts.carla.address);
    await castVoteBySig(people[6]!, { polity, vote: signed });
    expect(await getVoteReceipt(publicClient, { polity, proposalId, voter: accounts.carla.address })).toMatchObject({ voted: true, support: 'against' });
    // Another passkey's signature for carla's account is refused.
    const forged = await signVote(publicClient, { polity, proposalId, support: 'for', account: await toPolityAccount({ client: publicClient, owner: passkeys.outsider.account, factory: town.passkeySupport.accountFactory, address: accounts.dora.address }) });
    await expect(castVoteBySig(people[6]!, { polity, vote: forged })).rejects.toThrow();
  }, 60_000);
});
