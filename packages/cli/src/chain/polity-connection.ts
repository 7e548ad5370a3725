import type { Command } from 'commander';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import { readPolityFile, type PolityFile } from '../polity-file.js';
import { connect, type Connection, type ConnectionOptions } from './connection.js';
import { connectionOptions, withConnectionOptions } from './options.js';

export interface PolityCommandOptions extends ConnectionOptions {
  readonly polity: string;
}

/** `--polity` and the connection options: what every command on an existing polity takes. */
export function withPolityOptions(command: Command): Command {
  return withConnectionOptions(command.requiredOption('--polity <file>', 'the polity: the file `polity deploy` wrote, or its name (.polity/<name>.json)'));
}

/**
 * Reads the polity file and connects to its chain, refusing early (before reading a CSV against it or
 * sending anything) a chain other than the polity's, or a chain on which the polity does not exist.
 */
export async function connectToPolity(options: PolityCommandOptions, io: CliIo): Promise<{ connection: Connection; file: PolityFile }> {
  const file = await readPolityFile(options.polity, io);
  const connection = await connect(connectionOptions(options), io);
  try {
    const { polity } = file;
    if (connection.chainId !== polity.chainId) {
      throw new CliError(
        `${connection.url} is chain ${connection.chainId}, but the polity "${file.name}" lives on chain ${polity.chainId}`,
        `Pass the --rpc of chain ${polity.chainId} (the node the polity was deployed on), or another --polity.`,
      );
    }
    const code = await connection.client.getCode({ address: polity.registry });
    const otherHistory = file.genesis !== undefined && file.genesis !== connection.genesis;
    if (code === undefined || code === '0x' || otherHistory) {
      throw new CliError(
        otherHistory
          ? `${connection.url} is a chain ${connection.chainId}, but not the one the polity "${file.name}" was deployed on (another block 0)`
          : `there is no polity at ${polity.registry} on ${connection.url} (chain ${connection.chainId})`,
        connection.ephemeral
          ? 'Without --rpc the command starts a fresh, empty anvil: pass --rpc with the node the polity was deployed on.'
          : 'Is this the node the polity was deployed on? A restarted anvil starts empty: deploy again.',
      );
    }
    return { connection, file };
  } catch (error) {
    await connection.close();
    throw error;
  }
}
