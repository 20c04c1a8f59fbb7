// vitest globalSetup: what every browser suite of one run shares, made once and only when a suite first asks.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import type { SharedRun } from './shared-run';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the browser suites ask for the run's shared build, Chromium and seeded database (`shared-run.ts`). */
    koersBrowserRun: string;
  }
}

/** One making of the shared things, and how to remove them (also what was made before a part failed). */
interface Made {
  ready: Promise<SharedRun>;
  dispose: () => Promise<void>;
}

/**
 * Listens on a free local port; the first browser suite to ask (GET) makes, in parallel, one build of apps/web,
 * one Chromium server and one data directory with the demo seed, and every suite gets the same answer. A run
 * without browser suites never asks, so it pays for nothing. A rerun in watch mode makes them anew (the app or
 * the catalogue may have changed); everything is removed when vitest ends.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let made: Made | undefined;
  const dispose = async () => {
    const old = made;
    made = undefined;
    await old?.dispose();
  };
  project.onTestsRerun(dispose);

  const server = createServer((_req, res) => {
    made ??= make();
    made.ready.then(
      (run) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(run)),
      (error: unknown) => res.writeHead(500, { 'content-type': 'text/plain' }).end(error instanceof Error ? error.stack : String(error)),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  project.provide('koersBrowserRun', `http://127.0.0.1:${(server.address() as AddressInfo).port}/`);

  return async () => {
    await new Promise<void>((done) => server.close(() => done()));
    await dispose();
  };
}

function make(): Made {
  const dirs: string[] = [];
  let chromiumServer: BrowserServer | undefined;
  const ready = (async () => {
    // Imported here: a run without browser suites does not even load Playwright or the server.
    const { buildWeb, chromiumOptions, ROOT } = await import('./harness');
    const { chromium } = await import('playwright-core');
    // Settled, not Promise.all: when one part fails the others are still finished, so dispose() sees them.
    // The checkout's own build when it is up to date (npm install made it: `koers prepare`), else one of this run's.
    const { webBuildIsStale, webSources } = await import('@koers/host');
    const dist = join(ROOT, 'apps', 'web', 'dist');
    const [web, browser, template] = await Promise.allSettled([
      !webBuildIsStale(dist, webSources(ROOT)) ? Promise.resolve(dist) : buildWeb().then((dir) => (dirs.push(dir), dir)),
      chromium.launchServer(chromiumOptions()).then((launched) => (chromiumServer = launched).wsEndpoint()),
      seedTemplate(ROOT, dirs),
    ]);
    return { webDir: valueOf(web), wsEndpoint: valueOf(browser), templateDir: valueOf(template), root: ROOT };
  })();
  return {
    ready,
    dispose: async () => {
      await ready.catch(() => undefined);
      await chromiumServer?.close();
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    },
  };
}

function valueOf(part: PromiseSettledResult<string>): string {
  if (part.status === 'rejected') throw part.reason;
  return part.value;
}

/**
 * A closed PGlite data directory holding what a server on a fresh database holds after its start: the schema
 * and the demo seed. Made by starting and stopping the real server on it, so a copy opens exactly as a new one.
 */
async function seedTemplate(root: string, dirs: string[]): Promise<string> {
  const { configFromEnv, startServer } = await import('@koers/host');
  const dir = mkdtempSync(join(tmpdir(), 'koers-seeded-'));
  dirs.push(dir);
  const server = await startServer(configFromEnv({ KOERS_ROOT: root, KOERS_DATA_DIR: dir, PORT: '0', KOERS_WEB_ROOT: dir }), () => {});
  await server.close();
  return dir;
}
