/**
 * `/sponsorship`: the city's policy for paying residents' transactions (ERC-4337 user operations sent
 * through the v0.8 EntryPoint with the city's paymaster), the approvals the paymaster checks, and what
 * the city paid for. Amounts are decimal strings of wei.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { getAddress, isAddress } from 'viem';
import { entryPoint08Address } from 'viem/account-abstraction';
import { createRouter } from '../app.js';
import type { ServerContext } from '../context.js';
import { problemResponse } from '../http/problem.js';
import { committedInPeriod, hasLapsed, listActions, summarisePeriod, type SponsoredActionRow } from './ledger.js';
import { budgetPeriodOf, type Period } from './period.js';
import { sponsoredComponents } from './policy.js';
import { createReconciler, type LapseWindow, type ReconcilerOptions } from './reconcile.js';
import { createSponsor, type SponsorOptions } from './sponsor.js';
import { userOperationRequestSchema } from './user-operation.js';

const wei = z.string().openapi({ description: 'wei, as a decimal string', example: '1250000000000000' });
const addressSchema = z.string().openapi({ example: '0x4337084D9E255Ff0702461CF8895CE9E3b5Ff108' });
const hash = z.string().openapi({ example: '0x8d2c7e3bb0b6ba5c2a9b58d0b93c1de7c2b6b0a8a3f7e1c5f6c0d9e2a4b1c3d5' });
const periodSchema = z.object({ start: z.string().openapi({ format: 'date-time' }), end: z.string().openapi({ format: 'date-time', description: 'exclusive' }) }).openapi('SponsorshipPeriod');

const approvalSchema = z
  .object({
    paymaster: addressSchema,
    paymasterVerificationGasLimit: z.string().openapi({ description: 'decimal, as requested' }),
    paymasterPostOpGasLimit: z.string().openapi({ description: 'decimal, as requested' }),
    paymasterData: z.string().openapi({ description: 'validAfter (6 bytes) ‖ validUntil (6 bytes) ‖ the signer\'s 65-byte signature of the UserOperationRequest typed data' }),
    validAfter: z.number().int().openapi({ description: 'seconds since 1970 (0: at once)' }),
    validUntil: z.number().int().openapi({ description: 'seconds since 1970' }),
    userOperationHash: hash.openapi({ description: 'the v0.8 EntryPoint hash of the operation sent with these paymaster fields' }),
    maxCostWei: wei,
    remainingToday: z.number().int().openapi({ description: "sponsored actions the resident has left today (UTC)" }),
  })
  .openapi('SponsorshipApproval');

const policySchema = z
  .object({
    enabled: z.boolean(),
    /** Whether approvals can be signed now (enabled, paymaster and key set). */
    ready: z.boolean(),
    unavailableReason: z.string().nullable(),
    chainId: z.number().int(),
    entryPoint: addressSchema,
    paymaster: addressSchema.nullable(),
    accountFactory: addressSchema.nullable(),
    contracts: z.array(z.object({ component: z.string(), address: addressSchema })).openapi({ description: 'the contracts whose calls the city pays for' }),
    dailyQuotaPerResident: z.number().int(),
    budgetWei: wei,
    periodDays: z.number().int(),
    period: periodSchema,
    budgetCommittedWei: wei.openapi({ description: "this period's actions: what was paid, or the most that can be for those not seen on chain yet (lapsed ones count nothing)" }),
    budgetLeftWei: wei,
    maxCostPerActionWei: wei.nullable(),
    validForSeconds: z.number().int(),
  })
  .openapi('SponsorshipPolicy');

const actionSchema = z
  .object({
    id: z.number().int(),
    status: z.enum(['awaiting', 'paid', 'lapsed']).openapi({
      description: 'paid: seen on chain; lapsed: expired unused (costs nothing); awaiting: not seen on chain yet',
    }),
    account: addressSchema,
    userOperationHash: hash,
    targets: z.array(addressSchema),
    selectors: z.array(z.string()),
    maxCostWei: wei,
    approvedAt: z.string().openapi({ format: 'date-time' }),
    validUntil: z.string().openapi({ format: 'date-time' }),
    transactionHash: hash.nullable().openapi({ description: 'once the operation is seen on chain' }),
    gasUsed: z.string().nullable(),
    paidWei: wei.nullable(),
  })
  .openapi('SponsoredAction');

const actionsSchema = z
  .object({
    actions: z.array(actionSchema),
    nextCursor: z.string().nullable().openapi({ description: 'pass as `cursor` for older actions; null on the last page' }),
    summary: z
      .object({
        period: periodSchema,
        count: z.number().int(),
        maxCostWei: wei,
        paidWei: wei.openapi({ description: 'paid for the actions seen on chain so far' }),
        settled: z.number().int().openapi({ description: 'how many of the period\'s actions were seen on chain' }),
      })
      .openapi({ description: "this period's actions (the account's, when one is given)" }),
  })
  .openapi('SponsoredActions');

const actionsQuery = z.object({
  account: z
    .string()
    .refine((value) => isAddress(value, { strict: false }), { message: 'is not an address (0x followed by 40 hexadecimal digits)' })
    .transform((value) => getAddress(value))
    .optional()
    .openapi({ param: { name: 'account', in: 'query' }, example: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8' }),
  limit: z.coerce.number().int().min(1).max(200).default(50).openapi({ param: { name: 'limit', in: 'query' }, example: 50 }),
  cursor: z
    .string()
    .regex(/^[1-9][0-9]{0,15}$/, { message: 'is not a cursor: pass the nextCursor of the previous page' })
    .transform(Number)
    .optional()
    .openapi({ param: { name: 'cursor', in: 'query' } }),
});

const json = <schema extends z.ZodType>(description: string, schema: schema) => ({ description, content: { 'application/json': { schema } } });

const isoPeriod = (period: Period) => ({ start: period.start.toISOString(), end: period.end.toISOString() });

function actionOf(row: SponsoredActionRow, lapse: LapseWindow | undefined) {
  return {
    id: row.id,
    status: row.transactionHash !== null ? ('paid' as const) : hasLapsed(row, lapse) ? ('lapsed' as const) : ('awaiting' as const),
    account: row.account,
    userOperationHash: row.userOperationHash,
    targets: row.targets,
    selectors: row.selectors,
    maxCostWei: row.maxCostWei,
    approvedAt: row.approvedAt.toISOString(),
    validUntil: row.validUntil.toISOString(),
    transactionHash: row.transactionHash,
    gasUsed: row.gasUsed,
    paidWei: row.paidWei,
  };
}

export function sponsorshipRoutes(context: ServerContext, options: SponsorOptions & { reconcile?: ReconcilerOptions } = {}) {
  const router = createRouter();
  const settings = context.config.sponsorship;
  const now = options.now ?? (() => new Date());
  const reconciler = createReconciler(context, options.reconcile);
  const sponsor = createSponsor(context, {
    lapse: () => reconciler.lapse(),
    refreshLapse: async () => {
      await reconciler.catchUp();
      return reconciler.lapse();
    },
    ...options,
  });
  if (settings.enabled && !sponsor.signer.ready) context.log.warn({ reason: sponsor.signer.reason }, 'sponsorship cannot approve anything');

  router.openapi(
    createRoute({
      method: 'post',
      path: '/sponsorship/approve',
      tags: ['sponsorship'],
      summary: "Asks the city to pay for a resident's user operation",
      description:
        "Checks the city's policy (the sender is a resident now; every call goes to the polity's registry, governor, rounds, results or escrow and moves no money; the resident's daily quota; the period's budget) and answers the paymaster fields to put in the operation. The approval is recorded and counts against the quota and the budget.",
      request: { body: { required: true, content: { 'application/json': { schema: userOperationRequestSchema } } } },
      responses: {
        200: json('the city pays: put these fields in the user operation, then sign it', approvalSchema),
        400: problemResponse('the body is not a user operation, or its callData cannot be read as ERC-7821 execute'),
        403: problemResponse(
          'the policy does not cover this operation (not a resident, not a plain batch, a foreign contract, a call with value, another account factory, dearer than the per-action ceiling)',
        ),
        429: problemResponse("the resident's daily quota or the period's budget is used up, or the resident holds as many unused, unexpired approvals as the city gives at a time (too_many_pending_approvals)"),
        503: problemResponse('sponsorship is off or not configured, or the chain cannot be read now'),
      },
    }),
    async (c) => {
      // Approvals keep the reconciliation going (in the background), so that lapsed ones are freed.
      if (sponsor.signer.ready) void reconciler.catchUp();
      const decision = await sponsor.approve(c.req.valid('json'));
      return c.json(
        {
          paymaster: decision.paymaster,
          paymasterVerificationGasLimit: decision.paymasterVerificationGasLimit.toString(),
          paymasterPostOpGasLimit: decision.paymasterPostOpGasLimit.toString(),
          paymasterData: decision.paymasterData,
          validAfter: decision.validAfter,
          validUntil: decision.validUntil,
          userOperationHash: decision.userOperationHash,
          maxCostWei: decision.maxCostWei.toString(),
          remainingToday: decision.remainingToday,
        },
        200,
      );
    },
  );

  router.openapi(
    createRoute({
      method: 'get',
      path: '/sponsorship/policy',
      tags: ['sponsorship'],
      summary: 'What the city pays for, and what is left of its budget this period',
      responses: { 200: json('the policy', policySchema) },
    }),
    async (c) => {
      await reconciler.catchUp();
      const period = budgetPeriodOf(now(), settings.periodDays);
      const committed = await committedInPeriod(context.db, period, reconciler.lapse());
      const left = settings.budgetWei - committed;
      return c.json(
        {
          enabled: settings.enabled,
          ready: sponsor.signer.ready,
          unavailableReason: sponsor.signer.ready ? null : sponsor.signer.reason,
          chainId: context.config.chain.id,
          entryPoint: entryPoint08Address,
          paymaster: settings.paymaster ?? null,
          accountFactory: settings.accountFactory ?? null,
          contracts: sponsoredComponents.flatMap((component) => (context.polity[component] ? [{ component, address: context.polity[component] }] : [])),
          dailyQuotaPerResident: settings.dailyQuotaPerResident,
          budgetWei: settings.budgetWei.toString(),
          periodDays: settings.periodDays,
          period: isoPeriod(period),
          budgetCommittedWei: committed.toString(),
          budgetLeftWei: (left > 0n ? left : 0n).toString(),
          maxCostPerActionWei: settings.maxCostPerActionWei?.toString() ?? null,
          validForSeconds: settings.validForSeconds,
        },
        200,
      );
    },
  );

  router.openapi(
    createRoute({
      method: 'get',
      path: '/sponsorship/actions',
      tags: ['sponsorship'],
      summary: 'What the city paid for, newest first, with a summary of the period',
      request: { query: actionsQuery },
      responses: { 200: json('a page of sponsored actions', actionsSchema), 400: problemResponse('a query parameter is not valid') },
    }),
    async (c) => {
      const query = c.req.valid('query');
      await reconciler.catchUp();
      const period = budgetPeriodOf(now(), settings.periodDays);
      const [page, summary] = await Promise.all([listActions(context.db, query), summarisePeriod(context.db, period, query.account)]);
      return c.json(
        {
          actions: page.actions.map((row) => actionOf(row, reconciler.lapse())),
          nextCursor: page.nextCursor ?? null,
          summary: {
            period: isoPeriod(period),
            count: summary.count,
            maxCostWei: summary.maxCostWei.toString(),
            paidWei: summary.paidWei.toString(),
            settled: summary.settled,
          },
        },
        200,
      );
    },
  );

  return router;
}
