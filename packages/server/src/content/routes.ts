/**
 * The content service: `POST /content` publishes a signed text or image, `POST /content/referenced` one
 * whose hash the chain or a published text already names (references.ts), `GET /content/{hash}` serves
 * it (immutable: the hash is of the bytes), `GET /content/{hash}/meta` says who published it when.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Address, Hex } from 'viem';
import { publicationHeaders, referenceHeaders } from '@polity/sdk';
import { createRouter } from '../app.js';
import type { ServerContext } from '../context.js';
import { Problem, problemResponse } from '../http/problem.js';
import { acceptedTypes } from './media.js';
import { publish } from './publish.js';
import { publishReferenced } from './publish-referenced.js';
import { referencedEvents, type ContentReference } from './references.js';
import { whoMayPublish } from './publishers.js';
import { findContent, findContentMeta } from './store.js';
import { namesOriginal } from './translation.js';
import { translationsOf } from './translations-store.js';
import { whoMayTranslate } from './translators.js';

const missing = (what: string) => (issue: { input?: unknown }) => (issue.input === undefined ? `is missing: ${what}` : `is not valid: ${what}`);

const publishHeaders = z.object({
  'content-type': z.string({ error: missing('declare the type of the body (text/markdown, text/plain, image/png, image/jpeg or image/webp)') }).openapi({ example: 'text/markdown; charset=utf-8' }),
  [publicationHeaders.publisher]: z
    .string({ error: missing('the address of the publishing account') })
    .regex(/^0x[0-9a-fA-F]{40}$/, 'must be the address of the publishing account (0x followed by 40 hexadecimal digits)')
    .openapi({ description: 'The publishing account (it signs the request)', example: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8' }),
  [publicationHeaders.signedAt]: z
    .string({ error: missing('when the request was signed, in whole seconds since 1970') })
    .regex(/^\d{1,12}$/, 'must be when the request was signed, in whole seconds since 1970 (e.g. 1767225600)')
    .openapi({ description: 'When the request was signed (unix seconds): it must be within the signature age the server allows', example: '1767225600' }),
  [publicationHeaders.signature]: z
    .string({ error: missing('the EIP-712 signature of Publication { contentHash, publisher, signedAt } as 0x-prefixed hex') })
    .regex(/^0x([0-9a-fA-F]{2}){1,16384}$/, 'must be the EIP-712 signature of Publication { contentHash, publisher, signedAt } as 0x-prefixed hex')
    .openapi({ description: "EIP-712 signature of Publication { bytes32 contentHash; address publisher; uint64 signedAt } in the domain { name: 'Polity content', version: '1', chainId, verifyingContract: registry } (@polity/sdk publicationTypedData). An account's ECDSA signature, an ERC-1271 smart account's, or an ERC-6492 signature of one not deployed yet" }),
  [publicationHeaders.contentHash]: z
    .string()
    .regex(/^0x[0-9a-fA-F]{64}$/, 'must be the signed content hash: keccak256 of the body, 0x followed by 64 hexadecimal digits')
    .optional()
    .openapi({ description: 'The content hash that was signed. Optional; when given, a body that does not hash to it is refused as hash_mismatch instead of as a bad signature' }),
});

const hash32 = (what: string) => z.string().regex(/^0x[0-9a-fA-F]{64}$/, `must be ${what}: 0x followed by 64 hexadecimal digits`);

const referenceHeadersSchema = z
  .object({
    'content-type': publishHeaders.shape['content-type'],
    [referenceHeaders.transaction]: hash32('the hash of the mined transaction that put the content\'s hash on chain')
      .optional()
      .openapi({ description: `A mined transaction whose ${referencedEvents} names keccak256 of the body; that event's account becomes the publisher` }),
    [referenceHeaders.text]: hash32('the content hash of a text published here that links this content')
      .optional()
      .openapi({ description: 'A text published here whose bytes name keccak256 of the body (a project description\'s photo); its publisher becomes this one\'s' }),
  })
  .refine((headers) => (headers[referenceHeaders.transaction] === undefined) !== (headers[referenceHeaders.text] === undefined), {
    message: `send exactly one of ${referenceHeaders.transaction} (the transaction that put the hash on chain) and ${referenceHeaders.text} (a published text that links it)`,
  });

const hashParams = z.object({
  hash: z
    .string()
    .regex(/^0x[0-9a-fA-F]{64}$/, 'must be a content hash: 0x followed by 64 hexadecimal digits (keccak256 of the content)')
    .openapi({ param: { name: 'hash', in: 'path' }, example: '0x8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b' }),
});

const publishedSchema = z
  .object({
    hash: z.string().openapi({ description: 'keccak256 of the bytes: the hash to put on chain' }),
    mediaType: z.string().openapi({ example: 'text/markdown; charset=utf-8' }),
    size: z.number().int().openapi({ description: 'bytes' }),
  })
  .openapi('Published');

const metaSchema = z
  .object({
    hash: z.string(),
    mediaType: z.string(),
    size: z.number().int(),
    publisher: z.string().openapi({ description: 'the account whose request published it first' }),
    publishedAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('ContentMeta');

const binary = z.string().openapi({ format: 'binary' });
const contentTypes = {
  'text/markdown': { schema: z.string() },
  'text/plain': { schema: z.string() },
  'image/png': { schema: binary },
  'image/jpeg': { schema: binary },
  'image/webp': { schema: binary },
} as const;

const immutable = 'public, max-age=31536000, immutable';

const contentHeaders = {
  'cache-control': { schema: { type: 'string', example: immutable } },
  etag: { schema: { type: 'string', example: '"0x8a35…"' }, description: 'the content hash, quoted' },
  'content-length': { schema: { type: 'integer' } },
} as const;

export function contentRoutes(context: ServerContext) {
  const router = createRouter();
  const translationsSchema = z
    .object({
      original: z.string().openapi({ description: 'the original: a content hash (or a proposal description\'s keccak256), or "names"' }),
      translations: z.array(
        z.object({
          language: z.string().openapi({ example: 'pl' }),
          hash: z.string().openapi({ description: 'the translation\'s own content hash: read it with GET /content/{hash} and check it (it declares translation-of and language in its settings)' }),
          publisher: z.string(),
          publishedAt: z.string().openapi({ format: 'date-time' }),
        }),
      ),
    })
    .openapi('Translations');
  const translationsAnswer = async (original: string) => ({
    original,
    translations: (await translationsOf(context.db, original)).map((entry) => ({ ...entry, publishedAt: entry.publishedAt.toISOString() })),
  });
  const limits = context.config.content;
  const notFound = (hash: string) => new Problem(404, 'content_not_found', `nothing was published under ${hash} on this server: check the hash, or publish the content first (POST /content)`);

  router.openapi(
    createRoute({
      method: 'post',
      path: '/content',
      tags: ['content'],
      summary: 'Publish a text or an image, signed by its publisher',
      description: `The body is the content itself: ${acceptedTypes(limits)}. An image's type is read from its bytes. It is stored under keccak256 of the bytes, the hash the chain stores. Who may publish: ${whoMayPublish}. Publishing the same bytes again answers 200 with the same hash.`,
      request: { headers: publishHeaders, body: { required: true, content: contentTypes } },
      responses: {
        200: { description: 'already published (the same bytes): the same hash', content: { 'application/json': { schema: publishedSchema } } },
        201: { description: 'published', content: { 'application/json': { schema: publishedSchema } } },
        400: problemResponse('a header is missing or malformed (invalid_request), the body is empty (empty_content), a text is not UTF-8 (invalid_utf8), or the body does not hash to the signed content hash (hash_mismatch)'),
        401: problemResponse('signed too long ago or too far in the future (stale_signature), or the signature is not the publisher\'s over this content (invalid_signature)'),
        403: problemResponse('the publisher may not publish here (not_allowed)'),
        409: problemResponse('this signature was used before (replayed)'),
        413: problemResponse('the body is over the limit for its kind (content_too_large)'),
        415: problemResponse('neither a UTF-8 text nor a PNG, JPEG or WebP image (unsupported_media_type)'),
        503: problemResponse("the polity's chain did not answer while checking the signature or the publisher's roles (chain_unavailable); nothing was stored"),
      },
    }),
    async (c) => {
      const headers = c.req.valid('header');
      const { created, meta } = await publish(context, {
        declaredType: headers['content-type'],
        publisher: headers[publicationHeaders.publisher] as Address,
        signedAt: BigInt(headers[publicationHeaders.signedAt]),
        signature: headers[publicationHeaders.signature] as Hex,
        claimedHash: headers[publicationHeaders.contentHash] as Hex | undefined,
        request: c.req.raw,
      });
      const body = { hash: meta.hash, mediaType: meta.mediaType, size: meta.size };
      return created ? c.json(body, 201) : c.json(body, 200);
    },
  );

  router.openapi(
    createRoute({
      method: 'post',
      path: '/content/referenced',
      tags: ['content'],
      summary: 'Publish a text or an image whose hash the chain or a published text already names (no signature)',
      description: `For residents who confirm one action once: a project submitted with a description hash on chain is the author's word on those bytes. The body is the content itself (${acceptedTypes(limits)}), stored under keccak256 of its bytes only if ${referenceHeaders.transaction} names a mined transaction whose ${referencedEvents} carries that hash, or ${referenceHeaders.text} names a text published here that contains it (a description's photos, sent after the description). The publisher recorded is the event's account, or the text's publisher. Nothing unreferenced is stored. Publishing the same bytes again answers 200.`,
      request: { headers: referenceHeadersSchema, body: { required: true, content: contentTypes } },
      responses: {
        200: { description: 'already published (the same bytes): the same hash', content: { 'application/json': { schema: publishedSchema } } },
        201: { description: 'published', content: { 'application/json': { schema: publishedSchema } } },
        400: problemResponse('a header is missing or malformed, or both references were sent (invalid_request), the body is empty (empty_content), or a text is not UTF-8 (invalid_utf8)'),
        404: problemResponse('the transaction is not mined (yet) (transaction_not_found), or the naming text is not published here (content_not_found)'),
        413: problemResponse('the body is over the limit for its kind (content_too_large)'),
        415: problemResponse('neither a UTF-8 text nor a PNG, JPEG or WebP image (unsupported_media_type)'),
        422: problemResponse("the reference does not name the body's hash (not_referenced); nothing was stored"),
        503: problemResponse("the polity's chain did not answer while reading the transaction (chain_unavailable); nothing was stored"),
      },
    }),
    async (c) => {
      const headers = c.req.valid('header');
      const transaction = headers[referenceHeaders.transaction];
      const reference: ContentReference = transaction ? { transaction: transaction.toLowerCase() as Hex } : { text: headers[referenceHeaders.text]!.toLowerCase() as Hex };
      const { created, meta } = await publishReferenced(context, { declaredType: headers['content-type'], reference, request: c.req.raw });
      const body = { hash: meta.hash, mediaType: meta.mediaType, size: meta.size };
      return created ? c.json(body, 201) : c.json(body, 200);
    },
  );

  router.openapi(
    createRoute({
      method: 'get',
      path: '/content/{hash}',
      tags: ['content'],
      summary: 'The bytes published under a content hash (HEAD: only the headers)',
      description: 'Public. Immutable: the bytes always hash to the hash in the path, so they may be cached forever. Readers should check that themselves (@polity/sdk readContent does).',
      request: { params: hashParams },
      responses: {
        200: { description: 'the content, with its media type', headers: contentHeaders, content: contentTypes },
        304: { description: 'not modified (If-None-Match carried the ETag)' },
        400: problemResponse('the path does not hold a content hash (invalid_request)'),
        404: problemResponse('nothing was published under this hash (content_not_found)'),
      },
    }),
    async (c) => {
      const hash = c.req.valid('param').hash.toLowerCase() as Hex;
      const etag = `"${hash}"`;
      const cacheHeaders = { 'cache-control': immutable, etag };
      if (c.req.method === 'GET' && ifNoneMatch(c.req.header('if-none-match'), etag)) {
        const meta = await findContentMeta(context.db, hash);
        if (meta) return c.body(null, 304, cacheHeaders);
      }
      const content = await findContent(context.db, hash);
      if (!content) throw notFound(hash);
      return c.body(content.bytes as Uint8Array<ArrayBuffer>, 200, {
        ...cacheHeaders,
        'content-type': content.mediaType,
        'content-length': String(content.size),
        // Served as exactly what it is, and never run as a page.
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
      });
    },
  );

  router.openAPIRegistry.registerPath({
    method: 'head',
    path: '/content/{hash}',
    tags: ['content'],
    summary: 'The headers GET /content/{hash} would answer (type, length, ETag), without the bytes',
    request: { params: hashParams },
    responses: {
      200: { description: 'published', headers: { ...contentHeaders, 'content-type': { schema: { type: 'string' } } } },
      400: { description: 'the path does not hold a content hash' },
      404: { description: 'nothing was published under this hash' },
    },
  });

  router.openapi(
    createRoute({
      method: 'get',
      path: '/content/{hash}/meta',
      tags: ['content'],
      summary: 'What was published under a content hash: type, size, publisher, time',
      request: { params: hashParams },
      responses: {
        200: { description: 'published', content: { 'application/json': { schema: metaSchema } } },
        400: problemResponse('the path does not hold a content hash (invalid_request)'),
        404: problemResponse('nothing was published under this hash (content_not_found)'),
      },
    }),
    async (c) => {
      const hash = c.req.valid('param').hash.toLowerCase() as Hex;
      const meta = await findContentMeta(context.db, hash);
      if (!meta) throw notFound(hash);
      return c.json({ hash: meta.hash, mediaType: meta.mediaType, size: meta.size, publisher: meta.publisher, publishedAt: meta.publishedAt.toISOString() }, 200);
    },
  );

  router.openapi(
    createRoute({
      method: 'get',
      path: '/content/{hash}/translations',
      tags: ['content'],
      summary: 'The translations of a text or a proposal description: the newest one per language',
      description: `Public. A translation is a text published with POST /content whose settings block says "translation-of: <original hash>" and "language: <tag>"; who may publish one: ${whoMayTranslate}. The original keeps its hash (the one the chain references). The list may change as translations are added, so it is not cached for long; each translation's bytes are immutable under their own hash. An original with no translation answers an empty list.`,
      request: { params: hashParams },
      responses: {
        200: { description: 'the newest translation per language (possibly none)', content: { 'application/json': { schema: translationsSchema } } },
        400: problemResponse('the path does not hold a content hash (invalid_request)'),
      },
    }),
    async (c) => {
      const hash = c.req.valid('param').hash.toLowerCase();
      c.header('cache-control', 'public, max-age=60');
      return c.json(await translationsAnswer(hash), 200);
    },
  );

  router.openapi(
    createRoute({
      method: 'get',
      path: '/translations/names',
      tags: ['content'],
      summary: "The city's topic and district names in other languages: the newest names text per language",
      description: 'Public. A names text is published with POST /content by a council member: settings "translation-of: names" and "language: <tag>", then a JSON object {"topics": {"<topic as on chain>": "<name>"}, "districts": {"<district number>": "<name>"}}. Topics must be ones the registry has.',
      responses: { 200: { description: 'the newest names text per language (possibly none)', content: { 'application/json': { schema: translationsSchema } } } },
    }),
    async (c) => {
      c.header('cache-control', 'public, max-age=60');
      return c.json(await translationsAnswer(namesOriginal), 200);
    },
  );

  return router;
}

/** Whether an If-None-Match header names this ETag (or `*`). */
function ifNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const value = tag.trim().replace(/^W\//, '');
    return value === '*' || value === etag;
  });
}
