import { createServer, type Server } from 'node:http';
import { encodeAbiParameters, encodeEventTopics, getAddress, keccak256, toHex, type Address, type Log } from 'viem';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeActivity } from '../actions/activity/getActivity.js';
import { PolityInvalidInputError } from '../chain/errors/base.js';
import type { PolityAddresses } from '../chain/polity.js';
import { residentRegistryAbi } from '../contracts/generated.js';
import { getIndexedActivity } from './activity.js';
import { PolityServerError, PolityServerUnreachableError } from './errors.js';

let server: Server | undefined;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

/** A stand-in Polity server: `answer` is given each request's query; the queries are kept. */
async function fakeServer(answer: (query: URLSearchParams) => { status?: number; body: unknown }): Promise<{ url: string; queries: URLSearchParams[] }> {
  const queries: URLSearchParams[] = [];
  server = createServer((request, response) => {
    const query = new URL(request.url!, 'http://localhost').searchParams;
    queries.push(query);
    const { status = 200, body } = answer(query);
    response.writeHead(status, { 'content-type': 'application/json' }).end(typeof body === 'string' ? body : JSON.stringify(body));
  });
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', () => done()));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, queries };
}

const at = (index: number): Address => getAddress(`0x${(index + 0x10).toString(16).padStart(40, '0')}`);
const polity: PolityAddresses = { chainId: 31337, registry: at(1), governor: at(2), timelock: at(3), rounds: at(4), results: at(5), escrow: at(6), deployedAtBlock: 7n };

/** A registry `DelegateVotesChanged` log as the server answers it. */
function serverLog(blockNumber: number, logIndex: number, { address = polity.registry, votes = 1n } = {}) {
  return {
    blockNumber: String(blockNumber),
    logIndex,
    blockHash: keccak256(toHex(`block ${blockNumber}`)),
    transactionHash: keccak256(toHex(`transaction ${blockNumber}/${logIndex}`)),
    address,
    topics: encodeEventTopics({ abi: residentRegistryAbi, eventName: 'DelegateVotesChanged', args: { delegate: at(99) } }),
    data: encodeAbiParameters([{ type: 'uint256' }, { type: 'uint256' }], [votes - 1n, votes]),
    contract: 'registry',
    eventName: 'DelegateVotesChanged',
    timestamp: 1_700_000_000 + blockNumber,
  };
}

/** What `getActivity` would make of the same log read from the chain. */
function decodedFromChain(log: ReturnType<typeof serverLog>) {
  return decodeActivity('registry', { ...log, blockNumber: BigInt(log.blockNumber), transactionIndex: 0, removed: false } as unknown as Log)!;
}

describe('getIndexedActivity', () => {
  it('walks every page up to the index head of the first answer and decodes each log as getActivity does', async () => {
    const logs = [serverLog(10, 0), serverLog(10, 3, { votes: 5n }), serverLog(12, 1), serverLog(40, 0, { votes: 2n })];
    const { url, queries } = await fakeServer((query) => {
      const after = query.get('after');
      const start = after === null ? 0 : logs.findIndex((log) => `${log.blockNumber}:${log.logIndex}` === after) + 1;
      const page = logs.slice(start, start + 2);
      const more = start + 2 < logs.length;
      // The index moves on while the client pages: later answers report a higher head.
      return { body: { logs: page, next: more ? `${page.at(-1)!.blockNumber}:${page.at(-1)!.logIndex}` : null, indexedBlock: after === null ? '50' : '60' } };
    });
    const progress: bigint[] = [];
    const result = await getIndexedActivity({ serverUrl: `${url}/`, polity, logsPerRequest: 2, onProgress: (step) => progress.push(step.scannedTo) });
    expect(result.activity).toEqual(logs.map(decodedFromChain));
    expect(result.activity[1]).toMatchObject({ contract: 'registry', eventName: 'DelegateVotesChanged', args: { delegate: at(99), previousVotes: 4n, newVotes: 5n }, blockNumber: 10n, logIndex: 3 });
    expect(result.indexedBlock).toBe(50n);
    expect(result.blockTimestamps.get(12n)).toBe(1_700_000_012n);
    expect(queries.map((query) => [query.get('after'), query.get('toBlock'), query.get('fromBlock'), query.get('limit')])).toEqual([
      [null, null, '7', '2'],
      ['10:3', '50', '7', '2'],
    ]);
    expect(progress).toEqual([10n, 50n]);
  });

  it('asks only for the components wanted', async () => {
    const { url, queries } = await fakeServer(() => ({ body: { logs: [serverLog(9, 0)], next: null, indexedBlock: '9' } }));
    const result = await getIndexedActivity({ serverUrl: url, polity, components: ['registry', 'rounds'], fromBlock: 9n, toBlock: 100n });
    expect(result.activity).toHaveLength(1);
    expect(queries[0]!.get('contract')).toBe('registry,rounds');
    expect(queries[0]!.get('toBlock')).toBe('100');
  });

  it('answers an empty trail and no index head when the server has indexed nothing yet', async () => {
    const { url } = await fakeServer(() => ({ body: { logs: [], next: null, indexedBlock: null } }));
    expect(await getIndexedActivity({ serverUrl: url, polity })).toMatchObject({ activity: [], indexedBlock: undefined });
  });

  it("refuses a log of another polity's contract", async () => {
    const { url } = await fakeServer(() => ({ body: { logs: [serverLog(9, 0, { address: at(77) })], next: null, indexedBlock: '9' } }));
    const error = await getIndexedActivity({ serverUrl: url, polity }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PolityServerError);
    expect(error).toMatchObject({ code: 'other_polity' });
    expect((error as Error).message).toContain('it indexes another polity');
  });

  it.each([
    ['an HTML page', '<html>hello</html>', /not a JSON object/],
    ['no logs list', { items: [], next: null, indexedBlock: '1' }, /no "logs" list/],
    ['a log without topics', { logs: [{ ...serverLog(9, 0), topics: [] }], next: null, indexedBlock: '9' }, /logs\[0\]\.topics/],
    ['a short block hash', { logs: [{ ...serverLog(9, 0), blockHash: '0x1234' }], next: null, indexedBlock: '9' }, /logs\[0\]\.blockHash is not 32 bytes/],
    ['a malformed next', { logs: [], next: 'page-2', indexedBlock: '9' }, /"next"/],
  ])('refuses an answer that is not /activity (%s)', async (_, body, message) => {
    const { url } = await fakeServer(() => ({ body }));
    const error = await getIndexedActivity({ serverUrl: url, polity }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PolityServerError);
    expect(error).toMatchObject({ code: 'malformed_answer' });
    expect((error as Error).message).toMatch(message);
  });

  it("passes on the server's own error with its code and message", async () => {
    const { url } = await fakeServer(() => ({ status: 400, body: { error: { code: 'invalid_request', message: 'after: must be <blockNumber>:<logIndex>' } } }));
    await expect(getIndexedActivity({ serverUrl: url, polity })).rejects.toMatchObject({ name: 'PolityServerError', status: 400, code: 'invalid_request' });
  });

  it('says so when the server cannot be reached', async () => {
    const { url } = await fakeServer(() => ({ body: {} }));
    await new Promise<void>((done) => server!.close(() => done()));
    server = undefined;
    await expect(getIndexedActivity({ serverUrl: url, polity })).rejects.toBeInstanceOf(PolityServerUnreachableError);
  });

  it('refuses a range that ends before it starts, before asking anything', async () => {
    await expect(getIndexedActivity({ serverUrl: 'http://127.0.0.1:9', polity, fromBlock: 10n, toBlock: 9n })).rejects.toBeInstanceOf(PolityInvalidInputError);
  });
});
