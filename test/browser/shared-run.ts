// The browser suites' side of run-setup.ts: the run's one build, one Chromium and one seeded database to copy.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';
import { buildWeb, launchChromium } from './harness';

/** What run-setup.ts made for this run; every path is read-only for the suites. */
export interface SharedRun {
  /** The build of apps/web. */
  webDir: string;
  /** The Chromium server to `chromium.connect` to. */
  wsEndpoint: string;
  /** A closed PGlite data directory with the schema and the demo seed of the catalogue under `root`. */
  templateDir: string;
  root: string;
}

let asked: Promise<SharedRun | undefined> | undefined;

/**
 * The run's shared build, Chromium and seeded database, or undefined outside a vitest run with run-setup.ts
 * (a benchmark under tsx, another config): the callers then make their own, as before.
 */
export function sharedRun(): Promise<SharedRun | undefined> {
  return (asked ??= ask());
}

async function ask(): Promise<SharedRun | undefined> {
  let url: string | undefined;
  try {
    url = inject('koersBrowserRun');
  } catch {
    return undefined; // not inside vitest
  }
  if (!url) return undefined;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`The browser suites' shared build/Chromium/database could not be made:\n${await res.text()}`);
  return await res.json() as SharedRun;
}

/** A build of apps/web and a Chromium to visit it: the run's shared ones when there are, else this process's own. */
export interface WebAndBrowser {
  webDir: string;
  /** Closing it closes this suite's contexts (and, when it is the suite's own, the browser). */
  browser: Browser;
  /** Closes the browser (or the connection) and removes the build when it was the suite's own. */
  close: () => Promise<void>;
}

/** The build and Chromium a browser suite uses (see `WebAndBrowser`). */
export async function webAndBrowser(): Promise<WebAndBrowser> {
  const run = await sharedRun();
  if (run) {
    const browser = await chromium.connect(run.wsEndpoint);
    return { webDir: run.webDir, browser, close: () => browser.close() };
  }
  const webDir = await buildWeb();
  try {
    const browser = await launchChromium();
    return {
      webDir, browser,
      close: async () => {
        await browser.close();
        rmSync(webDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(webDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * A new data directory for one server: a copy of the run's seeded database when the server would have seeded
 * the same one (same catalogue root, seeding on), else an empty directory the server fills itself.
 */
export async function freshDataDir(name: string, env: Record<string, string>): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), `koers-${name}-`));
  const run = await sharedRun();
  const sameSeed = env.KOERS_SEED !== '0' && !env.DATABASE_URL && (env.KOERS_ROOT === undefined || resolve(env.KOERS_ROOT) === run?.root);
  if (run && sameSeed) cpSync(run.templateDir, dataDir, { recursive: true });
  return dataDir;
}
