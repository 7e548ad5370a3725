import { getAddress, isAddress, type Address } from 'viem';
import type { PolityAddresses } from '@polity/sdk';
import { parseMapSettings, type MapSettings } from './map/settings';

/** Someone the demo city lets you act as without a wallet (local chain only). */
export interface DemoPerson {
  readonly name: string;
  readonly address: Address;
  readonly role: 'resident' | 'council' | 'registrar';
  readonly district?: number;
}

/**
 * Everything the app needs to know about the polity it serves, read from `/config.json` at start-up so
 * that one build serves any EVM network (see docs/web.md for the fields).
 */
export interface AppConfig {
  readonly name: string;
  readonly chainId: number;
  readonly chainName: string;
  readonly rpcUrl: string;
  readonly polity: PolityAddresses;
  /** The ERC-20 the treasury and the rounds pay in. */
  readonly token: Address;
  readonly currency: { readonly symbol: string; readonly decimals: number };
  /**
   * The city's Polity server (packages/server), when there is one: its origin, or "" for the origin
   * that serves the app. With it the app reads lists from its index, publishes texts and photos signed
   * by the resident's account, and reads them back by content hash. Without it the app reads
   * everything from the chain and publishes texts to `contentUrl` unsigned, as a plain content service.
   */
  readonly serverUrl?: string;
  /** Where published texts and photos (project descriptions, reasons, evidence) are read and written by content hash. */
  readonly contentUrl: string;
  /** District numbers and their names (0 is the whole city). */
  readonly districts: Readonly<Record<string, string>>;
  /** Public names of known accounts (the council, delegates who chose to be listed). */
  readonly directory: Readonly<Record<string, string>>;
  /** Present only for a local demo chain: people one may act as without a wallet. */
  readonly demo?: { readonly people: readonly DemoPerson[] };
  /**
   * Residents taking part with a passkey, the city paying (docs/passkey-accounts.md): present when
   * config.json names the bundler, the account factory and the city's paymaster, and the app has the
   * city's server (which approves what the city pays for).
   */
  readonly passkeys?: PasskeySettings;
  /** The city's map data (district outlines, offline basemap, a tile server only if the city chose one). */
  readonly map?: MapSettings;
  /** The polity's `SecretBallots` (docs/secret-ballots.md), when the city holds secret rounds: `secretBallots` or `polity.secretBallots` in config.json. */
  readonly secretBallots?: Address;
}

/** Where a passkey account's actions go: the bundler that carries them, the factory of accounts, the city's paymaster. */
export interface PasskeySettings {
  readonly bundlerUrl: string;
  readonly accountFactory: Address;
  readonly paymaster: Address;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const components = ['registry', 'governor', 'timelock', 'rounds', 'results', 'escrow'] as const;

function address(value: unknown, field: string): Address {
  if (typeof value !== 'string' || !isAddress(value, { strict: false })) throw new ConfigError(`config.json: ${field} is not an address`);
  return getAddress(value);
}

/** Checks the JSON the server published and turns it into typed configuration. */
export function parseConfig(raw: unknown): AppConfig {
  if (typeof raw !== 'object' || raw === null) throw new ConfigError('config.json is not a JSON object');
  const json = raw as Record<string, unknown>;
  const polityJson = (json.polity ?? {}) as Record<string, unknown>;
  const chainId = Number(json.chainId);
  if (!Number.isSafeInteger(chainId) || chainId <= 0) throw new ConfigError('config.json: chainId must be a positive whole number');
  if (typeof json.rpcUrl !== 'string' || !/^(https?|wss?):\/\//.test(json.rpcUrl)) throw new ConfigError('config.json: rpcUrl must be an http(s) or ws(s) URL');
  const polity: PolityAddresses = {
    chainId,
    ...(Object.fromEntries(components.map((component) => [component, address(polityJson[component], `polity.${component}`)])) as Record<(typeof components)[number], Address>),
    deployedAtBlock: polityJson.deployedAtBlock === undefined ? undefined : BigInt(String(polityJson.deployedAtBlock)),
    // Secret ballots' components, when the polity has them (deployPolity returns both).
    ...(polityJson.identityGroups && polityJson.secretBallots
      ? { identityGroups: address(polityJson.identityGroups, 'polity.identityGroups'), secretBallots: address(polityJson.secretBallots, 'polity.secretBallots') }
      : {}),
  };
  const serverUrl = parseServerUrl(json.serverUrl);
  const currency = (json.currency ?? {}) as { symbol?: unknown; decimals?: unknown };
  const demo = json.demo as { people?: unknown } | undefined;
  const passkeys = parsePasskeySettings(json, serverUrl);
  return {
    name: typeof json.name === 'string' ? json.name : 'Polity',
    chainId,
    chainName: typeof json.chainName === 'string' ? json.chainName : `Chain ${chainId}`,
    rpcUrl: json.rpcUrl,
    polity,
    token: address(json.token, 'token'),
    currency: { symbol: typeof currency.symbol === 'string' ? currency.symbol : '', decimals: Number(currency.decimals ?? 18) },
    serverUrl,
    contentUrl: typeof json.contentUrl === 'string' ? json.contentUrl.replace(/\/+$/, '') : `${serverUrl ?? ''}/content`,
    districts: (json.districts ?? { 0: 'City' }) as Record<string, string>,
    directory: Object.fromEntries(Object.entries((json.directory ?? {}) as Record<string, string>).map(([key, name]) => [getAddress(key), name])),
    demo: Array.isArray(demo?.people)
      ? {
          people: (demo.people as DemoPerson[]).map((person) => ({ ...person, address: address(person.address, `demo.people ${person.name}`) })),
        }
      : undefined,
    ...(passkeys ? { passkeys } : {}),
    ...(parseMapSettings(json.map, serverUrl) ? { map: parseMapSettings(json.map, serverUrl) } : {}),
    ...(json.secretBallots ?? polityJson.secretBallots ? { secretBallots: address(json.secretBallots ?? polityJson.secretBallots, 'secretBallots') } : {}),
  };
}

/**
 * `bundlerUrl`, `accountFactory` and `paymaster`: passkeys are on when the bundler is named (then the
 * other two, and a server, must be there); the factory and paymaster alone (a city whose bundler is not
 * running) leave them off.
 */
function parsePasskeySettings(json: Record<string, unknown>, serverUrl: string | undefined): PasskeySettings | undefined {
  if (json.bundlerUrl === undefined || json.bundlerUrl === null) return undefined;
  if (typeof json.bundlerUrl !== 'string' || !/^https?:\/\/\S+$/.test(json.bundlerUrl)) throw new ConfigError('config.json: bundlerUrl must be the bundler\'s http(s) address');
  if (json.accountFactory === undefined || json.paymaster === undefined) throw new ConfigError('config.json: bundlerUrl needs accountFactory and paymaster beside it (the passkey account factory and the city\'s paymaster)');
  if (serverUrl === undefined) throw new ConfigError('config.json: passkeys need serverUrl, the city server that approves what the city pays for');
  return { bundlerUrl: json.bundlerUrl, accountFactory: address(json.accountFactory, 'accountFactory'), paymaster: address(json.paymaster, 'paymaster') };
}

/** `serverUrl`: absent (no server), "" (the app's own origin) or an http(s) origin, kept without a trailing slash. */
function parseServerUrl(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || (value !== '' && !/^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/.test(value))) {
    throw new ConfigError('config.json: serverUrl must be the Polity server\'s http(s) address, or "" when it serves the app itself');
  }
  return value.replace(/\/+$/, '');
}

/** Fetches `/config.json` from the server that serves the app. */
export async function loadConfig(fetcher: typeof fetch = fetch): Promise<AppConfig> {
  let response: Response;
  try {
    response = await fetcher('/config.json', { cache: 'no-store' });
  } catch (error) {
    throw new ConfigError(`config.json could not be fetched: ${(error as Error).message}`);
  }
  if (!response.ok) throw new ConfigError(`config.json could not be fetched (HTTP ${response.status}): the server must publish the polity's configuration`);
  return parseConfig(await response.json());
}

/** Chains on which demo mode may be offered: local development chains only. */
export const localChainIds: readonly number[] = [31337, 1337];
