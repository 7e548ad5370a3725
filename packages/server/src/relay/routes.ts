/**
 * `POST /relay/secret-ballot`: the city's relay sends a resident's secret ballot from the city's own
 * account, so that the transaction's sender says nothing about who voted. It checks the ballot first
 * (check.ts) and answers the transaction's hash. It keeps nothing about the request: no IP address, no
 * session, no account, no log line (app.ts leaves /relay/ out of the request log); the only state is the
 * in-memory count of ballots sent per nullifier (rate-limit.ts), and the nullifier is public on chain.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { secretBallotKey } from '@polity/sdk';
import { createRouter } from '../app.js';
import type { ServerContext } from '../context.js';
import { checkSecretBallot, checkStillNewest, type RelayChain } from './check.js';
import { Problem, problemResponse } from '../http/problem.js';
import { RelayUnavailableError } from './errors.js';
import { nullifierRateLimiter } from './rate-limit.js';
import { secretBallotRequestSchema } from './request.js';

const receiptSchema = z
  .object({
    transactionHash: z.string().openapi({ description: 'the castSecretBallot transaction the city sent (not yet necessarily mined)' }),
    nullifier: z.string().openapi({ description: "the ballot's nullifier (decimal): its key on the audit trail" }),
    ballotKey: z.string().openapi({ description: 'the `voter` the round records the ballot under (SecretBallots.ballotKeyOf)' }),
  })
  .openapi('SecretBallotReceipt');

export interface RelayRoutesOptions {
  /** The chain reads and the sending: SecretBallots through the configured RPC and relay key (chain.ts). */
  readonly chain: RelayChain;
  readonly now?: () => number;
}

export function relayRoutes(context: ServerContext, options: RelayRoutesOptions) {
  const router = createRouter();
  const settings = context.config.relay;
  const limiter = nullifierRateLimiter({ maxBallots: settings.maxBallotsPerNullifier, windowMs: settings.windowSeconds * 1000, now: options.now });
  const { chain } = options;
  if (settings.enabled && !chain.ready) context.log.warn({ reason: chain.reason }, 'the secret-ballot relay cannot send anything');
  // One ballot at a time from the relay's account: its nonces stay in order, and the per-nullifier
  // count is checked and recorded with nothing in between.
  let queue: Promise<unknown> = Promise.resolve();

  router.openapi(
    createRoute({
      method: 'post',
      path: '/relay/secret-ballot',
      tags: ['relay'],
      summary: "Sends a resident's secret ballot from the city's relay account",
      description:
        "Checks the ballot (the proof's scope is the round's, its message the ballot's content and revision, the proof verifies, its root is the group the chain fixed for the round, its revision is newer than the counted one, and its nullifier has sends left) and sends SecretBallots.castSecretBallot from the city's relay account. Nothing about the request is stored or logged: no IP address, session or account (docs/secret-ballots.md).",
      request: { body: { required: true, content: { 'application/json': { schema: secretBallotRequestSchema } } } },
      responses: {
        200: { description: 'sent: the transaction hash', content: { 'application/json': { schema: receiptSchema } } },
        400: problemResponse('the body is not a secret ballot'),
        409: problemResponse('the ballot does not fit the chain now: another group root (wrong_root), the group not fixed yet (group_not_fixed), a later revision already counted (stale_revision), or the contract refused it (refused_on_chain)'),
        422: problemResponse('the proof is not for this round (wrong_scope), not for this content (wrong_message), or does not verify (invalid_proof)'),
        429: problemResponse('this nullifier sent as many ballots as the relay allows in its window (too_many_ballots)'),
        503: problemResponse('the relay is off or not configured, or the chain cannot be read now'),
      },
    }),
    async (c) => {
      if (!settings.enabled) throw new RelayUnavailableError("this city's server does not relay secret ballots: relay.enabled is false in its configuration (the city's IT staff can turn it on)");
      if (!chain.ready) throw new RelayUnavailableError(chain.reason);
      const request = c.req.valid('json');
      const limit = { maxBallots: settings.maxBallotsPerNullifier, windowSeconds: settings.windowSeconds };
      const checks = { chainId: context.config.chain.id, rounds: context.polity.rounds, chain, limiter, limit };
      await checkSecretBallot(request, checks).catch(unavailableUnlessProblem);
      const sent = queue.then(async () => {
        // Checked again in turn: a ballot queued behind another of the same nullifier sees it counted.
        await checkStillNewest(request, checks);
        const transactionHash = await chain.send(request).catch(unavailableUnlessProblem);
        limiter.record(request.proof.nullifier);
        return transactionHash;
      });
      queue = sent.catch(() => undefined);
      const transactionHash = await sent.catch(unavailableUnlessProblem);
      return c.json({ transactionHash, nullifier: request.proof.nullifier.toString(), ballotKey: secretBallotKey(request.proof.nullifier) }, 200);
    },
  );
  return router;
}

/**
 * A failure that is not a refusal of the ballot (the node down, a timeout) answers 503 without being
 * logged: its details would carry the ballot's nullifier, and a log line's time is what could be
 * matched with a reverse proxy's log of IP addresses.
 */
function unavailableUnlessProblem(error: unknown): never {
  if (error instanceof Problem) throw error;
  throw new RelayUnavailableError('the relay cannot reach the chain now, so the ballot was not sent: try again in a minute');
}
