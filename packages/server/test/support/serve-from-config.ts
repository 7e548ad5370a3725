/**
 * A server in its own process, for tests that kill it: `node --import tsx serve-from-config.ts <config.json>`.
 * Prints its URL on stdout once it listens; logs (warnings and worse) go to stderr. DATABASE_URL moves
 * it to a PostgreSQL server as usual. SIGTERM stops it gracefully.
 */
import { pino } from 'pino';
import { loadServerConfig } from '../../src/config.js';
import { startServer } from '../../src/server.js';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: serve-from-config.ts <config.json>\n');
  process.exit(2);
}
const server = await startServer(loadServerConfig(file), { logger: pino({ level: 'warn' }, pino.destination(2)) });
process.stdout.write(`${server.url}\n`);
process.once('SIGTERM', () => {
  void server.stop().then(() => process.exit(0));
});
