// Startup shared by `koers serve` (which `npm start` runs) and main.ts: store + catalogue (+ demo seed) -> app -> listen.
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { getConnInfo } from '@hono/node-server/conninfo';
import { type Clock, createApp, createDelivery, createMailWorker, createRegistry, createScheduler, driftWarning, errorReport, publishedDrift } from '@koers/server';
import { type Store, cachedPgliteTemplate, createStore, isNewDataDir } from '@koers/store';
import { loadCatalogue } from './catalogue';
import type { ServerConfig } from './config';
import { accountsTable, cachedDemoTemplate, hasDemoAccounts, isEmptyDatabase, missingDemoTypes, seedDemo } from './demo';
import { smtpMailer } from './mailer';
import { serverLog } from './log';

/** A listening server: where it is, and how to stop it (the HTTP server first, then the database). */
export interface RunningServer {
  url: string;
  store: Store;
  /**
   * The background workers in this process: the scheduler (timers and reminders), delivery of what the engine asks
   * to tell (inbox + mails) and, with SMTP_URL, the mail sender. Tests call `tick()` to run one round now instead of waiting for the poll.
   */
  workers: { delivery: ReturnType<typeof createDelivery>; mail?: ReturnType<typeof createMailWorker>; scheduler: ReturnType<typeof createScheduler> };
  close(): Promise<void>;
}

/** What tests may change about a started server (the clock, moved by hand instead of sleeping), and a worker's quiet. */
export interface StartOptions {
  clock?: Clock;
  /**
   * One of several worker processes (`koers serve --workers N`): the primary prepared the database (migrations, the
   * demo, the drift warnings) and prints the banner; this process only listens and runs its background workers.
   */
  worker?: boolean;
}

/** A database opened and made ready: migrated, the demo seeded into an empty one (`fresh`), drift warned about. */
export interface PreparedDatabase {
  store: Store;
  catalogue: ReturnType<typeof loadCatalogue>;
  fresh: boolean;
}

/**
 * Opens the database (the store migrates it), seeds the demo into an empty one unless KOERS_SEED=0, and warns about a
 * definition file that differs from the version published under its number. Done once, by the one process or by the
 * primary of several (`serveWorkers`).
 */
export async function prepareDatabase(config: ServerConfig, log: (line: string) => void, warn: (line: string) => void): Promise<PreparedDatabase> {
  const catalogue = loadCatalogue(config.root);
  // A new PGlite database starts from what `koers prepare` (npm install) made, when there is one: the demo made
  // ahead (recent, and made from these sources), else the migrated template (no initdb: ~2 s less).
  const local = !config.databaseUrl;
  const demo = local && config.seed && isNewDataDir(config.dataDir) ? cachedDemoTemplate(config.root, cacheDirOf(config.root), new Date()) : undefined;
  const template = !local ? undefined : demo?.dump ?? cachedPgliteTemplate(cacheDirOf(config.root));
  const store = await createStore({ url: config.databaseUrl, dataDir: config.dataDir, ...(template ? { loadDataDir: template } : {}) });
  let fresh = false;
  const missing = missingDemoTypes(catalogue);
  try {
    if (demo) {
      fresh = true;
      log(`Demo-gegevens van ${demo.seededAt} (koers prepare) / demo data made ahead at ${demo.seededAt}`);
    } else if (config.seed && missing.length > 0 && (await isEmptyDatabase(store))) {
      log(`Geen demo: trajectsoort ${missing.join(', ')} ontbreekt / no demo: trajectory type ${missing.join(', ')} missing`);
    } else if (config.seed && (await isEmptyDatabase(store))) {
      const began = performance.now();
      await seedDemo(store, catalogue);
      fresh = true;
      const ms = Math.round(performance.now() - began);
      log(`Demo-gegevens aangemaakt in ${ms} ms / demo data seeded in ${ms} ms`);
    }
    for (const drift of await publishedDrift(store, catalogue)) warn(driftWarning(drift));
  } catch (error) {
    await store.close();
    throw error;
  }
  return { store, catalogue, fresh };
}

/** The lines that say where the server runs, on what, and (with the demo) who can sign in. */
export async function bannerLines(config: ServerConfig, prepared: PreparedDatabase, url: string, workers = 1): Promise<string[]> {
  const { store, catalogue, fresh } = prepared;
  const lines = [
    workers > 1 ? `Koers draait op / runs at ${url} (${workers} werkprocessen / worker processes)` : `Koers draait op / runs at ${url}`,
    `Database: ${store.driver === 'postgres' ? 'PostgreSQL' : `PGlite in ${config.dataDir}`}`,
    `${catalogue.definitions.length} trajectsoorten geladen / trajectory types loaded`,
  ];
  if (config.seed && (fresh || (await hasDemoAccounts(store)))) lines.push(...accountsTable({ url, fresh }));
  if (!config.smtpUrl) lines.push('Geen SMTP_URL: mails blijven in de outbox voor de beheerder / no SMTP_URL: mails are held in the outbox for the admin');
  return lines;
}

/** Where `koers prepare` keeps what it made for faster starts (the migrated PGlite template): `node_modules/.cache/koers`. */
export const cacheDirOf = (root: string) => join(root, 'node_modules', '.cache', 'koers');

/** The address people open: KOERS_PUBLIC_URL, else the host and port it listens on. */
export const addressOf = (config: ServerConfig, port: number) => config.publicUrl ?? `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;

/**
 * Opens the database, seeds the demo into an empty one, and listens. Lines for the console go to `out`,
 * warnings (a definition file that differs from the version published under its number) and errors to `err`, in
 * the format of `config.logFormat` (`serverLog`; with JSON also a line per answered request to `out`).
 */
export async function startServer(
  config: ServerConfig, out: (line: string) => void = console.log, err: (line: string) => void = console.error, options: StartOptions = {},
): Promise<RunningServer> {
  // A malformed SMTP_URL stops the start before anything is opened (its message never repeats the password).
  const mailer = config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : undefined;
  const clock: Clock = options.clock ?? { now: () => new Date() };
  const logs = serverLog(config.logFormat ?? 'text', out, err);
  const { info: log, warn } = logs;
  const prepared = options.worker
    ? { store: await createStore({ url: config.databaseUrl, dataDir: config.dataDir }), catalogue: loadCatalogue(config.root), fresh: false }
    : await prepareDatabase(config, log, warn);
  const { store, catalogue } = prepared;
  // One registry for the routes and the scheduler: a type version is compiled once per process.
  const registry = createRegistry(store, { shipped: catalogue, now: () => clock.now() });
  const app = createApp({
    catalogue, store, clock, registry, secureCookies: config.secureCookies, publicUrl: config.publicUrl, mailsHeld: !mailer,
    // The report holds no values (no query, parameters or message): a 500 never puts secrets or answers in the log.
    reportError: logs.error,
    ...(logs.request ? { logRequest: logs.request } : {}),
    // Behind a trusted proxy its X-Request-Id names the request here too, so both logs tell of the same one.
    trustRequestId: config.trustProxy,
    ...(existsSync(join(config.webRoot, 'index.html')) ? { web: serveStatic({ root: config.webRoot }) } : {}),
    auth: {
      // Behind one reverse proxy the socket's address is the proxy's; the last X-Forwarded-For entry is the
      // one the proxy appended (earlier entries come from the client and can be made up).
      clientIp: (c) => (config.trustProxy ? c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim() : undefined) ?? getConnInfo(c).remote.address,
      trustedOrigins: config.trustedOrigins,
    },
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
    s.once('error', reject);
  }).catch(async (error: unknown) => {
    await store.close();
    throw error;
  });
  const port = (server.address() as AddressInfo).port;
  const url = addressOf(config, port);
  if (!options.worker) for (const line of await bannerLines(config, prepared, url)) log(line);

  // As the scheduler's: the error's class and frames only, never its message (it may hold addresses or values).
  const reportWorkerError = (error: unknown) => {
    const report = errorReport(error, { requestId: '-', method: 'WORKER', path: '' });
    warn([`${new Date().toISOString()} meldingen/notifications ${report.errorClass}${report.sqlState ? ` sqlstate=${report.sqlState}` : ''}`,
      ...report.frames.map((f) => `    ${f}`)].join('\n'));
  };
  const workers = {
    delivery: createDelivery({ store, clock, publicUrl: url, pollMs: config.pollMs, reportError: reportWorkerError, ...(mailer ? { mailer } : {}) }),
    ...(mailer ? { mail: createMailWorker({ store, clock, mailer, pollMs: config.pollMs, reportError: reportWorkerError }) } : {}),
  };
  workers.delivery.start();
  workers.mail?.start();

  // Timers and reminders fire in this process; a failure is logged (class and frames only) and tried next poll.
  const scheduler = createScheduler({ store, registry, clock, pollMs: config.pollMs, log: warn });
  scheduler.start();

  let closing: Promise<void> | undefined;
  const stopWorkers = async () => {
    await Promise.all([workers.delivery.stop(), workers.mail?.stop()]);
    mailer?.close();
  };
  return {
    url, store, workers: { ...workers, scheduler },
    // The workers stop first (each finishes its round), then the HTTP server, then the database.
    close: () => (closing ??= Promise.all([scheduler.stop(), stopWorkers()])
      .then(() => new Promise<void>((resolve) => server.close(() => resolve())))
      .finally(() => store.close())),
  };
}

/** Stops the server on Ctrl-C or SIGTERM, then ends the process. */
export function stopOnSignals(server: RunningServer): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void server.close().finally(() => process.exit(0)));
  }
}
