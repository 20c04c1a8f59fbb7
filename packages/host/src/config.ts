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

/**
 * The configuration from environment variables: PORT (3000), HOST (127.0.0.1), DATABASE_URL,
 * KOERS_DATA_DIR (./data), KOERS_SEED (0 to skip the demo), KOERS_ROOT, KOERS_PUBLIC_URL,
 * KOERS_TRUST_PROXY, KOERS_SECURE_COOKIES, KOERS_TRUSTED_ORIGINS, KOERS_WEB_ROOT (apps/web/dist), KOERS_POLL_MS
 * (5000: the poll interval of the scheduler and of the delivery and mail workers), SMTP_URL (without it mails are
 * held for the admin), MAIL_FROM (Koers <koers@localhost>). A value that cannot be used throws `ConfigError`.
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
  };
}
