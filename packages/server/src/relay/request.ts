/**
 * The body of `POST /relay/secret-ballot`: a ballot's content, its revision and its Semaphore proof,
 * exactly what `SecretBallots.castSecretBallot` takes. Nothing else: no account, no session.
 */
import { z } from '@hono/zod-openapi';

const field = (what: string) =>
  z
    .string()
    .regex(/^(0|[1-9][0-9]{0,77})$/, `must be ${what} as a decimal string`)
    .transform((value) => BigInt(value))
    .refine((value) => value < 2n ** 256n, `must be ${what} below 2^256`);

export const secretBallotRequestSchema = z
  .object({
    roundId: field('the round id').openapi({ type: 'string', example: '3' }),
    projects: z.array(z.number().int().min(0).max(255)).max(256).openapi({ description: 'project ids, ascending', example: [0, 4, 7] }),
    points: z.array(z.number().int().min(0).max(65535)).max(256).default([]).openapi({ description: 'points per project (cumulative rounds only; else empty)', example: [] }),
    revision: field('the ballot\'s revision (1 for the first ballot, then one more than the last counted)').openapi({ type: 'string', example: '1' }),
    proof: z
      .object({
        merkleTreeDepth: z.number().int().min(1).max(32),
        merkleTreeRoot: field('the group root'),
        nullifier: field('the nullifier'),
        message: field('the message'),
        scope: field('the scope'),
        points: z.array(field('a proof point')).length(8, 'must be the 8 packed Groth16 proof points'),
      })
      .openapi({ type: 'object', description: 'the Semaphore v4 proof as @semaphore-protocol/proof generateProof returns it (numbers as decimal strings)' }),
  })
  .openapi('SecretBallotRequest');

export type SecretBallotRequest = z.output<typeof secretBallotRequestSchema>;
