import { join } from 'node:path';
import { repositoryRoot } from './paths.js';

export { startAnvil, freePort, portTaken, type Anvil } from './anvil.js';
export { seedCity, anvilAddress, anvilMnemonic, type DemoCity, type DemoPerson, type DemoSponsorship } from './seed.js';
export { startCityBundler, type Bundler } from './bundler.js';
export { ContentStore } from './content.js';
export { appConfig, cityServerConfig, sponsorKeyEnv, type CityServerOptions } from './server-config.js';
export { publishCityTexts } from './publish.js';

/** Where `vite build` puts the web app. */
export const webBuild = join(repositoryRoot, 'web/build');
