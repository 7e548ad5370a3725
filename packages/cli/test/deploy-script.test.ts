/**
 * `script/deploy-polity.sh` (forge) writes the polity file the CLI reads, and foundry.toml points at
 * nothing outside the repository.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalAnvil } from '../src/chain/anvil.js';
import { csvData, polity, root, startAnvil, workspace } from './cli.js';

/** Runs the script from the repository root, one forge at a time (forge builds share one cache). */
function deployScript(env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn('flock', ['/tmp/polity-forge.lock', join(root, 'script', 'deploy-polity.sh')], { cwd: root, env: { ...process.env, RPC_URL: '', PRIVATE_KEY: '', FORCE: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', fail);
    child.once('close', (status) => done({ status, stdout, stderr }));
  });
}

describe('script/deploy-polity.sh', () => {
  let anvil: LocalAnvil;
  beforeAll(async () => {
    anvil = await startAnvil();
  }, 30_000);
  afterAll(async () => anvil?.stop());

  it('deploys a polity and writes the polity file the other commands read', async () => {
    const cwd = workspace();
    const file = join(cwd, 'city.json');
    const deployed = await deployScript({ POLITY_RPC_URL: anvil.url, POLITY_NAME: 'Script City', POLITY_FILE: file });
    expect(deployed.stderr).toContain(`wrote ${file}`);
    expect(deployed.status).toBe(0);
    const written = JSON.parse(readFileSync(file, 'utf8')) as { name: string; genesis: string; polity: Record<string, string | number> };
    expect(written.name).toBe('Script City');
    expect(written.genesis).toMatch(/^0x[0-9a-f]{64}$/);
    expect(written.polity['chainId']).toBe(31337);
    for (const component of ['registry', 'governor', 'timelock', 'rounds', 'results', 'escrow']) {
      expect(written.polity[component]).toMatch(/^0x[0-9a-fA-F]{40}$/);
      expect(deployed.stdout).toContain(`${component.padEnd(10)} ${written.polity[component]}`);
    }
    expect(Number(written.polity['deployedAtBlock'])).toBeGreaterThan(0);

    // The CLI reads it: the registry answers for the polity's residents.
    const admit = await polity(['admit', join(csvData, 'residents.csv'), '--polity', file, '--dry-run'], { cwd, env: { POLITY_RPC_URL: anvil.url, POLITY_CREDENTIAL_SALT: `0x${'5a'.repeat(32)}` } });
    expect(admit.stderr).toBe('');
    expect(admit.status).toBe(0);
    expect(admit.stdout).toContain('residents.csv: 8 rows: 8 to admit, 0 to renew, 0 already residents as listed, 0 refused');

    // An existing polity file is never overwritten: nothing is deployed.
    const again = await deployScript({ POLITY_RPC_URL: anvil.url, POLITY_NAME: 'Script City', POLITY_FILE: file });
    expect(again.status).toBe(2);
    expect(again.stderr).toBe(`error: ${file} exists already: nothing was deployed\nSet POLITY_NAME to another name, POLITY_FILE to another file, or FORCE=1 to overwrite it.\n`);
  }, 600_000);
});

describe('foundry.toml', () => {
  const toml = readFileSync(join(root, 'foundry.toml'), 'utf8');
  const inside = (path: string): boolean => !relative(root, resolve(root, path)).startsWith('..');

  it('names paths inside the repository only, each of which exists', () => {
    const remappings = [...(/^remappings = \[([^\]]*)\]/m.exec(toml)![1]!.matchAll(/"[^"=]+=([^"]+)"/g))].map((match) => match[1]!);
    const solc = /^solc = "([^"]+)"/m.exec(toml)![1]!;
    const libs = [...(/^libs = \[([^\]]*)\]/m.exec(toml)![1]!.matchAll(/"([^"]+)"/g))].map((match) => match[1]!);
    const permissions = [...toml.matchAll(/path = "([^"]+)"/g)].map((match) => match[1]!);
    expect(remappings.length).toBeGreaterThanOrEqual(2);
    for (const path of [...remappings, solc, ...libs, ...permissions]) {
      expect(inside(path), path).toBe(true);
      expect(existsSync(join(root, path)), path).toBe(true);
    }
  });
});
