/**
 * A problem the person running the command can fix: a missing file, a malformed one, an option that
 * does not fit. Printed as `error: <message>` (and the hint on the next line), never as a stack trace.
 */
export class CliError extends Error {
  override readonly name = 'CliError';

  constructor(
    message: string,
    /** What to do about it, shown under the message. */
    readonly hint?: string,
    /** 2 for a command used wrongly, 1 for bad input, 130 for a command stopped by Ctrl-C (SIGINT) or SIGTERM. */
    readonly exitCode: 1 | 2 | 130 = 1,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
