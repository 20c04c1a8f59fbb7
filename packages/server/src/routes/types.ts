import { Hono } from 'hono';
import { type CompiledDefinition, type Lang, t } from '@koers/engine';
import { type DiagramFormat, renderDiagram, renderDocs } from '@koers/diagram';
import { type Catalogue, findDefinition, formsOf, listTypes } from '../catalogue';
import { InvalidRequest } from '../errors';
import { langOf } from '../lang';

const FORMATS: Record<DiagramFormat, string> = {
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  mermaid: 'text/plain; charset=utf-8',
  dot: 'text/vnd.graphviz; charset=utf-8',
};
const EXTENSIONS: Record<DiagramFormat, string> = { svg: 'svg', png: 'png', mermaid: 'mmd', dot: 'dot' };

function versionOf(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^[1-9]\d{0,6}$/.test(raw)) {
    throw new InvalidRequest({ nl: `Versie "${raw}" is geen geheel getal vanaf 1.`, en: `Version "${raw}" is not a whole number from 1.` }, '/version');
  }
  return Number(raw);
}

function formatOf(raw: string | undefined): DiagramFormat {
  const format = raw ?? 'svg';
  if (!Object.hasOwn(FORMATS, format)) {
    throw new InvalidRequest({ nl: `Formaat "${format}" bestaat niet; kies svg, png, mermaid of dot.`,
      en: `Format "${format}" does not exist; use svg, png, mermaid or dot.` }, '/format');
  }
  return format as DiagramFormat;
}

// Documentation walks every path through a type: done once per published version and language.
const docsCache = new WeakMap<CompiledDefinition, Map<string, string>>();
function docsOf(def: CompiledDefinition, lang: Lang): string {
  const perLang = docsCache.get(def) ?? new Map<string, string>();
  docsCache.set(def, perLang);
  const known = perLang.get(lang);
  if (known !== undefined) return known;
  const text = renderDocs(def, { lang, diagramHref: `diagram?format=svg&lang=${lang}`, title: t(def.definition.title, lang) });
  perLang.set(lang, text);
  return text;
}

/** Read-only routes over the published trajectory types: list, definition, forms, diagram, documentation. */
export function typeRoutes(catalogue: Catalogue) {
  return new Hono()
    .get('/', (c) =>
      c.json(listTypes(catalogue).map(({ definition: d, index }) => ({
        id: d.id, version: d.version, title: d.title, description: d.description,
        roles: Object.keys(d.roles), steps: [...index.states.values()].filter((s) => s.kind === 'atomic' || s.kind === 'final').length,
        versions: catalogue.definitions.filter((x) => x.definition.id === d.id).map((x) => x.definition.version).sort((a, b) => a - b),
      }))))
    .get('/:id', (c) => {
      const def = findDefinition(catalogue, c.req.param('id'), versionOf(c.req.query('version')));
      return c.json({ definition: def.definition, forms: formsOf(def).map((f) => f.definition) });
    })
    .get('/:id/diagram', async (c) => {
      const def = findDefinition(catalogue, c.req.param('id'), versionOf(c.req.query('version')));
      const format = formatOf(c.req.query('format'));
      const lang = langOf(c.req.query('lang'));
      const body = await renderDiagram(def, format, { lang });
      const name = `${def.definition.id}-v${def.definition.version}.${EXTENSIONS[format]}`;
      c.header('Content-Type', FORMATS[format]);
      if (c.req.query('download') !== undefined) c.header('Content-Disposition', `attachment; filename="${name}"`);
      return c.body(typeof body === 'string' ? body : new Uint8Array(body));
    })
    .get('/:id/docs', (c) => {
      const def = findDefinition(catalogue, c.req.param('id'), versionOf(c.req.query('version')));
      const lang = langOf(c.req.query('lang'));
      c.header('Content-Type', 'text/markdown; charset=utf-8');
      c.header('Content-Disposition', `inline; filename="${def.definition.id}.md"`);
      return c.body(docsOf(def, lang));
    });
}
