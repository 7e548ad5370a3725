/**
 * A proposal's description is on chain, not published on the server: its translation names it by
 * keccak256 of the description (the hash the Governor uses), and the server finds the proposal in its
 * index to know the original and its author. Runs on the seeded demo city, indexed.
 */
import { createWalletClient, http, isAddressEqual, keccak256, toBytes } from 'viem';
import { mnemonicToAccount } from 'viem/accounts';
import { foundry } from 'viem/chains';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { PolityServerError, publishContent } from '@polity/sdk';
import { anvilMnemonic } from '@polity/demo';
import { startApiCity, type ApiCity } from './support/api-city.js';

vi.setConfig({ testTimeout: 60_000 });

let city: ApiCity;
beforeAll(async () => {
  city = await startApiCity();
}, 600_000);
afterAll(async () => {
  await city?.stop();
});

const wallet = (index: number) => createWalletClient({ account: mnemonicToAccount(anvilMnemonic, { addressIndex: index }), chain: foundry, transport: http(city.anvil.url, { retryCount: 0 }) });
const translation = (original: string, text: string) => `---\ntranslation-of: ${original}\nlanguage: pl\n---\n${text}`;

it("takes the council's translation of a proposal's description and refuses another resident's", async () => {
  await city.synced();
  const proposal = (await city.activity()).find((event) => event.eventName === 'ProposalCreated');
  if (proposal?.eventName !== 'ProposalCreated') throw new Error('the demo city has no proposal');
  const original = keccak256(toBytes(proposal.args.description));
  const polity = city.city.polity;
  const serverUrl = city.server.url;

  const hash = await publishContent(wallet(1), { serverUrl, polity, content: translation(original, '# Wniosek\n\nPrzetłumaczony opis wniosku.\n') });
  const { status, body } = await city.get(`/content/${original}/translations`);
  expect(status).toBe(200);
  expect(body.translations.map((entry: { language: string; hash: string }) => [entry.language, entry.hash])).toEqual([['pl', hash]]);

  // A named resident (anvil accounts 3 to 19) who did not make the proposal may not translate it.
  const other = [...Array(17).keys()].map((offset) => offset + 3).find((index) => !isAddressEqual(mnemonicToAccount(anvilMnemonic, { addressIndex: index }).address, proposal.args.proposer))!;
  const refused = await publishContent(wallet(other), { serverUrl, polity, content: translation(original, '# Inny\n\nInny opis.\n') }).catch((error: unknown) => error);
  expect(refused).toBeInstanceOf(PolityServerError);
  expect((refused as PolityServerError).code).toBe('not_allowed');
  expect((refused as PolityServerError).message).toMatch(/translated by its author/);
});
