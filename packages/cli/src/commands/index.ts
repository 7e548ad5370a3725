import type { Command } from 'commander';
import type { CliIo } from '../io.js';

/** Adds one command (with its options and action) to the program. */
export type RegisterCommand = (program: Command, io: CliIo) => void;

/**
 * A `polity` command as the top-level help lists it, and how to load it. A command's module (and what it
 * imports: viem, the SDK, the server) is loaded only when that command runs or its own help is asked
 * for, so that `polity --help` and a `tally` start without the rest. `test/commands.test.ts` checks that
 * each entry's words are what its module registers.
 */
export interface CommandEntry {
  readonly name: string;
  /** How the help's command list shows it: name, `[options]`, arguments. */
  readonly term: string;
  readonly description: string;
  readonly load: () => Promise<RegisterCommand>;
}

/** Every `polity` command, one file each in this folder; add new ones here. */
export const commands: readonly CommandEntry[] = [
  {
    name: 'tally',
    term: 'tally [options] <file>',
    description: 'compute the outcome of a participatory-budgeting election from a pabulib .pb (or .pb.gz) file',
    load: async () => (await import('./tally.js')).registerTally,
  },
  {
    name: 'replay',
    term: 'replay [options] <file>',
    description: 'replay a pabulib election on-chain: deploy a polity, admit every voter, open the round, cast every ballot, finalise, and compare with the recorded outcome',
    load: async () => (await import('./replay.js')).registerReplay,
  },
  {
    name: 'deploy',
    term: 'deploy [options]',
    description: 'deploy a polity (registry, Governor, timelock, budget rounds, results, escrow, secret ballots) and write its addresses to .polity/<name>.json',
    load: async () => (await import('./deploy.js')).registerDeploy,
  },
  {
    name: 'admit',
    term: 'admit [options] <residents.csv>',
    description: "admit residents from a CSV file (address, credential, district, expires); credentials are hashed with the council's salt before anything is sent",
    load: async () => (await import('./admit.js')).registerAdmit,
  },
  {
    name: 'open-round',
    term: 'open-round [options] <projects.csv>',
    description: 'open a budget round and submit its projects from a CSV file (title, cost, category, location, description); only their content hashes go on-chain',
    load: async () => (await import('./open-round.js')).registerOpenRound,
  },
  {
    name: 'sync-identities',
    term: 'sync-identities [options]',
    description: "bring the secret-ballot identity groups in step with the registry: sync the leaves of residents revoked, expired or moved, or whose admission's expiry day has come, so that registrations and secret rounds can go on (the city's server does this by itself)",
    load: async () => (await import('./sync-identities.js')).registerSyncIdentities,
  },
  {
    name: 'finalise',
    term: 'finalise [options]',
    description: "finalise a round once voting has closed: count it on-chain (greedy), or propose the SDK's equal-shares outcome and make it final after its challenge window",
    load: async () => (await import('./finalise.js')).registerFinalise,
  },
  {
    name: 'export',
    term: 'export [options]',
    description: "export a round's ballots and result as a pabulib .pb file and CSV (ballots, results), read from the chain and checked against its ballot commitment",
    load: async () => (await import('./export.js')).registerExport,
  },
  {
    name: 'publish',
    term: 'publish [options] <texts.json...>',
    description: "publish on the city's Polity server the texts of earlier rounds (the files open-round and replay keep in .polity/), skipping those it holds already",
    load: async () => (await import('./publish.js')).registerPublish,
  },
  {
    name: 'serve',
    term: 'serve [options]',
    description: "run the city's Polity server (published texts, the index of the polity's events, sponsorship) until stopped; or, with --init, write its configuration from a polity file",
    load: async () => (await import('./serve.js')).registerServe,
  },
  {
    name: 'db',
    term: 'db',
    description: "the server's database",
    load: async () => (await import('./db.js')).registerDb,
  },
];

/**
 * The command `argv` runs, or whose help it asks for (`polity help <command>`): the one module to load.
 * The program has no options of its own, so the command is the first argument.
 */
export function invokedCommand(argv: readonly string[]): CommandEntry | undefined {
  const name = argv[0] === 'help' ? argv[1] : argv[0];
  return commands.find((entry) => entry.name === name);
}
