import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Alto's command line script, from the `@pimlico/alto` this package depends on. */
export function altoScript(): string {
  // The package exports only its library entry (esm/index.js); the CLI sits beside it.
  const library = createRequire(import.meta.url).resolve('@pimlico/alto');
  return join(dirname(library), 'cli', 'alto.js');
}

/** The preload that stops Alto when the process that started it is gone (parent-watch.mjs). */
export const parentWatch = join(dirname(fileURLToPath(import.meta.url)), 'parent-watch.mjs');

export interface AltoArguments {
  readonly rpcUrl: string;
  readonly entryPoint: string;
  readonly executorPrivateKey: string;
  readonly utilityPrivateKey: string | undefined;
  readonly port: number;
  readonly cors: boolean;
}

/**
 * Alto's arguments for a development chain. `--safe-mode false`: anvil lacks the tracer safe mode
 * needs (user operations then fail with an unknown error signature). With no separate utility key
 * the executor deploys Alto's simulation contracts itself and nobody refills it (refilling from
 * oneself would only race its own nonces).
 */
export function altoArguments(options: AltoArguments): string[] {
  const args = [
    '--entrypoints', options.entryPoint,
    '--rpc-url', options.rpcUrl,
    '--executor-private-keys', options.executorPrivateKey,
    '--utility-private-key', options.utilityPrivateKey ?? options.executorPrivateKey,
    '--port', String(options.port),
    '--safe-mode', 'false',
    '--utility-wallet-monitor', 'false',
    '--enable-cors', String(options.cors),
  ];
  if (options.utilityPrivateKey === undefined) args.push('--refilling-wallets', 'false');
  return args;
}
