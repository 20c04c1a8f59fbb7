#!/usr/bin/env node
// Runs the CLI compiled by `koers prepare` (npm install) when every source it was made from is unchanged, else the
// TypeScript sources directly through tsx, so a checkout needs no build step and an edit is never hidden by a stale
// build. KOERS_SOURCES=1 always runs the sources.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleIsFresh } from './fresh.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const bundle = join(root, 'node_modules', '.cache', 'koers', 'cli', 'koers.mjs');

let main;
if (process.env.KOERS_SOURCES !== '1' && bundleIsFresh(root, bundle)) {
  process.setSourceMapsEnabled(true);
  ({ main } = await import(pathToFileURL(bundle).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
