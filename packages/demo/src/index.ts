import { join } from 'node:path';
import { startAnvil, type Anvil } from './anvil.js';
import { repositoryRoot } from './paths.js';
import { seedCity, type DemoCity } from './seed.js';
import { serveApp, type AppServer } from './server.js';

export { startAnvil, freePort, portTaken, type Anvil } from './anvil.js';
export { seedCity, anvilAddress, anvilMnemonic, type DemoCity, type DemoPerson } from './seed.js';
export { serveApp, type AppServer } from './server.js';
export { ContentStore } from './content.js';

/** Where `vite build` puts the web app. */
export const webBuild = join(repositoryRoot, 'web/build');

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
    contentUrl: '/content',
    districts: city.districts,
    directory: Object.fromEntries(city.people.map((person) => [person.address, person.name])),
    demo: { people: city.people },
  };
}

export interface RunningDemo {
  readonly anvil: Anvil;
  readonly city: DemoCity;
  readonly server: AppServer;
  stop(): Promise<void>;
}

export interface StartDemoOptions {
  readonly anvilPort?: number;
  readonly webPort?: number;
  readonly onProgress?: (message: string) => void;
}

/** A fresh anvil, a seeded city and the built app served against it: what `pnpm start` and the browser tests run. */
export async function startDemo(options: StartDemoOptions = {}): Promise<RunningDemo> {
  const progress = options.onProgress ?? (() => {});
  progress('starting a local chain (anvil)');
  const anvil = await startAnvil({ port: options.anvilPort ?? 0 });
  try {
    const city = await seedCity({ rpcUrl: anvil.url, onProgress: progress });
    progress('serving the web app');
    const server = await serveApp({ root: webBuild, config: appConfig(city, anvil.url, anvil.chainId), content: city.content, port: options.webPort ?? 0 });
    return {
      anvil,
      city,
      server,
      stop: async () => {
        await server.stop();
        await anvil.stop();
      },
    };
  } catch (error) {
    await anvil.stop();
    throw error;
  }
}
