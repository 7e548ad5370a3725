// Integration tests start their chain with the SDK's own launcher (`@polity/sdk/node`).
export { freePort, startAnvil, type Anvil } from '../src/node/anvil.js';
