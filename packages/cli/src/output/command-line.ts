import type { Command } from 'commander';
import type { CliIo } from '../io.js';

/** A word as a POSIX shell reads it back: quoted only when it has to be. */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

/** How the person ran `polity`: `pnpm polity` from the repository (pnpm names the script it runs), else the binary. */
export function polityCommand(io: CliIo): string {
  return io.env['npm_lifecycle_event'] === 'polity' ? 'pnpm polity' : 'polity';
}

/**
 * The command line that runs `command` again as it was run: its arguments, and the options given on the
 * command line (not their defaults), less those in `drop` and with `set` added or replaced. Secrets are
 * never printed: an option in `hide` shows a placeholder.
 */
export function commandLine(
  io: CliIo,
  command: Command,
  args: readonly string[],
  { drop = [], set = {}, hide = {} }: { drop?: readonly string[]; set?: Readonly<Record<string, string>>; hide?: Readonly<Record<string, string>> } = {},
): string {
  const words = [polityCommand(io), command.name(), ...args.map(shellWord)];
  for (const option of command.options) {
    const key = option.attributeName();
    if (drop.includes(key) || key in set) continue;
    if (command.getOptionValueSource(key) !== 'cli') continue;
    const value: unknown = command.getOptionValue(key);
    if (key in hide) words.push(option.long!, hide[key]!);
    else if (value === true) words.push(option.long!);
    else if (Array.isArray(value)) words.push(option.long!, shellWord(value.join(',')));
    else if (value !== undefined && value !== false) words.push(option.long!, shellWord(String(value)));
  }
  for (const [key, value] of Object.entries(set)) {
    const option = command.options.find((candidate) => candidate.attributeName() === key);
    if (option?.long !== undefined) words.push(option.long, shellWord(value));
  }
  return words.join(' ');
}
