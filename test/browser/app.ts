import { mkdirSync, rmSync } from 'node:fs';
import type { Browser, BrowserContextOptions, Download, Page } from 'playwright-core';
import { type RunningServer, configFromEnv, startServer } from '@koers/host';
import { RESULTS } from './harness';
import { freshDataDir, webAndBrowser, type WebAndBrowser } from './shared-run';

/** The demo accounts' password (README.md). */
export const DEMO_PASSWORD = 'koers-demo';

export interface DemoAppOptions {
  /** Extra environment for the server's configuration, e.g. `{ KOERS_ROOT: ROOT }`. */
  env?: Record<string, string>;
  /** How to open the first page (`page`). */
  page?: PageOptions;
  /** The server's clock (a test moves it instead of sleeping); the machine's by default. */
  clock?: { now(): Date };
}

export interface PageOptions extends BrowserContextOptions {
  /** Also count the console's errors as page errors (not only uncaught exceptions). */
  consoleErrors?: boolean;
}

export interface DemoApp {
  /** The app's address, always with a trailing slash: `${url}#/inloggen`, `${url}api/...`. */
  url: string;
  server: RunningServer;
  /** This suite's connection to the run's Chromium (or its own Chromium outside a vitest run). */
  browser: Browser;
  /** A first page, opened as newPage(options.page) would. */
  page: Page;
  /** Uncaught errors (and with `consoleErrors`, console errors) of every page opened with newPage. */
  pageErrors: string[];
  /** A page in a context of its own (its own cookies): 1280x900, nl-NL, steps failing after 8 s. */
  newPage: (options?: PageOptions) => Promise<Page>;
  /** Closes this suite's browser contexts and the server, and removes the database (and a build of its own). */
  close: () => Promise<void>;
}

/**
 * The real server on a fresh embedded database with the demo seed, serving a build of apps/web at /, and
 * Chromium to visit it. `name` tells the temporary data directory apart (koers-<name>-...). Within a vitest run
 * the build, the Chromium and the seeded database are made once for all suites (run-setup.ts): each suite gets
 * its own server on its own copy of the database and its own browser contexts.
 */
export async function startDemoApp(name: string, options: DemoAppOptions = {}): Promise<DemoApp> {
  mkdirSync(RESULTS, { recursive: true });
  let dataDir: string | undefined;
  let server: RunningServer | undefined;
  let shared: WebAndBrowser | undefined;
  const close = async () => {
    await shared?.close();
    await server?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const env = options.env ?? {};
    shared = await webAndBrowser();
    dataDir = await freshDataDir(name, env);
    server = await startServer(configFromEnv({ ...env, KOERS_DATA_DIR: dataDir, PORT: '0', KOERS_WEB_ROOT: shared.webDir }), () => {}, undefined, options.clock ? { clock: options.clock } : {});
    const url = server.url.endsWith('/') ? server.url : `${server.url}/`;
    const { browser } = shared;
    const pageErrors: string[] = [];
    const newPage = async ({ consoleErrors = false, ...contextOptions }: PageOptions = {}) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', ...contextOptions });
      const page = await context.newPage();
      // Fail a step well within vitest's own 30 s, so the report names the step rather than a timeout.
      page.setDefaultTimeout(8_000);
      page.on('pageerror', (error) => pageErrors.push(error.message));
      if (consoleErrors) {
        page.on('console', (message) => {
          if (message.type() === 'error') pageErrors.push(message.text());
        });
      }
      return page;
    };
    return { url, server, browser, page: await newPage(options.page), pageErrors, newPage, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Fills in and sends the sign-in form on screen, then waits for "Mijn trajecten". */
export async function submitSignIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mijn trajecten' }).waitFor();
}

/** Signs out through the header: the account menu (the button with the person's name) holds "Uitloggen". */
export async function signOut(page: Page): Promise<void> {
  await page.locator('.user-menu__toggle').click();
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
}

/**
 * Signs in through the API from the open page of the app at `url` (its session cookie then holds for the page);
 * the page itself still shows the signed-out state until it asks again (reload or navigate).
 */
export async function signInByApi(page: Page, url: string, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${url}/#/`);
  const status = await page.evaluate(async ({ email, password }) => (await fetch('/api/auth/login', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }),
  })).status, { email, password });
  if (status !== 200) throw new Error(`sign-in as ${email} refused: ${status}`);
}

/** Signs in through the UI: opens the sign-in page of the app at `url` and signs in as `email`. */
export async function signIn(page: Page, url: string, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${url}#/inloggen`);
  await submitSignIn(page, email, password);
}

/** What `signedInApi` answers: the status and the parsed JSON body. */
export type ApiCall = <T>(method: string, path: string, body?: unknown) => Promise<{ status: number; body: T }>;

/**
 * The API of the app at `url` as `email` (signed in with a cookie and its CSRF token), for setting a scene or
 * checking what the pages did; `path` is below `api/`.
 */
export async function signedInApi(url: string, email: string, password = DEMO_PASSWORD): Promise<ApiCall> {
  const login = await fetch(`${url}api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = await login.json() as { csrfToken: string };
  return async <T>(method: string, path: string, body?: unknown) => {
    const res = await fetch(`${url}api/${path}`, {
      method, headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, body: await res.json() as T };
  };
}

/** The id of the organisation (school or bestuur) named `name`, as `api` sees the list. */
export async function organisationId(api: ApiCall, name: string): Promise<string> {
  const found = (await api<Array<{ id: string; name: string }>>('GET', 'organisations')).body.find((o) => o.name === name);
  if (!found) throw new Error(`no organisation named ${name}`);
  return found.id;
}

/**
 * What a download holds, as text. Use it instead of `download.path()`, which Playwright refuses on a browser it
 * is connected to (the run's shared Chromium): the file is streamed from the browser's machine instead.
 */
export async function downloadedText(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
