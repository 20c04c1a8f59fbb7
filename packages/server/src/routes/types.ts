import { Hono } from 'hono';
import { Type } from '@sinclair/typebox';
import { type CompiledDefinition, type Lang, type TrajectoryDefinition, textIn } from '@koers/engine';
import { DOCS_HTML_POLICY, renderDocs, toHtml } from '@koers/diagram';
import type { Store } from '@koers/store';
import type { AuthEnv } from '../auth/options';
import type { Clock } from '../context';
import { VersionConflict } from '../errors';
import { invalidBundle } from '../bundle-problems';
import { p } from '../http/params';
import { route } from '../http/route';
import { type TypeRegistry, bundleForms } from '../registry';
import { PUBLISH_LIMITS, PublishTypeBody, PublishedType, TypeBundle, TypeSummary } from '../schemas/types';
import { DIAGRAM_MEDIA, diagramQuery, diagramResponse } from './diagram';

type DocsFormat = 'markdown' | 'html';

// Documentation walks every path through a type: done once per published version, format and language.
const docsCache = new WeakMap<CompiledDefinition, Map<string, Promise<string>>>();
function docsOf(def: CompiledDefinition, lang: Lang, format: DocsFormat): Promise<string> {
  const known = docsCache.get(def) ?? new Map<string, Promise<string>>();
  docsCache.set(def, known);
  const key = `${format}:${lang}`;
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  const title = textIn(def.definition.title, lang);
  const text = format === 'html'
    ? toHtml(def, { lang, title })
    : Promise.resolve(renderDocs(def, { lang, diagramHref: `diagram?format=svg&lang=${lang}`, title }));
  // A failed rendering is not kept: the next request tries again.
  known.set(key, text.catch((error: unknown) => {
    known.delete(key);
    throw error;
  }));
  return known.get(key)!;
}

/** The newest version of every published type, by Dutch title, with the roles it declares and their names (GET /api/types). */
export async function publishedTypes(registry: TypeRegistry) {
  const versions = await registry.list();
  const newest = new Map<string, (typeof versions)[number]>();
  for (const v of versions) if ((newest.get(v.typeId)?.version ?? 0) < v.version) newest.set(v.typeId, v);
  const rows = [...newest.values()].map((v) => {
    const d = v.definition as TrajectoryDefinition;
    return {
      id: v.typeId, version: v.version, title: d.title, description: d.description, roles: Object.keys(d.roles),
      roleTitles: Object.fromEntries(Object.entries(d.roles).map(([role, spec]) => [role, spec.title])),
      versions: versions.filter((x) => x.typeId === v.typeId).map((x) => x.version),
      publishedAt: v.publishedAt,
      note: v.note,
      groupTitle: d.groups?.title ?? null,
    };
  });
  return rows.sort((a, b) => a.title.nl.localeCompare(b.title.nl, 'nl'));
}

const tag = 'types';
const version = { version: p.version() };
const typeId = { id: p.typeId('Trajectsoort-id.') };

const list = route({
  tag, summary: 'Trajectsoorten met hun versies / trajectory types with their versions', access: 'public',
  responses: { 200: { description: 'De nieuwste versie van elke soort, met alle versienummers, op Nederlandse titel.', schema: Type.Array(TypeSummary) } },
});
const publish = route({
  tag, summary: 'Een versie publiceren (beheerder) / publish a version (admin)', access: 'admin',
  description: 'Gevalideerd en gecontroleerd door de engine. Een gepubliceerde versie verandert nooit: dezelfde id en versie nog eens is 409. Fouten (422) wijzen met `path` in het verzoek (`/definition/machine/...`, `/forms/2/schema/...`) en met `file` + `pointer` binnen het deel. Een definitie mag even groot (2 MB) en diep zijn als in een bestand.',
  body: PublishTypeBody, limits: PUBLISH_LIMITS, errors: [409],
  responses: { 201: { description: 'Gepubliceerd.', schema: PublishedType } },
});
const show = route({
  tag, summary: 'Definitie en formulieren van een versie / definition and forms of a version', access: 'public',
  description: 'Dezelfde bundel die POST /api/types en POST /api/type-drafts/import nemen. `?download=true` geeft hem als bijlage `<id>-v<versie>.json` (zelfde JSON).',
  params: typeId, query: { ...version, download: p.flag('Als bijlage `<id>-v<versie>.json` / as an attachment') }, errors: [404],
  responses: { 200: { description: 'De definitie en de formulieren die haar stappen gebruiken.', schema: TypeBundle } },
});
const diagram = route({
  tag, summary: 'Diagram (SVG, PNG, Mermaid, DOT) / diagram', access: 'public',
  description: 'Het stroomschema van de soort, met titels in de gevraagde taal. `?download` geeft het als bijlage.',
  params: typeId, query: { ...version, ...diagramQuery }, errors: [404],
  responses: { 200: { description: 'Het diagram.', media: DIAGRAM_MEDIA } },
});
const docs = route({
  tag, summary: 'Documentatie in Markdown of als afdrukbare HTML / documentation as Markdown or printable HTML', access: 'public',
  description: 'Elke stap met instructies, rollen, formulieren en de paden door de soort. `?format=html` geeft één afdrukbare pagina met het schema erin (afdrukken of als PDF bewaren via de browser); `?download` als bijlage.',
  params: typeId,
  query: {
    ...version, lang: { ...p.lang(), description: 'Taal van titels en labels / language of titles and labels' },
    format: p.oneOf(['markdown', 'html'] as const, 'Markdown (standaard) of afdrukbare HTML / Markdown (default) or printable HTML', 'markdown'),
    download: p.flag('Als bestand downloaden / as a download'),
  },
  errors: [404],
  responses: { 200: { description: 'Markdown, of een HTML-pagina.', media: ['text/markdown', 'text/html'] } },
});

/**
 * The published trajectory types: list, definition with forms, diagram, documentation (anyone), and
 * publishing a new version (admins; validated and linted by the engine, immutable once written).
 */
export function typeRoutes(deps: { registry: TypeRegistry; store: Store; clock: Clock }) {
  const { registry } = deps;
  const find = (id: string, v: number | undefined) => registry.get(id, v, '/id');
  return new Hono<AuthEnv>()
    .get('/', list.check, async (c) => list.json(c, 200, await publishedTypes(registry)))
    .post('/', publish.check, async (c) => {
      const viewer = c.var.viewer;
      const body = c.req.valid('json');
      const note = body.note?.trim();
      const outcome = await registry.publish({ definition: body.definition, forms: body.forms ?? [], ...(note ? { note } : {}) }, viewer.userId);
      if (outcome.kind === 'invalid') throw invalidBundle(outcome.problems);
      if (outcome.kind === 'exists') {
        throw new VersionConflict({
          nl: `Versie ${outcome.version} van "${outcome.typeId}" is al gepubliceerd en verandert niet meer; geef de nieuwe versie een hoger nummer.`,
          en: `Version ${outcome.version} of "${outcome.typeId}" is already published and never changes; give the new version a higher number.`,
        }, '/definition/version', { typeId: outcome.typeId, version: outcome.version });
      }
      const d = outcome.definition.definition;
      await deps.store.audit.append({ at: deps.clock.now(), actorId: viewer.userId, action: 'type.publish', detail: { typeId: d.id, version: d.version, ...(note ? { note } : {}) } });
      return publish.json(c, 201, { id: d.id, version: d.version, title: d.title, forms: bundleForms(outcome.definition).map((f) => f.definition.id) });
    })
    .get('/:id', show.check, async (c) => {
      const def = await find(c.req.valid('param').id, c.req.valid('query').version);
      if (c.req.valid('query').download) c.header('Content-Disposition', `attachment; filename="${def.definition.id}-v${def.definition.version}.json"`);
      return show.json(c, 200, { definition: def.definition, forms: bundleForms(def).map((f) => f.definition) });
    })
    .get('/:id/diagram', diagram.check, async (c) => {
      const { version: v, format, lang, download } = c.req.valid('query');
      const def = await find(c.req.valid('param').id, v);
      return diagramResponse(c, def, format ?? 'svg', { lang: lang ?? 'nl' }, download === true);
    })
    .get('/:id/docs', docs.check, async (c) => {
      const { version: v, lang, format, download } = c.req.valid('query');
      const def = await find(c.req.valid('param').id, v);
      const html = format === 'html';
      const d = def.definition;
      const file = html ? `${d.id}-v${d.version}-${lang ?? 'nl'}.html` : `${d.id}.md`;
      c.header('Content-Type', html ? 'text/html; charset=utf-8' : 'text/markdown; charset=utf-8');
      if (html) c.header('Content-Security-Policy', DOCS_HTML_POLICY);
      c.header('Content-Disposition', `${download ? 'attachment' : 'inline'}; filename="${file}"`);
      return c.body(await docsOf(def, lang ?? 'nl', html ? 'html' : 'markdown'));
    });
}
