import type { Command } from 'commander';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import type { ConnectionOptions } from './connection.js';

/** `--rpc`, `--private-key` and `--timeout`: how every chain command reaches its chain. */
export function withConnectionOptions(command: Command): Command {
  return command
    .option('--rpc <url>', 'JSON-RPC endpoint (default: $POLITY_RPC_URL, else a fresh local anvil stopped at exit)')
    .option('--private-key <key>', "key to send with (default: $POLITY_PRIVATE_KEY, else anvil's first account on a development node)")
    .option('--timeout <seconds>', 'how long to wait for the RPC endpoint to answer (default 30)', positiveSeconds('--timeout'));
}

/**
 * The RPC endpoint from the environment: POLITY_RPC_URL, the name the SDK's docs and the deploy script
 * use too. POLITY_RPC, the CLI's earlier name, still works, with a note asking to rename it.
 */
export function rpcFromEnvironment(io: CliIo): string | undefined {
  const current = io.env['POLITY_RPC_URL'];
  if (current !== undefined && current !== '') return current;
  const deprecated = io.env['POLITY_RPC'];
  if (deprecated === undefined || deprecated === '') return undefined;
  io.err('note: POLITY_RPC is deprecated: rename it POLITY_RPC_URL (read here as the same endpoint)\n');
  return deprecated;
}

export function connectionOptions(options: ConnectionOptions): ConnectionOptions {
  return { rpc: options.rpc, privateKey: options.privateKey, timeout: options.timeout };
}

/** A commander parser for a whole, positive number of seconds. */
export function positiveSeconds(flag: string): (text: string) => number {
  return (text) => {
    if (!/^\d+$/.test(text) || Number(text) === 0 || !Number.isSafeInteger(Number(text))) {
      throw new CliError(`${flag} is '${text}', expected a whole number of seconds above 0`, undefined, 2);
    }
    return Number(text);
  };
}

/** A commander parser for a whole number at least `min`. */
export function wholeNumber(flag: string, min = 0): (text: string) => number {
  return (text) => {
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text)) || Number(text) < min) {
      throw new CliError(`${flag} is '${text}', expected a whole number${min > 0 ? ` of at least ${min}` : ''}`, undefined, 2);
    }
    return Number(text);
  };
}
