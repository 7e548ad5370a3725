import { Command, CommanderError } from 'commander';
import { commands, invokedCommand } from './commands/index.js';
import { CliError } from './errors.js';
import type { CliIo } from './io.js';

/**
 * Builds `polity` for `argv`: the command it runs is loaded and registered in full; the others are only
 * named (with their description) for the help's list, so that their modules are never loaded.
 */
export async function createProgram(io: CliIo, argv: readonly string[]): Promise<Command> {
  const terms = new Map(commands.map((entry) => [entry.name, entry.term]));
  const program = new Command('polity')
    .description('Polity: participatory budgeting and liquid democracy on-chain')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .configureHelp({ subcommandTerm: (command) => terms.get(command.name()) ?? command.name() });
  const invoked = invokedCommand(argv);
  for (const entry of commands) {
    if (entry === invoked) (await entry.load())(program, io);
    else program.command(entry.name).description(entry.description);
  }
  return program;
}

/** Runs `polity` with `argv` (the arguments after the program name) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    await (await createProgram(io, argv)).parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    return report(error, io);
  }
}

/** Prints what went wrong in a way a person can act on; a stack trace only with POLITY_DEBUG=1. */
async function report(error: unknown, io: CliIo): Promise<number> {
  if (error instanceof CommanderError) {
    // Commander has already printed its message (unknown option, invalid choice, missing argument).
    return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof CliError) {
    io.err(`error: ${error.message}\n${error.hint === undefined ? '' : `${error.hint}\n`}`);
    return error.exitCode;
  }
  // The SDK's errors (and viem behind them) are loaded only when a command failed with one.
  return (await import('./report.js')).reportFailure(error, io);
}
