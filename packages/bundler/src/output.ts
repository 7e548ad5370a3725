import { createWriteStream, type WriteStream } from 'node:fs';
import type { Readable } from 'node:stream';

/**
 * What Alto prints: always drained (a full pipe would stall it), the last lines kept for error
 * messages, everything appended to a log file when one is given.
 */
export class AltoOutput {
  private readonly lines: string[] = [];
  private partial = '';
  private readonly log: WriteStream | undefined;

  constructor(
    logFile: string | undefined,
    private readonly keep = 20,
  ) {
    this.log = logFile === undefined ? undefined : createWriteStream(logFile, { flags: 'a' });
  }

  follow(stream: Readable | null): void {
    stream?.on('data', (chunk: Buffer) => this.write(chunk));
  }

  /** The last lines Alto printed, newest last, without blank lines. */
  last(count = this.keep): string[] {
    const all = this.partial.trim() === '' ? this.lines : [...this.lines, this.partial];
    return all.slice(-count);
  }

  async close(): Promise<void> {
    const log = this.log;
    if (log === undefined || log.closed) return;
    await new Promise<void>((done) => log.end(done));
  }

  private write(chunk: Buffer): void {
    this.log?.write(chunk);
    const text = this.partial + chunk.toString();
    const parts = text.split('\n');
    this.partial = parts.pop() ?? '';
    for (const line of parts) if (line.trim() !== '') this.lines.push(stripColours(line));
    if (this.lines.length > this.keep) this.lines.splice(0, this.lines.length - this.keep);
  }
}

// Alto's pretty log colours its levels; an error message is read as plain text.
const colour = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
function stripColours(line: string): string {
  return line.replace(colour, '');
}
