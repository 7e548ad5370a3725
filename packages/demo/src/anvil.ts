import { AnvilStartError, startAnvil as startSdkAnvil, type Anvil, type StartAnvilOptions } from '@polity/sdk/node';

export { freePort, portTaken, type Anvil } from '@polity/sdk/node';

/** anvil's chain id: the web app offers demo mode only on it. */
export const localChainId = 31337;

/**
 * The demo city's chain: anvil with enough funded development accounts for the demo people (the web
 * app's demo mode acts as them through the node) and the bundler's two (20 and 21), mining a block per
 * transaction so seeding is as fast as the node answers.
 */
export async function startAnvil(options: Pick<StartAnvilOptions, 'port' | 'accounts'> = {}): Promise<Anvil> {
  try {
    return await startSdkAnvil({ port: options.port ?? 0, accounts: options.accounts ?? 22, chainId: localChainId });
  } catch (error) {
    if (error instanceof AnvilStartError && error.reason === 'port-taken') {
      throw new Error(`${error.message}: set POLITY_ANVIL_PORT to another port (0: any free port)`, { cause: error });
    }
    throw error;
  }
}
