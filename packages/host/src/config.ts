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
  /** How often the background workers (delivery of notifications, mail) look for work, in ms. */
  pollMs: number;
}

/**
 * The configuration from environment variables: PORT (3000), HOST (127.0.0.1), DATABASE_URL,
 * KOERS_DATA_DIR (./data), KOERS_SEED (0 to skip the demo), KOERS_ROOT, KOERS_PUBLIC_URL,
 * KOERS_TRUST_PROXY, KOERS_SECURE_COOKIES, KOERS_TRUSTED_ORIGINS, KOERS_WEB_ROOT (apps/web/dist), SMTP_URL,
 * MAIL_FROM (Koers <koers@localhost>), KOERS_POLL_MS (5000).
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
    pollMs: Number(env.KOERS_POLL_MS) > 0 ? Number(env.KOERS_POLL_MS) : 5000,
  };
}
