import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Catalogue } from './catalogue';
import { Unprocessable, isApiError } from './errors';
import { typeRoutes } from './routes/types';
import { cataloguePage } from './pages/catalogue';
import { langOf } from './lang';

export interface AppDeps {
  catalogue: Catalogue;
}

/**
 * The Koers HTTP API. Everything comes in through `deps`; the app reads no environment and never listens.
 * @example const app = createApp({ catalogue }); const res = await app.request('/api/types');
 */
export function createApp(deps: AppDeps) {
  const app = new Hono()
    .get('/api/health', (c) => c.json({ ok: true }))
    .route('/api/types', typeRoutes(deps.catalogue))
    .get('/', (c) => c.html(cataloguePage(deps.catalogue, langOf(c.req.query('lang')))));

  app.notFound((c) =>
    c.json({ error: { code: 'not-found', message: { nl: 'Deze pagina bestaat niet.', en: 'This page does not exist.' }, path: c.req.path } }, 404),
  );
  // The one place where errors become HTTP answers.
  app.onError((error, c) => {
    if (isApiError(error)) {
      const body: Record<string, unknown> = { code: error.code, message: error.messageText, path: error.path };
      if (error instanceof Unprocessable) body.fieldErrors = error.fieldErrors;
      if (error.details !== undefined) body.details = error.details;
      return c.json({ error: body }, error.status as ContentfulStatusCode);
    }
    console.error(error);
    return c.json({ error: { code: 'internal', message: { nl: 'Er ging iets mis op de server.', en: 'Something went wrong on the server.' } } }, 500);
  });
  return app;
}

export type AppType = ReturnType<typeof createApp>;
