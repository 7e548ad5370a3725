import { CliError } from '../errors.js';

const units: Readonly<Record<string, number>> = { s: 1, min: 60, m: 60, h: 3_600, d: 86_400, w: 604_800 };

/** A commander parser for a duration: "90s", "30min", "12h", "14d", "2w" (a bare number is seconds). */
export function duration(flag: string): (text: string) => number {
  return (text) => {
    const match = /^(\d+)\s*(s|min|m|h|d|w)?$/.exec(text.trim());
    const seconds = match ? Number(match[1]) * units[match[2] ?? 's']! : Number.NaN;
    if (!Number.isSafeInteger(seconds) || seconds <= 0) throw new CliError(`${flag} is '${text}', expected a duration such as 90s, 30min, 12h, 14d or 2w`, undefined, 2);
    return seconds;
  };
}
