import { describe, expect, it } from 'vitest';
import { getSponsoredActions, getSponsorshipPolicy, parseSponsoredActions, parseSponsorshipPolicy, SponsorshipAnswerError } from './sponsorship';

const period = { start: '2026-12-01T00:00:00.000Z', end: '2026-12-31T00:00:00.000Z' };

const policyAnswer = {
  enabled: true,
  ready: true,
  unavailableReason: null,
  chainId: 31337,
  entryPoint: '0x4337084D9E255Ff0702461CF8895CE9E3b5Ff108',
  paymaster: '0x70997970c51812dc3a010c7d01b50e0d17dc79c8',
  accountFactory: null,
  contracts: [],
  dailyQuotaPerResident: 20,
  budgetWei: '1000000000000000000',
  periodDays: 30,
  period,
  budgetCommittedWei: '1250000000000000',
  budgetLeftWei: '998750000000000000',
  maxCostPerActionWei: null,
  validForSeconds: 600,
};

const paid = {
  id: 2,
  status: 'paid',
  account: '0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc',
  userOperationHash: `0x${'ab'.repeat(32)}`,
  targets: ['0x5fbdb2315678afecb367f032d93f642f64180aa3'],
  selectors: ['0x56781388'],
  maxCostWei: '2000000000000000',
  approvedAt: '2026-12-04T10:00:00.000Z',
  validUntil: '2026-12-04T10:10:00.000Z',
  transactionHash: `0x${'cd'.repeat(32)}`,
  gasUsed: '180000',
  paidWei: '1250000000000000',
};
const awaiting = { ...paid, id: 1, status: 'awaiting', transactionHash: null, gasUsed: null, paidWei: null };
const actionsAnswer = {
  actions: [paid, awaiting],
  nextCursor: '1',
  summary: { period, count: 2, maxCostWei: '4000000000000000', paidWei: '1250000000000000', settled: 1 },
};

describe('parseSponsorshipPolicy', () => {
  it('turns the amounts into bigints and the period into dates', () => {
    const policy = parseSponsorshipPolicy(policyAnswer);
    expect(policy.budgetWei).toBe(10n ** 18n);
    expect(policy.budgetLeftWei).toBe(998_750_000_000_000_000n);
    expect(policy.paymaster).toBe('0x70997970C51812dc3A010C7d01b50e0d17dc79C8');
    expect(policy.period.start.toISOString()).toBe(period.start);
    expect(policy.maxCostPerActionWei).toBeNull();
  });

  it('keeps the reason when sponsorship is unavailable', () => {
    const policy = parseSponsorshipPolicy({ ...policyAnswer, enabled: false, ready: false, paymaster: null, unavailableReason: 'sponsorship.enabled is false' });
    expect(policy.enabled).toBe(false);
    expect(policy.unavailableReason).toBe('sponsorship.enabled is false');
  });

  it('refuses an amount that is not a decimal string, naming the field', () => {
    expect(() => parseSponsorshipPolicy({ ...policyAnswer, budgetLeftWei: 12 })).toThrow(/budgetLeftWei is not a decimal whole number/);
    expect(() => parseSponsorshipPolicy({ ...policyAnswer, budgetWei: '-1' })).toThrow(SponsorshipAnswerError);
    expect(() => parseSponsorshipPolicy('enabled')).toThrow(/not a JSON object/);
  });
});

describe('parseSponsoredActions', () => {
  it('reads paid and awaiting actions with the summary', () => {
    const page = parseSponsoredActions(actionsAnswer);
    expect(page.actions).toHaveLength(2);
    expect(page.actions[0]).toMatchObject({ status: 'paid', gasUsed: 180_000n, paidWei: 1_250_000_000_000_000n, account: '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC' });
    expect(page.actions[0]!.targets).toEqual(['0x5FbDB2315678afecb367f032d93F642f64180aa3']);
    expect(page.actions[1]).toMatchObject({ status: 'awaiting', transactionHash: null, paidWei: null });
    expect(page.summary).toMatchObject({ count: 2, settled: 1, paidWei: 1_250_000_000_000_000n });
    expect(page.nextCursor).toBe('1');
  });

  it('refuses an unknown status or a malformed target', () => {
    expect(() => parseSponsoredActions({ ...actionsAnswer, actions: [{ ...paid, status: 'refunded' }] })).toThrow(/status "refunded"/);
    expect(() => parseSponsoredActions({ ...actionsAnswer, actions: [{ ...paid, targets: ['0x1234'] }] })).toThrow(/target 0.*not an address/);
    expect(() => parseSponsoredActions({ actions: [] })).toThrow(/summary is not a JSON object/);
  });
});

describe('fetching', () => {
  it('asks the server at serverUrl with the query and parses the answer', async () => {
    const asked: string[] = [];
    const fetcher = (async (url: string) => {
      asked.push(url);
      return Response.json(url.includes('policy') ? policyAnswer : actionsAnswer);
    }) as unknown as typeof fetch;
    await getSponsorshipPolicy('https://city.example', fetcher);
    const page = await getSponsoredActions('', { limit: 20 }, fetcher);
    expect(asked).toEqual(['https://city.example/sponsorship/policy', '/sponsorship/actions?limit=20']);
    expect(page.actions).toHaveLength(2);
  });

  it("passes on the server's refusal message", async () => {
    const fetcher = (async () => Response.json({ error: { code: 'bad_query', message: 'limit must be at most 200' } }, { status: 400 })) as unknown as typeof fetch;
    await expect(getSponsoredActions('', { limit: 500 }, fetcher)).rejects.toThrow(/HTTP 400\): limit must be at most 200/);
  });
});
