import { keccak256, toHex, type Hash } from 'viem';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contentHash, referenceHeaders } from '@polity/sdk';
import { projectDescription, publishKeptDescriptions, publishSubmittedDescription } from './project-description';

// The read cache belongs to the running app (it reads the session); here only what is sent matters.
vi.mock('$lib/content/read', () => ({ remember: () => undefined }));

const serverUrl = 'https://polity.example.org';
const transaction = keccak256(toHex('the project submission')) as Hash;
const photo = { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]), hash: keccak256(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])) };
const alt = (index: number) => `Benches, photo ${index + 1}`;

/** What the fake server received: each request's reference header and body hash. */
let received: { reference: string; hash: string }[];
let answer: () => Response;

beforeEach(() => {
  const stored = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => void stored.set(key, value),
    removeItem: (key: string) => void stored.delete(key),
  });
  received = [];
  answer = () => new Response(JSON.stringify({ hash: '0x' }), { status: 201 });
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    const headers = init.headers as Record<string, string>;
    const reference = headers[referenceHeaders.transaction] ? `transaction ${headers[referenceHeaders.transaction]}` : `text ${headers[referenceHeaders.text]}`;
    received.push({ reference, hash: keccak256(init.body as Uint8Array) });
    return answer();
  });
});

afterEach(() => vi.unstubAllGlobals());

describe('a project description published by its transaction', () => {
  it('links the photos in the text whose hash goes on chain, so the hash covers them', () => {
    const plain = projectDescription('# Benches\n\nThree.\n', [], alt, `${serverUrl}/content`);
    expect(plain).toEqual({ text: '# Benches\n\nThree.\n', hash: contentHash('# Benches\n\nThree.\n'), photos: [] });
    const withPhoto = projectDescription('# Benches\n\nThree.\n', [photo], alt, `${serverUrl}/content`);
    expect(withPhoto.text).toBe(`# Benches\n\nThree.\n\n![Benches, photo 1](${serverUrl}/content/${photo.hash})\n`);
    expect(withPhoto.hash).toBe(contentHash(withPhoto.text));
  });

  it('sends the text by the transaction, then each photo by the text, and keeps nothing once published', async () => {
    const description = projectDescription('# Benches\n', [photo], alt, `${serverUrl}/content`);
    expect(await publishSubmittedDescription(serverUrl, description, transaction)).toBe(true);
    expect(received).toEqual([
      { reference: `transaction ${transaction}`, hash: description.hash },
      { reference: `text ${description.hash}`, hash: photo.hash },
    ]);
    expect(localStorage.getItem('polity.unpublished-descriptions')).toBeNull();
  });

  it('keeps the text and photo when the server cannot be reached, and sends them on the next visit', async () => {
    const description = projectDescription('# Benches\n', [photo], alt, `${serverUrl}/content`);
    answer = () => {
      throw new TypeError('fetch failed');
    };
    expect(await publishSubmittedDescription(serverUrl, description, transaction)).toBe(false);
    expect(localStorage.getItem('polity.unpublished-descriptions')).toContain(description.text.replace(/\n/g, '\\n'));
    received = [];
    answer = () => new Response(JSON.stringify({ hash: '0x' }), { status: 201 });
    await publishKeptDescriptions(serverUrl);
    expect(received.map((request) => request.hash)).toEqual([description.hash, photo.hash]);
    expect(localStorage.getItem('polity.unpublished-descriptions')).toBeNull();
  });

  it('keeps trying after a transaction not mined yet, and drops what the server says the transaction does not name', async () => {
    const description = projectDescription('# Benches\n', [], alt, `${serverUrl}/content`);
    answer = () => new Response(JSON.stringify({ error: { code: 'transaction_not_found', message: 'not mined' } }), { status: 404 });
    expect(await publishSubmittedDescription(serverUrl, description, transaction)).toBe(false);
    expect(localStorage.getItem('polity.unpublished-descriptions')).not.toBeNull();
    answer = () => new Response(JSON.stringify({ error: { code: 'not_referenced', message: 'not this text' } }), { status: 422 });
    await publishKeptDescriptions(serverUrl);
    expect(localStorage.getItem('polity.unpublished-descriptions')).toBeNull();
  });
});
