/**
 * Every error the API answers is JSON, `{ "error": { "code", "message" } }`, with a message that says
 * what to fix. Domain modules throw a {@link Problem}; anything else is a 500 whose details go to the
 * log, not to the caller.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from '@hono/zod-openapi';

export class Problem extends Error {
  override name = 'Problem';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const problemSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'content_too_large' }),
      message: z.string().openapi({ example: 'a text may be at most 65,536 bytes; this one is 70,001' }),
    }),
  })
  .openapi('Problem');

/** The OpenAPI description of an error answer. */
export function problemResponse(description: string) {
  return { description, content: { 'application/json': { schema: problemSchema } } } as const;
}

export function problemBody(code: string, message: string) {
  return { error: { code, message } };
}
