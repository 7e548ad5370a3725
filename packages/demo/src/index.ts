import { join } from 'node:path';
import { repositoryRoot } from './paths.js';

export { startAnvil, freePort, portTaken, type Anvil } from './anvil.js';
export { seedCity, anvilAddress, anvilMnemonic, type DemoCity, type DemoPerson, type DemoSecret, type DemoSponsorship } from './seed.js';
export { startCityBundler, type Bundler } from './bundler.js';
export { ContentStore } from './content.js';
export { appConfig, cityServerConfig, relayKeyEnv, sponsorKeyEnv, type CityServerOptions } from './server-config.js';
export { secretIdentitySeed, type DemoSecretIdentity } from './secret-round.js';
export { publishCityTexts } from './publish.js';

/** Where `vite build` puts the web app. */
export const webBuild = join(repositoryRoot, 'web/build');
