#!/usr/bin/env node
// After `vite build`: the JavaScript a browser loads to show each page for the first time (the
// client entry, the root layout, the page, and everything they import statically), gzipped.
// Resident pages must stay under 250 KB; the council and audit pages are reported too. Code that
// is loaded only on demand (Chart.js on the audit page, the CSV parser) does not count.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const output = join(web, '.svelte-kit/output/client');
const manifest = JSON.parse(readFileSync(join(output, '.vite/manifest.json'), 'utf8'));
const app = readFileSync(join(web, '.svelte-kit/generated/client-optimized/app.js'), 'utf8');
const dictionary = JSON.parse(`{${/dictionary = \{([\s\S]*?)\};/.exec(app)?.[1] ?? ''}}`.replace(/,\s*}$/, '}'));

const limit = 250 * 1024;
const residentRoutes = ['/', '/rounds', '/rounds/[roundId]', '/rounds/[roundId]/projects/[projectId]', '/rounds/[roundId]/results', '/rounds/[roundId]/progress', '/proposals', '/proposals/[proposalId]', '/delegation', '/take-part'];

const byKey = (key) => manifest[key];
const entryKey = (suffix) => Object.keys(manifest).find((key) => key.endsWith(suffix));

function closure(keys) {
  const seen = new Set();
  const visit = (key) => {
    if (!key || seen.has(key)) return;
    seen.add(key);
    for (const imported of byKey(key)?.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return [...seen].map((key) => byKey(key)?.file).filter((file) => file?.endsWith('.js'));
}

const gzipped = new Map();
const sizeOf = (file) => {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(join(output, file))).length);
  return gzipped.get(file);
};

const base = [entryKey('runtime/client/entry.js'), entryKey('client-optimized/app.js'), entryKey('client-optimized/nodes/0.js')];
const rows = Object.entries(dictionary).map(([route, nodes]) => {
  const page = Array.isArray(nodes) ? nodes.at(-1) : nodes;
  const files = closure([...base, entryKey(`client-optimized/nodes/${page}.js`)]);
  const bytes = files.reduce((total, file) => total + sizeOf(file), 0);
  return { route, bytes, resident: residentRoutes.includes(route) };
});
rows.sort((a, b) => a.route.localeCompare(b.route));

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
process.stdout.write('\nInitial JavaScript per page (gzipped):\n');
for (const row of rows) process.stdout.write(`  ${row.resident ? 'resident' : 'other   '}  ${kb(row.bytes).padStart(9)}  ${row.route}\n`);
const residents = rows.filter((row) => row.resident);
const largest = Math.max(0, ...residents.map((row) => row.bytes));
process.stdout.write(`Largest resident page: ${kb(largest)} (limit ${kb(limit)})\n`);
writeFileSync(join(web, 'build/bundle-size.json'), JSON.stringify({ largestResidentPage: largest, limit, pages: rows }, null, 2));
if (largest > limit) {
  process.stderr.write(`A resident page loads ${kb(largest)} of JavaScript at first, over the ${kb(limit)} budget.\n`);
  process.exit(1);
}
