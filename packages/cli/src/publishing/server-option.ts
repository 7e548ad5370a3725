import type { Command } from 'commander';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';

export interface ServerOptions {
  readonly server?: string;
}

/** `--server <url>`: the city's Polity server, where the texts whose hashes go on chain are published first. */
export function withServerOption(command: Command, description = 'publish every text whose hash goes on chain to this Polity server before sending it (default: $POLITY_SERVER; none: the texts stay in .polity/ only)'): Command {
  return command.option('--server <url>', description);
}

/** `--server`, else POLITY_SERVER, else undefined (the command publishes nothing). */
export function serverUrlOf(options: ServerOptions, io: CliIo): string | undefined {
  const given = options.server ?? io.env['POLITY_SERVER'];
  if (given === undefined || given === '') return undefined;
  let protocol: string | undefined;
  try {
    protocol = new URL(given).protocol;
  } catch {
    protocol = undefined;
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new CliError(`--server is '${given}', which is not an http:// or https:// URL`, 'Give the Polity server\'s address, for example --server https://polity.example.org (or set POLITY_SERVER).', 2);
  }
  return given.replace(/\/+$/, '');
}
