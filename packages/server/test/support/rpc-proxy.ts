/**
 * A stingy public RPC in front of a local node, for tests: it refuses eth_getLogs over more than
 * `maxLogRange` blocks (as public providers cap ranges) and answers HTTP 429 to every
 * `rateLimitEvery`-th request (as they limit rates). Everything else is forwarded unchanged.
 * `setDown(true)` makes it answer 503 to everything, as a provider that is down.
 */
import { createServer, type IncomingMessage } from 'node:http';

export interface RpcProxyOptions {
  readonly maxLogRange: number;
  readonly rateLimitEvery: number;
  /** Leave out the `blockTimestamp` of logs, as older nodes do (the indexer then asks for the blocks). */
  readonly withoutLogTimestamps?: boolean;
}

export interface RpcProxy {
  readonly url: string;
  /** What it did so far: a test checks that the indexer really met both limits. */
  readonly stats: { requests: number; rateLimited: number; refusedRanges: number; refusedWhileDown: number };
  setDown(down: boolean): void;
  stop(): Promise<void>;
}

interface RpcCall {
  readonly id: unknown;
  readonly method: string;
  readonly params?: unknown[];
}

const readBody = (request: IncomingMessage): Promise<string> =>
  new Promise((done, fail) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => done(body));
    request.on('error', fail);
  });

function rangeOf(call: RpcCall): bigint | undefined {
  if (call.method !== 'eth_getLogs') return undefined;
  const filter = call.params?.[0] as { fromBlock?: string; toBlock?: string } | undefined;
  if (!filter?.fromBlock?.startsWith('0x') || !filter.toBlock?.startsWith('0x')) return undefined;
  return BigInt(filter.toBlock) - BigInt(filter.fromBlock) + 1n;
}

export async function startRpcProxy(target: string, options: RpcProxyOptions): Promise<RpcProxy> {
  const stats = { requests: 0, rateLimited: 0, refusedRanges: 0, refusedWhileDown: 0 };
  let down = false;
  const server = createServer(async (request, response) => {
    try {
      const body = await readBody(request);
      if (down) {
        stats.refusedWhileDown += 1;
        response.writeHead(503, { 'content-type': 'text/plain' }).end('Service Unavailable');
        return;
      }
      stats.requests += 1;
      if (stats.requests % options.rateLimitEvery === 0) {
        stats.rateLimited += 1;
        response.writeHead(429, { 'content-type': 'text/plain' }).end('Too Many Requests');
        return;
      }
      const parsed = JSON.parse(body) as RpcCall | RpcCall[];
      const calls = Array.isArray(parsed) ? parsed : [parsed];
      const answers = new Map<unknown, unknown>();
      const forwarded = calls.filter((call) => {
        const range = rangeOf(call);
        if (range === undefined || range <= BigInt(options.maxLogRange)) return true;
        stats.refusedRanges += 1;
        answers.set(call.id, { jsonrpc: '2.0', id: call.id, error: { code: -32602, message: `block range too large: at most ${options.maxLogRange} blocks per eth_getLogs request` } });
        return false;
      });
      if (forwarded.length > 0) {
        const upstream = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(Array.isArray(parsed) ? forwarded : forwarded[0]) });
        const result = (await upstream.json()) as { id: unknown } | { id: unknown }[];
        for (const answer of Array.isArray(result) ? result : [result]) {
          const logs = (answer as { result?: unknown }).result;
          if (options.withoutLogTimestamps && forwarded.some((call) => call.id === answer.id && call.method === 'eth_getLogs') && Array.isArray(logs)) {
            for (const log of logs as Record<string, unknown>[]) delete log.blockTimestamp;
          }
          answers.set(answer.id, answer);
        }
      }
      const ordered = calls.map((call) => answers.get(call.id));
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(Array.isArray(parsed) ? ordered : ordered[0]));
    } catch (error) {
      response.writeHead(502, { 'content-type': 'text/plain' }).end(`proxy failed: ${(error as Error).message}`);
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    setDown: (value) => {
      down = value;
    },
    stop: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
