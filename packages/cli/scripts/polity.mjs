#!/usr/bin/env node
// `pnpm polity ...` at the repository root: builds the binary when its sources are newer than the build
// (as scripts/start.mjs does for the web app), then runs it in this process.
import { pathToFileURL } from 'node:url';
import { binary, buildCli, buildIsStale } from './build.mjs';

if (buildIsStale()) {
  process.stderr.write('[polity] building the command line (its sources changed)...\n');
  await buildCli();
}
// main.js reads process.argv.slice(2): the arguments after this script, as after the binary.
await import(pathToFileURL(binary).href);
