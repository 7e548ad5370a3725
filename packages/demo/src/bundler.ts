import { BundlerStartError, startBundler, type Bundler } from '@polity/bundler';
import { mnemonicToAccount } from 'viem/accounts';
import { toHex } from 'viem';
import { bundlerExecutorIndex, bundlerUtilityIndex } from './city.js';
import { anvilMnemonic } from './seed.js';

export type { Bundler } from '@polity/bundler';

/** The private key of anvil development account `index` (public knowledge: the mnemonic is anvil's). */
function anvilKey(index: number): `0x${string}` {
  const key = mnemonicToAccount(anvilMnemonic, { addressIndex: index }).getHdKey().privateKey;
  if (!key) throw new Error(`anvil account ${index} has no private key`);
  return toHex(key);
}

/**
 * The demo city's bundler: Alto against the demo anvil, sending bundles from anvil accounts 20 and 21,
 * which nobody in the city uses. Start it after the seed: it needs the EntryPoint the seed deploys.
 */
export async function startCityBundler(options: { readonly rpcUrl: string; readonly port?: number; readonly logFile?: string }): Promise<Bundler> {
  try {
    return await startBundler({
      rpcUrl: options.rpcUrl,
      executorPrivateKey: anvilKey(bundlerExecutorIndex),
      utilityPrivateKey: anvilKey(bundlerUtilityIndex),
      port: options.port ?? 0,
      ...(options.logFile === undefined ? {} : { logFile: options.logFile }),
    });
  } catch (error) {
    if (error instanceof BundlerStartError && error.reason === 'port-taken') {
      throw new Error(`${error.message}: set POLITY_BUNDLER_PORT to another port (0: any free port)`, { cause: error });
    }
    throw error;
  }
}
