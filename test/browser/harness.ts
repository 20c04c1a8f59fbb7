import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { viteBuild } from '@koers/host';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const RESULTS = join(ROOT, 'test-results');

/**
 * Whether the browser suites can run. Without Chromium they are skipped with a loud warning on a developer
 * machine; under CI=true a missing Chromium is an error, since `.ci/run` installs it.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') throw new Error(`Chromium not found at ${CHROMIUM}; .ci/run should have installed it`);
  console.warn(`\n!!! Browser tests SKIPPED: no Chromium at ${CHROMIUM} (apt-get install -y chromium) !!!\n`);
  return false;
}

/** How Chromium is started, alone (`launchChromium`) or as the run's shared browser (`chromium.launchServer`). */
export function chromiumOptions() {
  return {
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
      // Date inputs follow the browser's UI language, not the context locale: dd-mm-jjjj instead of mm/dd/yyyy.
      // On Linux Chromium takes that language from LANGUAGE (--lang alone is not enough) and needs its Dutch
      // strings (Debian: apt-get install -y chromium-l10n); without them it stays mm/dd/yyyy.
      '--lang=nl-NL'],
    env: { ...definedEnv(), LANGUAGE: 'nl_NL' },
  };
}

/** A Chromium of this process's own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumOptions());
}

function definedEnv(): Record<string, string> {
  return Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** Builds apps/web into a fresh temporary directory (so it never clobbers a developer's dist/). */
export async function buildWeb(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'koers-web-'));
  const built = await viteBuild(ROOT, outDir, 'error');
  if (!built.ok) throw new Error(`vite build failed:\n${built.output}`);
  return outDir;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A static file server for a build on a free port; unknown paths get index.html (hash routes need none). */
export async function serveStatic(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) file = join(dir, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
