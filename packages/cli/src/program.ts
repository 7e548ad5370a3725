import { Command, CommanderError } from 'commander';
import { BudgetingInputError, PabulibDataError, PabulibParseError, PolityError, PolityRpcUnavailableError, PolityWrongNetworkError } from '@polity/sdk';
import { commands } from './commands/index.js';
import { CliError } from './errors.js';
import type { CliIo } from './io.js';

/** Builds `polity` with every command of `commands/`. */
export function createProgram(io: CliIo): Command {
  const program = new Command('polity')
    .description('Polity: participatory budgeting and liquid democracy on-chain')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  for (const register of commands) register(program, io);
  return program;
}

/** Runs `polity` with `argv` (the arguments after the program name) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    await createProgram(io).parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    return report(error, io);
  }
}

/** Prints what went wrong in a way a person can act on; a stack trace only with POLITY_DEBUG=1. */
function report(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message (unknown option, invalid choice, missing argument).
    return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof CliError) {
    io.err(`error: ${error.message}\n${error.hint === undefined ? '' : `${error.hint}\n`}`);
    return error.exitCode;
  }
  if (error instanceof PabulibParseError) {
    io.err(`error: ${error.message}\nThe file does not follow the pabulib .pb format: fix it at that line and run the command again.\n`);
    return 1;
  }
  if (error instanceof PolityError) {
    const hint =
      error instanceof PolityRpcUnavailableError
        ? 'Check --rpc (or POLITY_RPC) and that the node is running, then run the command again.\n'
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
