import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startAnvil, type Anvil } from './anvil.js';

const here = dirname(fileURLToPath(import.meta.url));
const doc = resolve(here, '../../../docs/sdk.md');
const sdkIndex = resolve(here, '../src/index.ts');

/** The ```ts blocks of docs/sdk.md, in order: together they are one module. */
function examples(): string {
  const blocks = [...readFileSync(doc, 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
  return blocks.join('\n').replaceAll("'@polity/sdk'", JSON.stringify(sdkIndex));
}

let anvil: Anvil;
beforeAll(async () => {
  anvil = await startAnvil();
});
afterAll(async () => anvil?.stop());

test('the examples in docs/sdk.md run against anvil', async () => {
  const code = examples();
  expect(code).toContain('deployPolity');
  const file = join(here, `.docs-example-${process.pid}.ts`);
  writeFileSync(file, code);
  const logged: string[] = [];
  const log = console.log;
  process.env.POLITY_RPC_URL = anvil.url;
  console.log = (...items: unknown[]) => void logged.push(items.map(String).join(' '));
  try {
    await import(file);
  } finally {
    console.log = log;
    rmSync(file, { force: true });
  }
  const output = logged.join('\n');
  expect(output).toContain("Ana's vote flows through 2 delegates; Carla represents 3 residents");
  expect(output).toContain('register the delegation topic "housing"');
  expect(output).toContain("ballot spends 120,000 but the round's budget is 100,000");
  expect(output).toContain('LiquidVotesDelegationCycle');
  expect(output).toContain('connected to chain 31337 but this polity lives on chain 1: switch network');
  expect(output).toMatch(/admitted 0x[0-9a-fA-F]{40} district 1/);
}, 90_000);
