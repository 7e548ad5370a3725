import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';

/** Goes on only if the user passed --yes or answers yes; nothing is sent otherwise. */
export async function confirmSending(io: CliIo, question: string, yes: boolean | undefined): Promise<void> {
  if (yes === true) return;
  if (io.ask === undefined) {
    throw new CliError('nothing was sent: the command needs a confirmation', 'Check the preview above, then run the command again with --yes (stdin is not a terminal, so it cannot ask).', 2);
  }
  const answer = await io.ask(`${question} [y/N] `);
  if (!/^\s*y(es)?\s*$/i.test(answer)) throw new CliError('nothing was sent: not confirmed');
}
