// Several server processes on one port (`koers serve --workers N`), with node:cluster: the primary prepares the
// database once and keeps N workers running; each worker is the whole server (HTTP, timers, delivery). Everything
// they share lives in PostgreSQL: sessions, the login throttle, idempotency keys, published types (read by version),
// timers and the outboxes (claimed with FOR UPDATE SKIP LOCKED). Written by hand: node:cluster is the library here;
// what is ours is when to prepare, when to restart a worker and how to stop them all.
import cluster, { type Worker } from 'node:cluster';
import type { ServerConfig } from './config';
import { serverLog } from './log';
import { type RunningServer, addressOf, bannerLines, prepareDatabase, startServer, stopOnSignals } from './start';

/** What a worker tells the primary once it listens. */
interface Listening {
  koers: 'listening';
  port: number;
}
const isListening = (message: unknown): message is Listening =>
  typeof message === 'object' && message !== null && (message as Listening).koers === 'listening';

/** A worker that dies this soon after its start counts as a failed start; after this many in a row the primary gives up. */
const QUICK_DEATH_MS = 10_000;
const MAX_QUICK_DEATHS = 5;

/**
 * Runs the server as `config.workers` says: in this process when 1, else as the primary of that many workers (or as
 * one of them, when this process is a worker the primary forked). Resolves once it listens; runs until SIGINT/SIGTERM.
 */
export async function runServer(config: ServerConfig, log: (line: string) => void = console.log, warn: (line: string) => void = console.error): Promise<void> {
  if (cluster.isWorker) {
    const server = await startServer({ ...config, seed: false }, log, warn, { worker: true });
    stopOnSignals(server);
    process.send?.({ koers: 'listening', port: portOf(server) } satisfies Listening);
    return;
  }
  if (config.workers <= 1) {
    stopOnSignals(await startServer(config, log, warn));
    return;
  }
  await servePrimary(config, log, warn);
}

const portOf = (server: RunningServer) => Number(new URL(server.url).port || 80);

/** The primary: prepares the database, forks the workers, restarts one that dies, and stops them all on a signal. */
async function servePrimary(config: ServerConfig, out: (line: string) => void, err: (line: string) => void): Promise<void> {
  const { info: log, warn } = serverLog(config.logFormat ?? 'text', out, err);
  const prepared = await prepareDatabase(config, log, warn);
  let stopping = false;
  let quickDeaths = 0;
  const started = new Map<Worker, number>();

  const fork = () => {
    const worker = cluster.fork();
    started.set(worker, Date.now());
    return worker;
  };
  const listening = (worker: Worker) => new Promise<number>((resolve, reject) => {
    const onMessage = (message: unknown) => {
      if (!isListening(message)) return;
      worker.off('exit', onExit);
      resolve(message.port);
    };
    const onExit = (code: number | null, signal: string | null) => {
      worker.off('message', onMessage);
      reject(new Error(`werkproces stopte voor het luisterde / worker stopped before listening (${signal ?? `exit ${code}`})`));
    };
    worker.on('message', onMessage);
    worker.once('exit', onExit);
  });

  let ports: number[];
  try {
    ports = await Promise.all(Array.from({ length: config.workers }, () => listening(fork())));
  } catch (error) {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
    await prepared.store.close();
    throw error;
  }
  const url = addressOf(config, ports[0]!);
  for (const line of await bannerLines(config, prepared, url, config.workers)) log(line);
  // The primary holds no connection while the workers run: each worker has its own pool.
  await prepared.store.close();

  cluster.on('exit', (worker, code, signal) => {
    const since = started.get(worker) ?? 0;
    started.delete(worker);
    if (stopping) return;
    const how = signal ?? `exit ${code}`;
    quickDeaths = Date.now() - since < QUICK_DEATH_MS ? quickDeaths + 1 : 0;
    if (quickDeaths >= MAX_QUICK_DEATHS) {
      warn(`Werkprocessen stoppen steeds direct na de start (${how}); Koers stopt / worker processes keep stopping right after starting (${how}); Koers stops`);
      void stopAll(1);
      return;
    }
    warn(`Werkproces ${worker.process.pid} stopte (${how}); een nieuw start / worker ${worker.process.pid} stopped (${how}); starting a new one`);
    fork();
  });

  const stopAll = async (exitCode: number) => {
    stopping = true;
    const all = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    // Each worker closes its HTTP server, its background workers and its database on SIGTERM, then ends.
    await Promise.all(all.map((worker) => new Promise<void>((resolve) => {
      if (worker.isDead()) return resolve();
      worker.once('exit', () => resolve());
      worker.process.kill('SIGTERM');
    })));
    process.exit(exitCode);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stopAll(0));
}
