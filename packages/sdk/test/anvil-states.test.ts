import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startAnvil } from './anvil.js';

/** One transfer from anvil's first account; anvil mines a block for it. */
async function transfer(url: string): Promise<void> {
  const request = { from: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266', to: '0x000000000000000000000000000000000000dEaD', value: '0x1' };
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_sendTransaction', params: [request] }) });
  const answer = (await response.json()) as { error?: { message: string } };
  if (answer.error) throw new Error(answer.error.message);
}

describe('startAnvil', () => {
  it('keeps the block states anvil writes to disk in a folder of its own, and removes it when stopped', async () => {
    const anvil = await startAnvil();
    const folder = anvil.statesFolder!;
    try {
      expect(existsSync(folder)).toBe(true);
      // anvil keeps recent states in memory and writes older ones out: a few thousand blocks make it write.
      for (let blocks = 0; readdirSync(folder).length === 0; blocks++) {
        if (blocks >= 5_000) throw new Error(`anvil wrote nothing to ${folder} after ${blocks} blocks`);
        await transfer(anvil.url);
      }
    } finally {
      await anvil.stop();
    }
    expect(existsSync(folder)).toBe(false);
  }, 180_000);

  it('leaves a folder the caller chose alone', async () => {
    const chosen = mkdtempSync(join(tmpdir(), 'polity-anvil-chosen-'));
    try {
      const anvil = await startAnvil({ arguments: ['--cache-path', chosen] });
      try {
        expect(anvil.statesFolder).toBeUndefined();
      } finally {
        await anvil.stop();
      }
      expect(existsSync(chosen)).toBe(true);
    } finally {
      rmSync(chosen, { recursive: true, force: true });
    }
  });
});
