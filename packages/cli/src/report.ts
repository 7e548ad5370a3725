import { BudgetingInputError, PabulibDataError, PabulibParseError, PolityError, PolityRpcUnavailableError, PolityWrongNetworkError } from '@polity/sdk';
import type { CliIo } from './io.js';

/**
 * Reports a failure that is not the CLI's own: the SDK's errors with what to do, anything else as an
 * unexpected failure (with where it happened under POLITY_DEBUG=1). Returns the exit code.
 */
export function reportFailure(error: unknown, io: CliIo): number {
  if (error instanceof PabulibParseError) {
    io.err(`error: ${error.message}\nThe file does not follow the pabulib .pb format: fix it at that line and run the command again.\n`);
    return 1;
  }
  if (error instanceof PolityError) {
    const hint =
      error instanceof PolityRpcUnavailableError
        ? 'Check --rpc (or POLITY_RPC_URL) and that the node is running, then run the command again.\n'
        : error instanceof PolityWrongNetworkError
          ? 'Pass the --rpc of the chain the polity lives on (its file names the chain id).\n'
          : '';
    io.err(`error: ${error.shortMessage}\n${hint}`);
    return 1;
  }
  if (error instanceof BudgetingInputError || error instanceof PabulibDataError) {
    io.err(`error: ${error.message}\n`);
    return 1;
  }
  const detail = io.env['POLITY_DEBUG'] === '1' && error instanceof Error ? `\n${error.stack}` : '\n(set POLITY_DEBUG=1 to see where it happened)';
  io.err(`error: unexpected failure: ${error instanceof Error ? error.message : String(error)}${detail}\n`);
  return 1;
}
