// Entry point: environment -> store + catalogue -> app -> listen. Everything else lives in packages/.
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createApp } from '@koers/server';
import { createStore } from '@koers/store';
import { loadCatalogue } from './catalogue';

const root = process.env.KOERS_ROOT ?? join(import.meta.dirname, '..', '..', '..');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const publicUrl = process.env.KOERS_PUBLIC_URL;
// Behind one reverse proxy the socket's address is the proxy's; KOERS_TRUST_PROXY=1 takes the address the proxy
// appended to X-Forwarded-For (the last one: earlier entries come from the client and can be made up).
const trustProxy = process.env.KOERS_TRUST_PROXY === '1';

const catalogue = loadCatalogue(root);
const store = await createStore({ url: process.env.DATABASE_URL, dataDir: process.env.KOERS_DATA_DIR ?? './data' });
const app = createApp({
  catalogue,
  store,
  clock: { now: () => new Date() },
  secureCookies: process.env.KOERS_SECURE_COOKIES === '1' || publicUrl?.startsWith('https://') === true,
  auth: {
    clientIp: (c) => (trustProxy ? c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim() : undefined) ?? getConnInfo(c).remote.address,
    trustedOrigins: (process.env.KOERS_TRUSTED_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
  },
});
const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
  console.log(`Koers draait op / runs at http://${host === '0.0.0.0' ? 'localhost' : host}:${info.port}`);
  console.log(`Database: ${store.driver === 'postgres' ? 'PostgreSQL' : `PGlite in ${process.env.KOERS_DATA_DIR ?? './data'}`}`);
  console.log(`${catalogue.definitions.length} trajectsoorten geladen / trajectory types loaded`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => void store.close().finally(() => process.exit(0))));
}
