import { Problem } from '../http/problem.js';

/**
 * Reads a request body of at most `limit` bytes. A declared length over the limit is refused before
 * anything is read; a body sent without one (chunked) is read only until it passes the limit. Either
 * way no more than `limit` bytes are ever held.
 */
export async function readBodyWithin(request: Request, limit: number, what: string): Promise<Uint8Array> {
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) > limit) {
    throw tooLarge(what, limit, `this one is ${Number(declared).toLocaleString('en')}`);
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(what, limit, 'this one is larger');
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

function tooLarge(what: string, limit: number, actual: string): Problem {
  return new Problem(413, 'content_too_large', `${what} may be at most ${limit.toLocaleString('en')} bytes; ${actual}: make it smaller`);
}
