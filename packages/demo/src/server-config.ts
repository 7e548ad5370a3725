import { join } from 'node:path';
import { repositoryRoot } from './paths.js';
import type { DemoCity } from './seed.js';

export interface CityServerOptions {
  readonly rpcUrl: string;
  readonly chainId: number;
  /** Where the server's embedded database keeps its files. */
  readonly dataDir: string;
  readonly port: number;
  /** The web app's static build, served by the same server. */
  readonly webRoot: string;
  /** The bundler residents' passkey accounts send their operations to (the demo's Alto); none: no passkey sign-in. */
  readonly bundlerUrl?: string;
}

/** The environment variable the demo server reads its approval key from (`sponsorship.signerKeyEnv`). */
export const sponsorKeyEnv = 'POLITY_SPONSOR_KEY';

/** The environment variable the demo server reads its relay account's key from (`relay.senderKeyEnv`). */
export const relayKeyEnv = 'POLITY_RELAY_KEY';

/**
 * What the demo city pays for: 20 actions per resident a day, at most 0.05 ETH each (far above an
 * action's cost at anvil's fees) and 2 ETH a month, well inside the paymaster's 5 ETH deposit.
 */
function sponsorshipPolicy(city: DemoCity) {
  return {
    enabled: true,
    signerKeyEnv: sponsorKeyEnv,
    paymaster: city.sponsorship.paymaster,
    accountFactory: city.sponsorship.accountFactory,
    dailyQuotaPerResident: 20,
    maxCostPerActionWei: (5n * 10n ** 16n).toString(),
    budgetWei: (2n * 10n ** 18n).toString(),
    periodDays: 30,
  };
}

/** The run-time configuration the web app reads from `/config.json` (see docs/web.md). */
export function appConfig(city: DemoCity, rpcUrl: string, chainId: number, bundlerUrl?: string) {
  return {
    name: city.name,
    chainId,
    chainName: 'Local demo chain (anvil)',
    rpcUrl,
    polity: city.polity,
    token: city.token,
    currency: city.currency,
    districts: city.districts,
    directory: Object.fromEntries(city.people.map((person) => [person.address, person.name])),
    demo: { people: city.people },
    // Passkey accounts: where their operations go, the factory that gives their addresses, the city's paymaster.
    ...(bundlerUrl === undefined ? {} : { bundlerUrl }),
    accountFactory: city.sponsorship.accountFactory,
    paymaster: city.sponsorship.paymaster,
  };
}

/**
 * The Polity server's configuration for the demo city (the same file format `polity serve --config`
 * reads, see docs/server.md): the local chain with no confirmations to wait for, a quick poll, the
 * city paying for residents' passkey operations (the approval key comes from the environment variable
 * {@link sponsorKeyEnv}: the start script sets it to the seed's `sponsorship.approvalKey`), the relay
 * sending residents' secret ballots from the city's own account (its key from {@link relayKeyEnv}, set
 * to the seed's `secret.relayKey`), and the web app served from the same port.
 */
export function cityServerConfig(city: DemoCity, options: CityServerOptions) {
  return {
    port: options.port,
    host: '127.0.0.1',
    chain: { id: options.chainId, rpcUrls: [options.rpcUrl] },
    polity: { ...city.polity, deployedAtBlock: city.polity.deployedAtBlock?.toString() },
    database: { dataDir: options.dataDir },
    indexer: { enabled: true, confirmations: 0, pollIntervalMs: 500, pageSize: 5000 },
    sponsorship: sponsorshipPolicy(city),
    // Secret ballots: a resident's ballot may be changed a few times an hour (the relay's defaults).
    relay: { enabled: true, secretBallots: city.polity.secretBallots, senderKeyEnv: relayKeyEnv, maxBallotsPerNullifier: 5, windowSeconds: 3600 },
    // Schematic district outlines and an offline basemap of Wesoła, drawn for the demo (map/README.md).
    map: { districts: join(repositoryRoot, 'packages/demo/map/districts.geojson'), basemap: join(repositoryRoot, 'packages/demo/map/basemap.geojson') },
    app: { root: options.webRoot, config: appConfig(city, options.rpcUrl, options.chainId, options.bundlerUrl) },
  };
}
