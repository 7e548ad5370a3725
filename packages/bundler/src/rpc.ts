/** The node or bundler answered with a JSON-RPC error (it is up, but refused). */
export class RpcError extends Error {
  override name = 'RpcError';
}

/** One JSON-RPC call over HTTP; rejects when nothing answers within `timeoutMs`. */
export async function rpc(url: string, method: string, params: unknown[], timeoutMs = 5_000): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = (await response.json()) as { result?: unknown; error?: { message?: string } };
  if (body.error !== undefined) throw new RpcError(`${method}: ${body.error.message ?? JSON.stringify(body.error)}`);
  return body.result;
}
