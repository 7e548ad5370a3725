import { access } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Command } from 'commander';
import { getAddress, type Address } from 'viem';
import { deployPolity, deployPolityFactory, type PolityConfig } from '@polity/sdk';
import { connect, type Connection } from '../chain/connection.js';
import { connectionOptions, positiveSeconds, wholeNumber, withConnectionOptions } from '../chain/options.js';
import { passFoundingVote } from '../council/founding.js';
import { fitPolityName, maxPolityNameBytes, polityNameBytes } from '../council/names.js';
import { parseAddress } from '../csv/values.js';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import { polityFolder, slug, writePolityFile } from '../polity-file.js';
import type { ConnectionOptions } from '../chain/connection.js';

interface DeployOptions extends ConnectionOptions {
  readonly name: string;
  readonly council?: string;
  readonly registrar?: string;
  readonly topics?: string[];
  readonly maxDepth: number;
  readonly votingDelay: number;
  readonly votingPeriod: number;
  readonly quorum: number;
  readonly lateQuorumExtension: number;
  readonly timelockDelay: number;
  readonly factory?: string;
  readonly out?: string;
  readonly force?: boolean;
  readonly councilOpensRounds?: boolean;
  readonly json?: boolean;
}

/** `polity deploy`: a complete polity in one transaction through the factory, its addresses in a file. */
export function registerDeploy(program: Command, io: CliIo): void {
  withConnectionOptions(
    program
      .command('deploy')
      .description('deploy a polity (registry, Governor, timelock, budget rounds, results, escrow, secret ballots) and write its addresses to .polity/<name>.json')
      .option('--name <name>', 'the polity\'s name (names its EIP-712 domain and its file)', 'Polity Demo')
      .option('--council <address>', 'the council: reviews projects, advances phases, proposes outcomes (default: the sender)')
      .option('--registrar <address>', 'the identity office that admits residents (default: the sender)')
      .option('--topics <names>', 'delegation topics besides "general", comma-separated', (text: string) => text.split(',').map((topic) => topic.trim()).filter((topic) => topic !== ''))
      .option('--max-depth <hops>', 'longest delegation chain, 1 to 8', wholeNumber('--max-depth', 1), 4)
      .option('--voting-delay <seconds>', 'from a proposal to its vote', wholeNumber('--voting-delay'), 86_400)
      .option('--voting-period <seconds>', 'how long a proposal\'s vote lasts', positiveSeconds('--voting-period'), 7 * 86_400)
      .option('--quorum <percent>', 'share of all residents that must vote for or abstain', wholeNumber('--quorum'), 10)
      .option('--late-quorum-extension <seconds>', 'voting time added when quorum is reached late', wholeNumber('--late-quorum-extension'), 2 * 86_400)
      .option('--timelock-delay <seconds>', 'from a passed proposal to its execution', wholeNumber('--timelock-delay'), 2 * 86_400)
      .option('--factory <address>', 'reuse the factory already deployed on this chain (default: deploy one)')
      .option('--council-opens-rounds', 'then pass the founding vote that lets the council open budget rounds (sender must be council and registrar)')
      .option('--out <file>', 'where to write the addresses (default: .polity/<name>.json)')
      .option('--force', 'overwrite an existing polity file')
      .option('--json', 'print the addresses as one JSON object'),
  ).action(async (options: DeployOptions) => {
    if (options.name.trim() === '') throw new CliError('--name is empty', 'Give the polity a name, for example --name "Stara Miłosna".', 2);
    if (polityNameBytes(options.name) > maxPolityNameBytes) {
      throw new CliError(`--name "${options.name}" is ${polityNameBytes(options.name)} bytes long; a polity's name is at most ${maxPolityNameBytes}`, `Its Governor is named "<name> Governor", an EIP-712 name of at most 31 bytes: try --name "${fitPolityName(options.name)}".`, 2);
    }
    if (options.quorum > 100) throw new CliError(`--quorum is ${options.quorum}, expected a percentage from 0 to 100`, undefined, 2);
    const path = options.out === undefined ? join(io.cwd, polityFolder, `${slug(options.name)}.json`) : join(io.cwd, options.out);
    const connection = await connect(connectionOptions(options), io);
    try {
      if (!connection.ephemeral && options.force !== true && (await exists(path))) {
        throw new CliError(`${relative(io.cwd, path)} exists already`, 'Pass --force to overwrite it, or --out <file> (or another --name) to keep both.', 2);
      }
      const sender = connection.account.address;
      const council = optionalAddress(options.council, '--council') ?? sender;
      const registrar = optionalAddress(options.registrar, '--registrar') ?? sender;
      if (options.councilOpensRounds === true && (council !== sender || registrar !== sender)) {
        throw new CliError('--council-opens-rounds needs the sender to be both council and registrar', 'Drop --council and --registrar, or pass the founding proposal through governance yourself.', 2);
      }
      const factory = getAddress(optionalAddress(options.factory, '--factory') ?? (await newFactory(connection, io)));
      const { polity } = await deployPolity(connection.client, { chainId: connection.chainId, factory, config: polityConfig(options, council, registrar) });
      // A polity on an anvil that stops with the command cannot be used again: no file for it.
      if (!connection.ephemeral) await writePolityFile(path, { name: options.name, polity, factory, genesis: connection.genesis });
      if (options.councilOpensRounds === true) await passFoundingVote(connection, polity, io);
      const file = connection.ephemeral ? undefined : relative(io.cwd, path);
      if (options.json === true) {
        io.out(`${JSON.stringify({ name: options.name, file, factory, council, registrar, ...polity, deployedAtBlock: polity.deployedAtBlock?.toString() }, null, 2)}\n`);
      } else {
        const rows = [['registry', polity.registry], ['governor', polity.governor], ['timelock', polity.timelock], ['rounds', polity.rounds], ['results', polity.results], ['escrow', polity.escrow], ...(polity.identityGroups ? [['groups', polity.identityGroups]] : []), ...(polity.secretBallots ? [['secret', polity.secretBallots]] : []), ['factory', factory]];
        io.out(
          [
            `deployed "${options.name}" on chain ${connection.chainId} at block ${polity.deployedAtBlock}`,
            ...rows.map(([label, address]) => `  ${label!.padEnd(9)}${address}`),
            `council ${council}, registrar ${registrar}`,
            file === undefined ? 'no polity file written: the local anvil stops with the command' : `wrote ${file}: pass --polity ${options.out === undefined ? slug(options.name) : file} to the other commands`,
            '',
          ].join('\n'),
        );
      }
      if (connection.ephemeral) io.err('note: this anvil stops with the command, and the polity with it; pass --rpc URL (or set POLITY_RPC_URL) to keep it\n');
    } finally {
      await connection.close();
    }
  });
}

async function newFactory(connection: Connection, io: CliIo): Promise<Address> {
  io.err('deploying the factory, its eight component deployers and the Semaphore verifier, and PoseidonT3 where the chain lacks it (once per chain; reuse it with --factory)\n');
  const { factory } = await deployPolityFactory(connection.client, { chainId: connection.chainId });
  return factory;
}

function polityConfig(options: DeployOptions, council: Address, registrar: Address): PolityConfig {
  return {
    name: options.name,
    maxDepth: BigInt(options.maxDepth),
    topics: options.topics ?? [],
    registrar,
    council,
    timelockDelay: BigInt(options.timelockDelay),
    governor: {
      votingDelay: options.votingDelay,
      votingPeriod: options.votingPeriod,
      proposalThreshold: 0n,
      quorumNumerator: BigInt(options.quorum),
      lateQuorumExtension: options.lateQuorumExtension,
      guardian: council,
    },
  };
}

function optionalAddress(text: string | undefined, flag: string): Address | undefined {
  if (text === undefined) return undefined;
  const parsed = parseAddress(text, flag);
  if (!parsed.ok) throw new CliError(parsed.reason, `Give ${flag} as 0x followed by 40 hexadecimal digits.`, 2);
  return parsed.value;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
