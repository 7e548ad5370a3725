import { pino, type Logger } from 'pino';

export interface ServerLoggerOptions {
  /** pino level; default POLITY_LOG_LEVEL, else `info`. */
  readonly level?: string;
  /** Write to stderr instead of stdout (a script whose stdout is for people). */
  readonly stderr?: boolean;
}

/** Structured logs: one JSON object per line, as log collectors (journald, Loki, CloudWatch) take them. */
export function createServerLogger(options: ServerLoggerOptions = {}): Logger {
  return pino({ level: options.level ?? process.env.POLITY_LOG_LEVEL ?? 'info', base: { service: 'polity-server' } }, pino.destination(options.stderr ? 2 : 1));
}
