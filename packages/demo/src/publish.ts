import { createWalletClient, http } from 'viem';
import { mnemonicToAccount } from 'viem/accounts';
import { foundry } from 'viem/chains';
import { publishContent } from '@polity/sdk';
import { councilIndex } from './city.js';
import { polishTexts } from './content.js';
import { anvilMnemonic, type DemoCity } from './seed.js';

export interface PublishCityTextsOptions {
  readonly serverUrl: string;
  readonly rpcUrl: string;
  /** How many requests at once (default 8). */
  readonly concurrency?: number;
}

/**
 * Publishes every text the seed put a hash of on chain through the city's server, signed by the
 * council, as a city would publish them: the same signed requests the CLI and the web app send.
 */
export async function publishCityTexts(city: DemoCity, options: PublishCityTextsOptions): Promise<number> {
  const council = mnemonicToAccount(anvilMnemonic, { addressIndex: councilIndex });
  const client = createWalletClient({ account: council, chain: foundry, transport: http(options.rpcUrl, { retryCount: 0 }) });
  const texts = [...city.content.entries()];
  const concurrency = options.concurrency ?? 8;
  for (let start = 0; start < texts.length; start += concurrency) {
    await Promise.all(
      texts.slice(start, start + concurrency).map(async ([hash, text]) => {
        const published = await publishContent(client, { serverUrl: options.serverUrl, polity: city.polity, content: text, mediaType: 'text/markdown; charset=utf-8' });
        if (published !== hash) throw new Error(`the server stored a text under ${published}, but the chain has ${hash}`);
      }),
    );
  }
  // After the originals: a translation names its original, which the server must already hold.
  await publishCityTranslations(city, { ...options, concurrency });
  return texts.length;
}

/**
 * Publishes the demo's Polish translations of a few texts and its Polish topic and district names,
 * signed by the council (who may translate any text), so that the app shows them to Polish readers.
 */
export async function publishCityTranslations(city: DemoCity, options: PublishCityTextsOptions): Promise<number> {
  const council = mnemonicToAccount(anvilMnemonic, { addressIndex: councilIndex });
  const client = createWalletClient({ account: council, chain: foundry, transport: http(options.rpcUrl, { retryCount: 0 }) });
  const texts = polishTexts(city.content);
  await Promise.all(texts.map((text) => publishContent(client, { serverUrl: options.serverUrl, polity: city.polity, content: text, mediaType: 'text/markdown; charset=utf-8' })));
  return texts.length;
}
