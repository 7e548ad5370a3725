import { access } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { http } from 'viem';
import { rpcFromEnvironment } from '../chain/options.js';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import { readPolityFile, writeJsonAtomically } from '../polity-file.js';
import { shownPath } from '../serve/paths.js';

const defaultRpcUrl = 'http://127.0.0.1:8545';

interface ServeOptions {
  readonly config?: string;
  readonly init?: string;
  readonly polity?: string;
  readonly rpc?: string;
  readonly force?: boolean;
}

/** `polity serve --config <file>`: the city's server (packages/server); `--init` writes its first configuration. */
export function registerServe(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('run the city\'s Polity server (published texts, the index of the polity\'s events, sponsorship) until stopped; or, with --init, write its configuration from a polity file')
    .option('--config <file>', 'the server\'s configuration (JSON); DATABASE_URL moves storage to a PostgreSQL server')
    .option('--init <file>', 'write a starting configuration to this file instead (with --polity), then stop')
    .option('--polity <file>', '--init: the polity the server serves: the file `polity deploy` wrote, or its name (.polity/<name>.json)')
    .option('--rpc <url>', `--init: the chain's JSON-RPC endpoint as the server will reach it (default: $POLITY_RPC_URL, else ${defaultRpcUrl})`)
    .option('--force', '--init: overwrite an existing configuration file')
    .action(async (options: ServeOptions) => {
      if (options.init !== undefined) return writeStartingConfig(options.init, options, io);
      if (options.config === undefined) throw new CliError('serve needs --config <file>', 'Pass the server\'s configuration, or write one first with --init <file> --polity <name>.', 2);
      if (options.polity !== undefined || options.rpc !== undefined) throw new CliError('--polity and --rpc go with --init; the server reads its polity and chain from --config', undefined, 2);
      // The server package (Hono, Drizzle, PGlite) is loaded only here: every other command starts without it.
      const { runServer } = await import('../serve/run-server.js');
      await runServer(inCwd(options.config, io), io);
    });
}

async function writeStartingConfig(target: string, options: ServeOptions, io: CliIo): Promise<void> {
  if (options.config !== undefined) throw new CliError('--init writes a configuration and --config runs one: pass one of them', undefined, 2);
  if (options.polity === undefined) throw new CliError('--init needs --polity <name or file>: the polity the server serves', 'Pass the polity file `polity deploy` wrote (.polity/<name>.json) or its name.', 2);
  const path = inCwd(target, io);
  if (options.force !== true && (await exists(path))) throw new CliError(`${shownPath(path, io)} exists already`, 'Pass --force to overwrite it, or another file name.', 2);
  const file = await readPolityFile(options.polity, io);
  const given = options.rpc ?? rpcFromEnvironment(io);
  const rpcUrl = given === undefined || given === '' ? defaultRpcUrl : given;
  if (!/^(https?|wss?):\/\//.test(rpcUrl)) throw new CliError(`--rpc is '${rpcUrl}', which is not an http(s) or ws(s) URL`, 'Give the node\'s endpoint as the server will reach it, for example --rpc http://127.0.0.1:8545.', 2);
  await checkChain(rpcUrl, file.polity.chainId, io);
  const { dataDirBeside, startingServerConfig } = await import('../serve/starting-config.js');
  const config = startingServerConfig(file, path, rpcUrl);
  await writeJsonAtomically(path, config);
  const shown = shownPath(path, io);
  io.out(
    [
      `wrote ${shown}: the Polity server for "${file.name}" (chain ${file.polity.chainId}, registry ${file.polity.registry})`,
      `  chain     ${rpcUrl}${given === undefined || given === '' ? ' (the default: pass --rpc for another node)' : ''}`,
      `  listens   http://${config.host}:${config.port}`,
      `  database  embedded, in ${shownPath(join(dirname(path), dataDirBeside(path)), io)} (set DATABASE_URL to use a PostgreSQL server instead)`,
      `start it with: pnpm polity serve --config ${shown}`,
      '',
    ].join('\n'),
  );
}

/** A configuration naming another chain would index nothing: refuse it now. A node not reachable from here is only noted. */
async function checkChain(rpcUrl: string, chainId: number, io: CliIo): Promise<void> {
  if (!/^https?:/.test(rpcUrl)) return;
  let answered: number;
  try {
    const { request } = http(rpcUrl, { retryCount: 0, timeout: 5_000 })({});
    answered = Number(BigInt((await request({ method: 'eth_chainId' })) as string));
  } catch {
    io.err(`note: ${rpcUrl} did not answer from here; check that the server's machine can reach it\n`);
    return;
  }
  if (answered !== chainId) throw new CliError(`${rpcUrl} is chain ${answered}, but the polity lives on chain ${chainId}`, `Pass the --rpc of chain ${chainId}. Nothing was written.`);
}

function inCwd(path: string, io: CliIo): string {
  return isAbsolute(path) ? path : resolve(io.cwd, path);
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
