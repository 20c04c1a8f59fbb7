import { availableParallelism } from 'node:os';
import { join } from 'node:path';

/** Everything the server needs from its surroundings; `configFromEnv` reads it from the environment. */
export interface ServerConfig {
  /** The checkout with `workflows/` and `forms/`. */
  root: string;
  port: number;
  host: string;
  /** PostgreSQL; without it, PGlite in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  /** Fill an empty database with the demo on start. */
  seed: boolean;
  publicUrl?: string;
  /** Take the client address from the last X-Forwarded-For entry (behind one reverse proxy). */
  trustProxy: boolean;
  secureCookies: boolean;
  trustedOrigins: string[];
  /** The built web app (`npm run build`); served at `/` when it has an index.html. */
  webRoot: string;
  /** Where mail goes (`smtp://user:password@host:587`); without it mails are held in the outbox for the admin. */
  smtpUrl?: string;
  /** The sender of Koers's mails. */
  mailFrom: string;
  /** How often the scheduler looks for due timers and reminders (ms), when nothing is due. */
  pollMs: number;
  /**
   * How many server processes share the port (`koers serve --workers N`, KOERS_WORKERS): by default the machine's
   * cores with PostgreSQL, 1 with PGlite (one process at a time by nature).
   */
  workers: number;
  /** KOERS_LOG: `text` (default) or `json` (one JSON object a line, and a line per answered request). */
  logFormat?: LogFormat;
}

/** KOERS_LOG: `text` (default) or `json`. */
export type LogFormat = 'text' | 'json';

export function logFormatFrom(value: string | undefined): LogFormat {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'text') return 'text';
  if (text === 'json') return 'json';
  throw new ConfigError(`KOERS_LOG moet "text" of "json" zijn, niet "${value}" / KOERS_LOG must be "text" or "json", not "${value}"`);
}

/** The scheduler's poll interval without KOERS_POLL_MS. */
export const DEFAULT_POLL_MS = 5_000;

/** A configuration value that cannot be used: the server refuses to start, saying which and why (Dutch, then English). */
export class ConfigError extends Error {
  readonly code = 'config' as const;
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** KOERS_POLL_MS: a whole number of milliseconds from 10 to 3,600,000 (an hour). */
export function pollMsFrom(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_POLL_MS;
  const ms = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(ms) || ms < 10 || ms > 3_600_000) {
    throw new ConfigError(
      `KOERS_POLL_MS moet een heel aantal milliseconden tussen 10 en 3600000 zijn, niet "${value}" / ` +
      `KOERS_POLL_MS must be a whole number of milliseconds between 10 and 3600000, not "${value}"`,
    );
  }
  return ms;
}

/** The most worker processes one server starts. */
export const MAX_WORKERS = 64;

/**
 * KOERS_WORKERS / `--workers`: a whole number from 1 to 64, or `auto` (the default): the machine's cores with
 * PostgreSQL, 1 with PGlite. More than 1 on PGlite is refused: its database belongs to one process.
 */
export function workersFrom(value: string | undefined, databaseUrl: string | undefined, cores = availableParallelism()): number {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'auto') return databaseUrl ? Math.min(cores, MAX_WORKERS) : 1;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > MAX_WORKERS) {
    throw new ConfigError(
      `Het aantal werkprocessen (KOERS_WORKERS of --workers) moet een heel getal van 1 tot en met ${MAX_WORKERS} zijn of "auto", niet "${value}" / ` +
      `the number of worker processes (KOERS_WORKERS or --workers) must be a whole number from 1 to ${MAX_WORKERS} or "auto", not "${value}"`,
    );
  }
  if (n > 1 && !databaseUrl) {
    throw new ConfigError(
      `Meer werkprocessen kan alleen met PostgreSQL (DATABASE_URL): PGlite hoort bij één proces / ` +
      `several worker processes need PostgreSQL (DATABASE_URL): PGlite belongs to one process`,
    );
  }
  return n;
}

/**
 * The configuration from environment variables: PORT (3000), HOST (127.0.0.1), DATABASE_URL,
 * KOERS_DATA_DIR (./data), KOERS_SEED (0 to skip the demo), KOERS_ROOT, KOERS_PUBLIC_URL,
 * KOERS_TRUST_PROXY, KOERS_SECURE_COOKIES, KOERS_TRUSTED_ORIGINS, KOERS_WEB_ROOT (apps/web/dist), KOERS_POLL_MS
 * (5000: the poll interval of the scheduler and of the delivery and mail workers), SMTP_URL (without it mails are
 * held for the admin), MAIL_FROM (Koers <koers@localhost>), KOERS_WORKERS (`auto`: the cores with PostgreSQL, else 1), KOERS_LOG
 * (`text` or `json`). A value that cannot be used throws `ConfigError`.
 */
export function configFromEnv(env: Record<string, string | undefined> = process.env): ServerConfig {
  const publicUrl = env.KOERS_PUBLIC_URL || undefined;
  const root = env.KOERS_ROOT ?? join(import.meta.dirname, '..', '..', '..');
  return {
    root,
    webRoot: env.KOERS_WEB_ROOT ?? join(root, 'apps', 'web', 'dist'),
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.KOERS_DATA_DIR ?? './data',
    seed: env.KOERS_SEED !== '0',
    publicUrl,
    trustProxy: env.KOERS_TRUST_PROXY === '1',
    secureCookies: env.KOERS_SECURE_COOKIES === '1' || publicUrl?.startsWith('https://') === true,
    trustedOrigins: (env.KOERS_TRUSTED_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Koers <koers@localhost>',
    pollMs: pollMsFrom(env.KOERS_POLL_MS),
    workers: workersFrom(env.KOERS_WORKERS, env.DATABASE_URL || undefined),
    logFormat: logFormatFrom(env.KOERS_LOG),
  };
}
