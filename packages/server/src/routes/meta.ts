import { Hono } from 'hono';
import { Type } from '@sinclair/typebox';
import type { AuthEnv } from '../auth/options';
import { route } from '../http/route';

const health = route({
  tag: 'meta', summary: 'Draait de server / is the server up', access: 'public',
  responses: { 200: { description: 'De server draait en antwoordt.', schema: Type.Object({ ok: Type.Literal(true) }) } },
});
const live = route({
  tag: 'meta', summary: 'Leeft het proces / is the process alive', access: 'public',
  description: 'Voor een load balancer of orchestrator (liveness): het proces antwoordt. Leest de database niet.',
  responses: { 200: { description: 'Het proces antwoordt.', schema: Type.Object({ ok: Type.Literal(true) }) } },
});
const ready = route({
  tag: 'meta', summary: 'Kan het verzoeken aan / is it ready for requests', access: 'public',
  description: 'Voor een load balancer (readiness): 200 als de database antwoordt, anders 503 en krijgt dit proces geen verkeer.',
  responses: {
    200: { description: 'De database antwoordt.', schema: Type.Object({ ok: Type.Literal(true), database: Type.Literal('ok') }) },
    503: { description: 'De database antwoordt niet.', schema: Type.Object({ ok: Type.Literal(false), database: Type.Literal('unavailable') }) },
  },
});
const catalogue = route({
  tag: 'pages', summary: 'Oud adres van de catalogus / the catalogue\'s old address', access: 'public',
  description: 'De catalogus van trajectsoorten staat in de web-app op `/#/soorten`; dit adres stuurt daarheen door (301).',
  responses: { 301: { description: 'Doorverwijzing naar `/#/soorten`.' } },
});

/**
 * The service itself: whether it is up (`/api/health`, `/healthz`), whether it can serve (`/readyz`: the database
 * answers), and the catalogue's old address, now a redirect to the web app's types page.
 */
export function metaRoutes(database: { ping(): Promise<void> }) {
  return new Hono<AuthEnv>()
    .get('/api/health', health.check, (c) => health.json(c, 200, { ok: true }))
    .get('/healthz', live.check, (c) => live.json(c, 200, { ok: true }))
    .get('/readyz', ready.check, async (c) => {
      try {
        await database.ping();
        return ready.json(c, 200, { ok: true, database: 'ok' });
      } catch {
        // Not why (the error may name the host or the user): only that it does not answer.
        return ready.json(c, 503, { ok: false, database: 'unavailable' });
      }
    })
    .get('/catalogus', catalogue.check, (c) => c.redirect('/#/soorten', 301));
}
