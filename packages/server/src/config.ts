/**
 * The server's configuration: one JSON file (`polity serve --config <file>`), checked at start-up so
 * that a mistake is reported with the field to fix before anything listens. Relative paths are read
 * from the file's own folder. `DATABASE_URL` (environment) moves storage to a PostgreSQL server.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { getAddress, isAddress, type Address } from 'viem';
import { z } from 'zod';
import type { PolityAddresses } from '@polity/sdk';

const address = z
  .string()
  .refine((value) => isAddress(value, { strict: false }), { message: 'is not an address (0x followed by 40 hexadecimal digits)' })
  .transform((value) => getAddress(value));

const wholeNumber = z.union([z.string().regex(/^\d+$/), z.number().int().nonnegative()]).transform((value) => BigInt(value));

const url = z.string().regex(/^(https?|wss?):\/\//, { message: 'must be an http(s) or ws(s) URL' });

export const serverConfigSchema = z.object({
  /** Port to listen on (0: any free port). */
  port: z.number().int().min(0).max(65535).default(8788),
  host: z.string().default('127.0.0.1'),
  chain: z.object({
    id: z.number().int().positive(),
    /** One or more RPC URLs: the later ones are used when the first refuses or is down. */
    rpcUrls: z.array(url).min(1, { message: 'needs at least one RPC URL' }),
  }),
  polity: z.object({
    registry: address,
    governor: address,
    timelock: address,
    rounds: address,
    results: address,
    escrow: address,
    /** Secret ballots (docs/secret-ballots.md): residents' identity registrations are sponsored when it is named. */
    identityGroups: address.optional(),
    secretBallots: address.optional(),
    deployedAtBlock: wholeNumber.optional(),
  }),
  database: z
    .object({
      /** Where the embedded database (PGlite) keeps its files. Ignored when DATABASE_URL is set. */
      dataDir: z.string().default('server-data'),
    })
    .default({ dataDir: 'server-data' }),
  content: z
    .object({
      maxTextBytes: z.number().int().positive().default(64 * 1024),
      maxImageBytes: z.number().int().positive().default(2 * 1024 * 1024),
      /** How old a signed publish request may be, in seconds (a clock a little ahead is allowed as much). */
      signatureMaxAgeSeconds: z.number().int().positive().default(300),
    })
    .default({ maxTextBytes: 64 * 1024, maxImageBytes: 2 * 1024 * 1024, signatureMaxAgeSeconds: 300 }),
  indexer: z
    .object({
      enabled: z.boolean().default(true),
      /** Blocks to stay behind the head, so that a short reorganisation rarely reaches the index. */
      confirmations: z.number().int().nonnegative().default(2),
      pollIntervalMs: z.number().int().positive().default(2000),
      /** Blocks per getLogs request to start with (halved when the RPC refuses a range). */
      pageSize: z.number().int().positive().default(5000),
    })
    .default({ enabled: true, confirmations: 2, pollIntervalMs: 2000, pageSize: 5000 }),
  sponsorship: z
    .object({
      enabled: z.boolean().default(false),
      /** The environment variable that holds the private key the server signs sponsorship approvals with. */
      signerKeyEnv: z.string().default('POLITY_SPONSOR_KEY'),
      /** The paymaster contract that accepts those approvals. */
      paymaster: address.optional(),
      /** Sponsored actions per resident per UTC day. */
      dailyQuotaPerResident: z.number().int().nonnegative().default(20),
      /** Approvals one resident may hold at a time that are neither used nor expired (anyone may ask in a resident's name). */
      maxPendingPerResident: z.number().int().positive().default(3),
      /** The most the city pays in a period, in wei of the chain's native currency. */
      budgetWei: wholeNumber.default(10n ** 18n),
      periodDays: z.number().int().positive().default(30),
      /** How long an approval stays valid, in seconds. */
      validForSeconds: z.number().int().positive().default(600),
      /** The factory residents' accounts are created by; an operation that deploys an account with any other is refused. */
      accountFactory: address.optional(),
      /** The paymaster's EIP-712 domain name and version (its constructor's `EIP712(name, version)`). */
      paymasterName: z.string().min(1).default('PolityPaymaster'),
      paymasterVersion: z.string().min(1).default('1'),
      /** The most one action may cost the city, in wei (its gas limits × maxFeePerGas); none when absent. */
      maxCostPerActionWei: wholeNumber.optional(),
      /** How many blocks back the first reconciliation after start-up looks for the paid operations. */
      reconcileLookbackBlocks: z.number().int().positive().default(50_000),
    })
    .default({
      enabled: false,
      signerKeyEnv: 'POLITY_SPONSOR_KEY',
      dailyQuotaPerResident: 20,
      maxPendingPerResident: 3,
      budgetWei: 10n ** 18n,
      periodDays: 30,
      validForSeconds: 600,
      paymasterName: 'PolityPaymaster',
      paymasterVersion: '1',
      reconcileLookbackBlocks: 50_000,
    }),
  /**
   * The secret-ballot relay (docs/secret-ballots.md): sends residents' secret ballots from the city's own
   * account, after checking them. It stores and logs nothing about who sent a ballot.
   */
  relay: z
    .object({
      enabled: z.boolean().default(false),
      /** The polity's `SecretBallots` contract. */
      secretBallots: address.optional(),
      /** The environment variable that holds the private key of the city's relay account (it pays the gas). */
      senderKeyEnv: z.string().default('POLITY_RELAY_KEY'),
      /** Ballots the relay sends per nullifier (one resident in one round) within `windowSeconds`. */
      maxBallotsPerNullifier: z.number().int().positive().default(5),
      windowSeconds: z.number().int().positive().default(3600),
    })
    .default({ enabled: false, senderKeyEnv: 'POLITY_RELAY_KEY', maxBallotsPerNullifier: 5, windowSeconds: 3600 }),
  /**
   * Keeping the secret-ballot groups in step with the registry (docs/secret-ballots.md; src/keeper/):
   * the server syncs revoked, expired, moved and lapsing residents' identity leaves by itself, sending
   * from the relay's account (`relay.senderKeyEnv`). On wherever that key is set and the polity has
   * identity groups (`polity.identityGroups`, or found through `polity.secretBallots`/`relay.secretBallots`).
   */
  identitySync: z
    .object({
      enabled: z.boolean().default(true),
      /** Seconds between checks of whether a leaf needs syncing (a few reads; the full sync only when one does). */
      intervalSeconds: z.number().int().positive().default(30),
    })
    .default({ enabled: true, intervalSeconds: 30 }),
  /**
   * The city's map data (GeoJSON files, WGS 84), served at `/map/districts.geojson` and
   * `/map/basemap.geojson` and named in the app's `/config.json`: district outlines, an offline basemap,
   * and optionally a tile server the city chose (nothing else is fetched by the map).
   */
  map: z
    .object({
      districts: z.string().optional(),
      basemap: z.string().optional(),
      tiles: z.object({ url: z.string().regex(/^https:\/\/.+\{z\}.+\{x\}.+\{y\}/, { message: 'must be an https URL with {z}, {x} and {y}' }), attribution: z.string().min(1) }).optional(),
    })
    .optional(),
  /** Origins allowed to call the API from a browser ("*": any). */
  corsOrigins: z.array(z.string()).default(['*']),
  /** Optionally serve the built web app and its `/config.json` from the same port. */
  app: z
    .object({
      /** The web app's static build (web/build). */
      root: z.string(),
      /** What `/config.json` answers (docs/web.md); the server adds `serverUrl` and `contentUrl`. */
      config: z.record(z.string(), z.unknown()),
    })
    .optional(),
});

export type ServerConfig = z.output<typeof serverConfigSchema>;
export type ServerConfigInput = z.input<typeof serverConfigSchema>;

export class ServerConfigError extends Error {
  override name = 'ServerConfigError';
}

/** Checks a configuration object; relative paths are taken from `baseDir`. */
export function parseServerConfig(raw: unknown, baseDir = process.cwd()): ServerConfig {
  const result = serverConfigSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(the file)'}: ${issue.message}`);
    throw new ServerConfigError(`the server configuration has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${problems.join('\n')}`);
  }
  const config = result.data;
  return {
    ...config,
    database: { dataDir: resolve(baseDir, config.database.dataDir) },
    app: config.app ? { ...config.app, root: resolve(baseDir, config.app.root) } : undefined,
    map: config.map && {
      ...config.map,
      districts: config.map.districts === undefined ? undefined : resolve(baseDir, config.map.districts),
      basemap: config.map.basemap === undefined ? undefined : resolve(baseDir, config.map.basemap),
    },
  };
}

/** Reads and checks a configuration file. */
export function loadServerConfig(file: string): ServerConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ServerConfigError(`cannot read the configuration file ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : (error as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ServerConfigError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  return parseServerConfig(raw, dirname(resolve(file)));
}

/** The polity's addresses as the SDK takes them. */
export function polityOf(config: ServerConfig): PolityAddresses {
  return { chainId: config.chain.id, ...config.polity };
}

export type { Address };
