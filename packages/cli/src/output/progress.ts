import { formatAmount } from './format.js';

/** Where a progress bar draws: stderr, and whether it is a terminal (redrawn in place) or a log (lines). */
export interface ProgressTarget {
  readonly write: (text: string) => void;
  readonly interactive: boolean;
}

/**
 * A progress bar on stderr: redrawn in place on a terminal, and in a log (CI, a pipe, tests) a line
 * every tenth of the way, so that stdout stays free for results.
 */
export class ProgressBar {
  private done = 0;
  private readonly started = Date.now();
  private lastDraw = 0;
  private lastTenth = -1;

  constructor(
    private readonly target: ProgressTarget,
    private readonly label: string,
    private readonly total: number,
    /** Already done before this run (a resumed replay): counted in the bar, not in the rate. */
    private readonly already = 0,
  ) {
    this.done = already;
    this.draw(true);
  }

  tick(count = 1): void {
    this.done += count;
    this.draw(this.done >= this.total);
  }

  /** Ends the bar with a summary line. */
  finish(summary?: string): void {
    this.draw(true);
    if (this.target.interactive) this.target.write('\n');
    if (summary !== undefined) this.target.write(`${summary}\n`);
  }

  private draw(force: boolean): void {
    const now = Date.now();
    const share = this.total === 0 ? 1 : this.done / this.total;
    if (this.target.interactive) {
      if (!force && now - this.lastDraw < 100) return;
      this.lastDraw = now;
      const width = 30;
      const filled = Math.round(share * width);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
      this.target.write(`\r${this.label} ${bar} ${formatAmount(this.done)}/${formatAmount(this.total)} ${Math.floor(share * 100)}%${this.eta(now)}\x1b[K`);
      return;
    }
    const tenth = Math.floor(share * 10);
    if (tenth === this.lastTenth && !(force && this.done >= this.total && this.lastTenth !== 10)) return;
    this.lastTenth = tenth;
    this.target.write(`${this.label}: ${formatAmount(this.done)}/${formatAmount(this.total)} (${Math.floor(share * 100)}%)${this.eta(now)}\n`);
  }

  private eta(now: number): string {
    const fresh = this.done - this.already;
    const left = this.total - this.done;
    if (fresh <= 0 || left <= 0) return '';
    const seconds = Math.ceil((((now - this.started) / fresh) * left) / 1000);
    return `, about ${seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`} left`;
  }
}
