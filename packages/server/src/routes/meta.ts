import { Hono } from 'hono';
import { Type } from '@sinclair/typebox';
import type { AuthEnv } from '../auth/options';
import { route } from '../http/route';

const health = route({
  tag: 'meta', summary: 'Draait de server / is the server up', access: 'public',
  responses: { 200: { description: 'De server draait en antwoordt.', schema: Type.Object({ ok: Type.Literal(true) }) } },
});
const catalogue = route({
  tag: 'pages', summary: 'Oud adres van de catalogus / the catalogue\'s old address', access: 'public',
  description: 'De catalogus van trajectsoorten staat in de web-app op `/#/soorten`; dit adres stuurt daarheen door (301).',
  responses: { 301: { description: 'Doorverwijzing naar `/#/soorten`.' } },
});

/** The service itself: whether it is up, and the catalogue's old address, now a redirect to the web app's types page. */
export function metaRoutes() {
  return new Hono<AuthEnv>()
    .get('/api/health', health.check, (c) => health.json(c, 200, { ok: true }))
    .get('/catalogus', catalogue.check, (c) => c.redirect('/#/soorten', 301));
}
