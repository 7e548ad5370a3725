import { Option } from 'commander';
import { CliError } from '../errors.js';

const units: Readonly<Record<string, number>> = { s: 1, min: 60, m: 60, h: 3_600, d: 86_400, w: 604_800 };

/**
 * A commander parser for a duration with its unit: "90s", "90m" (or "90min"), "36h", "7d", "2w". A bare
 * number is refused: `--voting 7` meant 7 days to whoever wrote it, and 7 seconds to the chain.
 */
export function duration(flag: string): (text: string) => number {
  return (text) => {
    const trimmed = text.trim();
    if (/^\d+$/.test(trimmed)) {
      throw new CliError(`${flag} is '${text}', a number without a unit`, `Write the unit after it: ${trimmed}d (days), ${trimmed}h (hours), ${trimmed}m (minutes), ${trimmed}s (seconds) or ${trimmed}w (weeks).`, 2);
    }
    const match = /^(\d+)\s*(s|min|m|h|d|w)$/.exec(trimmed);
    const seconds = match ? Number(match[1]) * units[match[2]!]! : Number.NaN;
    if (!Number.isSafeInteger(seconds) || seconds <= 0) {
      throw new CliError(`${flag} is '${text}', expected a duration above 0 with its unit`, 'For example 7d (days), 36h (hours), 90m (minutes), 30s (seconds) or 2w (weeks).', 2);
    }
    return seconds;
  };
}

/** An option taking a duration, its default written as a person would (`7d`), held in seconds. */
export function durationOption(flags: string, description: string, defaultText: string): Option {
  const flag = flags.split(' ')[0]!;
  return new Option(flags, `${description} (90m, 36h, 7d, 2w, ...)`).argParser(duration(flag)).default(duration(flag)(defaultText), defaultText);
}
