// Entry point: environment -> catalogue -> app -> listen. Everything else lives in packages/.
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from '@koers/server';
import { loadCatalogue } from './catalogue';

const root = process.env.KOERS_ROOT ?? join(import.meta.dirname, '..', '..', '..');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

const catalogue = loadCatalogue(root);
const app = createApp({ catalogue });
const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
  console.log(`Koers draait op / runs at http://${host === '0.0.0.0' ? 'localhost' : host}:${info.port}`);
  console.log(`${catalogue.definitions.length} trajectsoorten geladen / trajectory types loaded`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
