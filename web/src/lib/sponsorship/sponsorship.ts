/**
 * What the city pays for residents' transactions, as its Polity server reports it
 * (`GET /sponsorship/policy` and `GET /sponsorship/actions`, packages/server/src/sponsorship). The
 * server's word only: these are the city's own accounts of its spending, shown for transparency, not
 * something a resident's vote depends on. Amounts arrive as decimal strings of wei and become bigints.
 */
import { getAddress, isAddress, type Address, type Hex } from 'viem';

export interface SponsorshipPeriod {
  readonly start: Date;
  /** Exclusive. */
  readonly end: Date;
}

export interface SponsorshipPolicy {
  readonly enabled: boolean;
  /** Whether the server can approve anything now (enabled, paymaster and signing key set). */
  readonly ready: boolean;
  readonly unavailableReason: string | null;
  readonly chainId: number;
  readonly paymaster: Address | null;
  readonly dailyQuotaPerResident: number;
  readonly budgetWei: bigint;
  readonly periodDays: number;
  readonly period: SponsorshipPeriod;
  readonly budgetCommittedWei: bigint;
  readonly budgetLeftWei: bigint;
  readonly maxCostPerActionWei: bigint | null;
}

export type SponsoredActionStatus = 'paid' | 'lapsed' | 'awaiting';

export interface SponsoredAction {
  readonly id: number;
  readonly status: SponsoredActionStatus;
  readonly account: Address;
  readonly targets: readonly Address[];
  readonly selectors: readonly Hex[];
  readonly maxCostWei: bigint;
  readonly approvedAt: Date;
  readonly transactionHash: Hex | null;
  readonly gasUsed: bigint | null;
  readonly paidWei: bigint | null;
}

export interface SponsoredActionsPage {
  readonly actions: readonly SponsoredAction[];
  readonly nextCursor: string | null;
  readonly summary: {
    readonly period: SponsorshipPeriod;
    readonly count: number;
    readonly maxCostWei: bigint;
    readonly paidWei: bigint;
    /** How many of the period's actions were seen on chain. */
    readonly settled: number;
  };
}

/** The server answered something that is not what `/sponsorship/*` promises (or did not answer). */
export class SponsorshipAnswerError extends Error {
  override name = 'SponsorshipAnswerError';
}

type Json = Record<string, unknown>;

/** Reads one field of an answer, naming the field when it is wrong. */
class Reader {
  constructor(
    private readonly json: Json,
    private readonly where: string,
  ) {}

  static of(value: unknown, where: string): Reader {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new SponsorshipAnswerError(`${where} is not a JSON object`);
    return new Reader(value as Json, where);
  }

  private fail(field: string, expected: string): never {
    throw new SponsorshipAnswerError(`${this.where}: ${field} is not ${expected} (got ${JSON.stringify(this.json[field]) ?? 'nothing'})`);
  }

  boolean(field: string): boolean {
    const value = this.json[field];
    return typeof value === 'boolean' ? value : this.fail(field, 'true or false');
  }

  integer(field: string): number {
    const value = this.json[field];
    return Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : this.fail(field, 'a whole number');
  }

  string(field: string): string {
    const value = this.json[field];
    return typeof value === 'string' ? value : this.fail(field, 'a string');
  }

  nullableString(field: string): string | null {
    return this.json[field] === null || this.json[field] === undefined ? null : this.string(field);
  }

  /** A decimal string of a non-negative whole number (wei, gas). */
  amount(field: string): bigint {
    const value = this.json[field];
    return typeof value === 'string' && /^(0|[1-9][0-9]*)$/.test(value) ? BigInt(value) : this.fail(field, 'a decimal whole number');
  }

  nullableAmount(field: string): bigint | null {
    return this.json[field] === null || this.json[field] === undefined ? null : this.amount(field);
  }

  address(field: string): Address {
    const value = this.json[field];
    return typeof value === 'string' && isAddress(value, { strict: false }) ? getAddress(value) : this.fail(field, 'an address');
  }

  nullableAddress(field: string): Address | null {
    return this.json[field] === null || this.json[field] === undefined ? null : this.address(field);
  }

  hash(field: string): Hex | null {
    const value = this.json[field];
    if (value === null || value === undefined) return null;
    return typeof value === 'string' && /^0x[0-9a-fA-F]{64}$/.test(value) ? (value as Hex) : this.fail(field, 'a 32-byte hash');
  }

  date(field: string): Date {
    const value = this.json[field];
    const date = typeof value === 'string' ? new Date(value) : undefined;
    return date && !Number.isNaN(date.getTime()) ? date : this.fail(field, 'an ISO date and time');
  }

  list(field: string): unknown[] {
    const value = this.json[field];
    return Array.isArray(value) ? value : this.fail(field, 'a list');
  }

  object(field: string): Reader {
    return Reader.of(this.json[field], `${this.where}.${field}`);
  }
}

function parsePeriod(reader: Reader): SponsorshipPeriod {
  return { start: reader.date('start'), end: reader.date('end') };
}

/** Checks the answer of `GET /sponsorship/policy`. */
export function parseSponsorshipPolicy(raw: unknown): SponsorshipPolicy {
  const policy = Reader.of(raw, 'sponsorship policy');
  return {
    enabled: policy.boolean('enabled'),
    ready: policy.boolean('ready'),
    unavailableReason: policy.nullableString('unavailableReason'),
    chainId: policy.integer('chainId'),
    paymaster: policy.nullableAddress('paymaster'),
    dailyQuotaPerResident: policy.integer('dailyQuotaPerResident'),
    budgetWei: policy.amount('budgetWei'),
    periodDays: policy.integer('periodDays'),
    period: parsePeriod(policy.object('period')),
    budgetCommittedWei: policy.amount('budgetCommittedWei'),
    budgetLeftWei: policy.amount('budgetLeftWei'),
    maxCostPerActionWei: policy.nullableAmount('maxCostPerActionWei'),
  };
}

const statuses: readonly SponsoredActionStatus[] = ['paid', 'lapsed', 'awaiting'];

function parseAction(raw: unknown, index: number): SponsoredAction {
  const action = Reader.of(raw, `sponsored action ${index}`);
  const status = action.string('status');
  if (!statuses.includes(status as SponsoredActionStatus)) throw new SponsorshipAnswerError(`sponsored action ${index}: status "${status}" is not paid, lapsed or awaiting`);
  return {
    id: action.integer('id'),
    status: status as SponsoredActionStatus,
    account: action.address('account'),
    targets: action.list('targets').map((target, at) => Reader.of({ target }, `sponsored action ${index} target ${at}`).address('target')),
    selectors: action.list('selectors').map((selector) => {
      if (typeof selector !== 'string' || !/^0x[0-9a-fA-F]{8}$/.test(selector)) throw new SponsorshipAnswerError(`sponsored action ${index}: selector ${JSON.stringify(selector)} is not 4 bytes of hex`);
      return selector as Hex;
    }),
    maxCostWei: action.amount('maxCostWei'),
    approvedAt: action.date('approvedAt'),
    transactionHash: action.hash('transactionHash'),
    gasUsed: action.nullableAmount('gasUsed'),
    paidWei: action.nullableAmount('paidWei'),
  };
}

/** Checks the answer of `GET /sponsorship/actions`. */
export function parseSponsoredActions(raw: unknown): SponsoredActionsPage {
  const page = Reader.of(raw, 'sponsored actions');
  const summary = page.object('summary');
  return {
    actions: page.list('actions').map(parseAction),
    nextCursor: page.nullableString('nextCursor'),
    summary: {
      period: parsePeriod(summary.object('period')),
      count: summary.integer('count'),
      maxCostWei: summary.amount('maxCostWei'),
      paidWei: summary.amount('paidWei'),
      settled: summary.integer('settled'),
    },
  };
}

async function getJson(serverUrl: string, path: string, fetcher: typeof fetch): Promise<unknown> {
  let response: Response;
  try {
    response = await fetcher(`${serverUrl}${path}`, { headers: { accept: 'application/json' } });
  } catch (error) {
    throw new SponsorshipAnswerError(`The city's server did not answer ${path}: ${(error as Error).message}`, { cause: error });
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as { error?: { message?: unknown } } | undefined;
    const message = typeof body?.error?.message === 'string' ? `: ${body.error.message}` : '';
    throw new SponsorshipAnswerError(`The city's server refused ${path} (HTTP ${response.status})${message}`);
  }
  try {
    return await response.json();
  } catch (error) {
    throw new SponsorshipAnswerError(`The city's server answered ${path} with something that is not JSON`, { cause: error });
  }
}

/** The city's sponsorship policy; `serverUrl` is the config's ("" for the app's own origin). */
export async function getSponsorshipPolicy(serverUrl: string, fetcher: typeof fetch = fetch): Promise<SponsorshipPolicy> {
  return parseSponsorshipPolicy(await getJson(serverUrl, '/sponsorship/policy', fetcher));
}

/** One page of what the city paid for, newest first, with the period's summary. */
export async function getSponsoredActions(
  serverUrl: string,
  options: { account?: Address; limit?: number; cursor?: string } = {},
  fetcher: typeof fetch = fetch,
): Promise<SponsoredActionsPage> {
  const query = new URLSearchParams();
  if (options.account) query.set('account', options.account);
  if (options.limit !== undefined) query.set('limit', String(options.limit));
  if (options.cursor) query.set('cursor', options.cursor);
  const search = query.size > 0 ? `?${query}` : '';
  return parseSponsoredActions(await getJson(serverUrl, `/sponsorship/actions${search}`, fetcher));
}
