/** @polity/server: the service a city runs beside its web app (docs/server.md). */
export { startServer, type RunningServer, type StartServerOptions } from './server.js';
export { loadServerConfig, parseServerConfig, serverConfigSchema, ServerConfigError, type ServerConfig, type ServerConfigInput } from './config.js';
export { openDatabase, DatabaseUnavailableError, type OpenedDatabase, type PolityDatabase } from './db/open.js';
export { createServerLogger, type ServerLoggerOptions } from './logger.js';
export { copyDatabase, DatabaseCopyError, type CopyDatabaseOptions, type CopyProgress } from './db/copy.js';
