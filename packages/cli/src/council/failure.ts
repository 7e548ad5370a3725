import { CliError } from '../errors.js';

/** The sentence an error carries for people: the SDK's (and viem's) short message, else the first line. */
export function reasonOf(error: unknown): string {
  if (error instanceof CliError) return error.message;
  if (error instanceof Error) {
    const short = (error as { shortMessage?: unknown }).shortMessage;
    return typeof short === 'string' && short !== '' ? short : (error.message.split('\n')[0] ?? error.message);
  }
  return String(error);
}

export interface FailureContext {
  /** What failed: "batch 3 of 10 (lines 402-601)". */
  readonly what: string;
  /** What reached the chain before it. */
  readonly sent: string;
  /** What did not. */
  readonly unsent: string;
  /** What to do now. */
  readonly retry: string;
}

/** A failed step of a multi-transaction command, saying what was sent and what was not: nothing is lost. */
export function describeFailure(error: unknown, context: FailureContext): CliError {
  return new CliError(`${context.what} failed: ${reasonOf(error)}`, `${capitalise(context.sent)}; ${context.unsent}. ${context.retry}`, 1, { cause: error });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
