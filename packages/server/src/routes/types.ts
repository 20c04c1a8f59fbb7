import { Hono } from 'hono';
import { type CompiledDefinition, DEFAULT_LIMITS, DEFINITION_MAX_DEPTH, type Lang, type Problem, type TrajectoryDefinition, t } from '@koers/engine';
import { renderDocs } from '@koers/diagram';
import type { Store } from '@koers/store';
import { requireAdmin } from '../access';
import type { AuthEnv } from '../auth/options';
import { bodySchema, readJson } from '../body';
import type { Clock } from '../context';
import { Unprocessable, VersionConflict } from '../errors';
import { langOf } from '../lang';
import { typeIdParam, versionParam } from '../query';
import { type TypeRegistry, bundleForms } from '../registry';
import { PublishTypeSchema } from '../schemas/trajectories';
import { diagramResponse, formatOf } from './diagram';

/**
 * A definition may be as large (2 MB) and nest as deeply here as in a file; the envelope adds two levels (`{ forms: [ form ] }`).
 * Each part is then checked against DEFINITION_MAX_DEPTH itself, with its own pointer.
 */
const PUBLISH_LIMITS = { maxLength: DEFAULT_LIMITS.maxLength, maxDepth: DEFINITION_MAX_DEPTH + 2 };

const PublishBody = bodySchema<{ definition: Record<string, unknown>; forms?: Array<Record<string, unknown>> }>(PublishTypeSchema);

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

/** A problem in an uploaded bundle, located in the request body (`/definition/...`, `/forms/2/...`). */
function bodyProblem(p: Problem) {
  return { path: `/${p.file}${p.pointer}`, file: p.file, pointer: p.pointer, code: p.code, message: p.message };
}

/** The newest version of every published type, by Dutch title, with the roles it declares (GET /api/types). */
export async function publishedTypes(registry: TypeRegistry) {
  const versions = await registry.list();
  const newest = new Map<string, (typeof versions)[number]>();
  for (const v of versions) if ((newest.get(v.typeId)?.version ?? 0) < v.version) newest.set(v.typeId, v);
  const rows = [...newest.values()].map((v) => {
    const d = v.definition as TrajectoryDefinition;
    return {
      id: v.typeId, version: v.version, title: d.title, description: d.description, roles: Object.keys(d.roles),
      versions: versions.filter((x) => x.typeId === v.typeId).map((x) => x.version),
      publishedAt: v.publishedAt,
    };
  });
  return rows.sort((a, b) => a.title.nl.localeCompare(b.title.nl, 'nl'));
}

/**
 * The published trajectory types: list, definition with forms, diagram, documentation (anyone), and
 * publishing a new version (admins; validated and linted by the engine, immutable once written).
 */
export function typeRoutes(deps: { registry: TypeRegistry; store: Store; clock: Clock }) {
  const { registry } = deps;
  const find = (c: { req: { param(n: 'id'): string; query(n: string): string | undefined } }) =>
    registry.get(typeIdParam(c.req.param('id'), 'id')!, versionParam(c.req.query('version')), '/id');
  return new Hono<AuthEnv>()
    .get('/', async (c) => c.json(await publishedTypes(registry)))
    .post('/', async (c) => {
      const viewer = requireAdmin(c.get('viewer'));
      const body = await readJson(c, PublishBody, PUBLISH_LIMITS);
      const outcome = await registry.publish({ definition: body.definition, forms: body.forms ?? [] }, viewer.userId);
      if (outcome.kind === 'invalid') {
        const problems = outcome.problems.map(bodyProblem);
        throw new Unprocessable({ nl: `De trajectsoort klopt niet (${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'}).`, en: `The trajectory type is not valid (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}).` }, problems, problems[0]?.path ?? '');
      }
      if (outcome.kind === 'exists') {
        throw new VersionConflict({
          nl: `Versie ${outcome.version} van "${outcome.typeId}" is al gepubliceerd en verandert niet meer; geef de nieuwe versie een hoger nummer.`,
          en: `Version ${outcome.version} of "${outcome.typeId}" is already published and never changes; give the new version a higher number.`,
        }, '/definition/version', { typeId: outcome.typeId, version: outcome.version });
      }
      const d = outcome.definition.definition;
      await deps.store.audit.append({ at: deps.clock.now(), actorId: viewer.userId, action: 'type.publish', detail: { typeId: d.id, version: d.version } });
      return c.json({ id: d.id, version: d.version, title: d.title, forms: bundleForms(outcome.definition).map((f) => f.definition.id) }, 201);
    })
    .get('/:id', async (c) => {
      const def = await find(c);
      return c.json({ definition: def.definition, forms: bundleForms(def).map((f) => f.definition) });
    })
    .get('/:id/diagram', async (c) => {
      const def = await find(c);
      return diagramResponse(c, def, formatOf(c.req.query('format')), { lang: langOf(c.req.query('lang')) }, c.req.query('download') !== undefined);
    })
    .get('/:id/docs', async (c) => {
      const def = await find(c);
      const lang = langOf(c.req.query('lang'));
      c.header('Content-Type', 'text/markdown; charset=utf-8');
      c.header('Content-Disposition', `inline; filename="${def.definition.id}.md"`);
      return c.body(docsOf(def, lang));
    });
}
