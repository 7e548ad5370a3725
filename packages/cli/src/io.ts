/** Where a command reads and writes; the real process in `main.ts`, buffers in tests. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether a person is watching stderr (a terminal): progress bars redraw in place. */
  readonly interactive?: boolean;
  /** Asks a question on the terminal and resolves with the answer; absent when stdin is not a terminal. */
  readonly ask?: (question: string) => Promise<string>;
  /**
   * Resolves with the signal's name when the process is asked to stop (SIGINT, SIGTERM): a command that
   * runs until then (`serve`) stops gracefully. Absent when nothing can ask it to stop.
   */
  readonly stopRequested?: () => Promise<string>;
}
