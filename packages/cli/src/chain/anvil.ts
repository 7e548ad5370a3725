import { AnvilStartError, startAnvil, type Anvil } from '@polity/sdk/node';
import { CliError } from '../errors.js';

/** A local anvil this command started, stopped when the command ends (or the process is interrupted). */
export type LocalAnvil = Anvil;

const running = new Set<Anvil>();
let signalHooksInstalled = false;

/** An interrupted command stops its anvils before it exits (the SDK's launcher covers normal exits). */
function installSignalHooks(): void {
  if (signalHooksInstalled) return;
  signalHooksInstalled = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void Promise.all([...running].map((anvil) => anvil.stop())).finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }
}

/** Starts a fresh anvil on a free port (POLITY_ANVIL names another executable) and waits until it listens. */
export async function startLocalAnvil(env: Readonly<Record<string, string | undefined>>, extraArguments: readonly string[] = []): Promise<LocalAnvil> {
  installSignalHooks();
  try {
    const anvil = await startAnvil({ arguments: extraArguments, ...(env['POLITY_ANVIL'] ? { binary: env['POLITY_ANVIL'] } : {}) });
    running.add(anvil);
    return {
      ...anvil,
      stop: async () => {
        running.delete(anvil);
        await anvil.stop();
      },
    };
  } catch (error) {
    if (!(error instanceof AnvilStartError)) throw error;
    const hint =
      error.reason === 'not-installed'
        ? 'Run `pnpm install` at the repository root (it brings @foundry-rs/anvil), or pass --rpc URL.'
        : 'Pass --rpc URL to use a node that is already running.';
    const message = error.reason === 'not-installed' ? 'cannot start a local chain: anvil is not installed' : `the local anvil could not start: ${error.message}`;
    throw new CliError(message, hint, 1, { cause: error });
  }
}
