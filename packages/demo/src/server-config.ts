import type { DemoCity } from './seed.js';

export interface CityServerOptions {
  readonly rpcUrl: string;
  readonly chainId: number;
  /** Where the server's embedded database keeps its files. */
  readonly dataDir: string;
  readonly port: number;
  /** The web app's static build, served by the same server. */
  readonly webRoot: string;
}

/** The run-time configuration the web app reads from `/config.json` (see docs/web.md). */
export function appConfig(city: DemoCity, rpcUrl: string, chainId: number) {
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
  };
}

/**
 * The Polity server's configuration for the demo city (the same file format `polity serve --config`
 * reads, see docs/server.md): the local chain with no confirmations to wait for, a quick poll, and the
 * web app served from the same port.
 */
export function cityServerConfig(city: DemoCity, options: CityServerOptions) {
  return {
    port: options.port,
    host: '127.0.0.1',
    chain: { id: options.chainId, rpcUrls: [options.rpcUrl] },
    polity: { ...city.polity, deployedAtBlock: city.polity.deployedAtBlock?.toString() },
    database: { dataDir: options.dataDir },
    indexer: { enabled: true, confirmations: 0, pollIntervalMs: 500, pageSize: 5000 },
    app: { root: options.webRoot, config: appConfig(city, options.rpcUrl, options.chainId) },
  };
}
