import { Hono } from 'hono';
import { Type } from '@sinclair/typebox';
import type { AuthEnv } from '../auth/options';
import { p } from '../http/params';
import { route } from '../http/route';
import { CATALOGUE_STYLE, cataloguePage } from '../pages/catalogue';
import type { TypeRegistry } from '../registry';

const health = route({
  tag: 'meta', summary: 'Draait de server / is the server up', access: 'public',
  responses: { 200: { description: 'De server draait en antwoordt.', schema: Type.Object({ ok: Type.Literal(true) }) } },
});
const catalogue = route({
  tag: 'pages', summary: 'Catalogus van trajectsoorten (HTML) / catalogue of trajectory types', access: 'public',
  description: 'Een pagina zonder script: elke trajectsoort (de nieuwste versie) met diagram, rollen en links naar de exports en de documentatie.',
  query: { lang: p.lang() },
  responses: { 200: { description: 'De pagina.', media: ['text/html'] } },
});
const catalogueStyle = route({
  tag: 'pages', summary: 'Stijlblad van de catalogus / the catalogue\'s style sheet', access: 'public',
  responses: { 200: { description: 'CSS.', media: ['text/css'] } },
});

/** The service itself: whether it is up, and the server-rendered catalogue pages outside /api. */
export function metaRoutes(registry: TypeRegistry) {
  return new Hono<AuthEnv>()
    .get('/api/health', health.check, (c) => health.json(c, 200, { ok: true }))
    .get('/catalogus', catalogue.check, async (c) => c.html(cataloguePage(await registry.catalogue(), c.req.valid('query').lang ?? 'nl')))
    .get('/catalogus.css', catalogueStyle.check, (c) => {
      c.header('Content-Type', 'text/css; charset=utf-8');
      return c.body(CATALOGUE_STYLE);
    });
}
