/**
 * A JSON-RPC proxy in front of anvil that answers like a production node: it calls itself Geth and
 * refuses every development method (anvil_*, evm_*, hardhat_*). A command that works through it uses
 * nothing but what any chain offers.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';

interface RpcRequest {
  readonly jsonrpc: '2.0';
  readonly id: number | string | null;
  readonly method: string;
  readonly params?: unknown;
}

export interface ProductionNode {
  readonly url: string;
  /** Development methods the proxy refused, in order: a command that needs none sends none. */
  readonly refused: readonly string[];
  stop(): Promise<void>;
}

export async function startProductionNode(upstream: string): Promise<ProductionNode> {
  const refused: string[] = [];
  const answer = async (request: RpcRequest): Promise<unknown> => {
    if (request.method === 'web3_clientVersion') return { jsonrpc: '2.0', id: request.id, result: 'Geth/v1.14.11-stable/linux-amd64/go1.22.5' };
    if (/^(anvil|evm|hardhat)_/.test(request.method)) {
      refused.push(request.method);
      return { jsonrpc: '2.0', id: request.id, error: { code: -32601, message: `the method ${request.method} does not exist/is not available` } };
    }
    const response = await fetch(upstream, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
    return response.json();
  };
  const server: Server = createServer((incoming, outgoing) => {
    void body(incoming).then(async (text) => {
      const parsed = JSON.parse(text) as RpcRequest | RpcRequest[];
      const result = Array.isArray(parsed) ? await Promise.all(parsed.map(answer)) : await answer(parsed);
      outgoing.writeHead(200, { 'content-type': 'application/json' });
      outgoing.end(JSON.stringify(result));
    });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    refused,
    stop: () => new Promise((closed) => server.close(() => closed())),
  };
}

function body(incoming: IncomingMessage): Promise<string> {
  return new Promise((done) => {
    let text = '';
    incoming.on('data', (chunk: Buffer) => (text += chunk.toString()));
    incoming.on('end', () => done(text));
  });
}
