import { Hono } from 'hono';
import type { AuthEnv } from '../auth/options';
import { p } from '../http/params';
import { route } from '../http/route';
import { overlayFor, overview, requireCoach } from '../overview/service';
import { overviewOfAll } from '../overview/all';
import { Overview, OverviewAll } from '../schemas/overview';
import type { TrajectoryDeps } from '../trajectories/service';
import { DIAGRAM_MEDIA, diagramQuery, diagramResponse } from './diagram';

const tag = 'overview';
/**
 * Schools per page of a type's overview. Each costs its own work (what it waits for, what is coming), so a type
 * with 100,000 trajectories answers a page, not 100 MB after 20 s.
 */
const DEFAULT_PAGE = 1000;
const MAX_PAGE = 5000;
const WHO = 'Procesbegeleiders, casemanagers en beheerders (anderen: 403), over de scholen die zij mogen zien.';
const typeQuery = { typeId: p.required(p.typeId()), version: p.version('Versie van de soort; zonder: alle versies (de stappen van de nieuwste).') };

const view = route({
  tag, summary: 'Overzicht voor procesbegeleiders / coach overview', access: 'signed-in', who: WHO,
  description: 'Voor procesbegeleiders, casemanagers en beheerders, over de scholen die de vrager mag zien: per stap het aantal trajecten en hoeveel over tijd zijn, en per school de huidige stap(pen), dagen in de stap tegenover de verwachte duur, waar het op wacht (welk formulier, welke rol), laatste activiteit, budgetten en open signalen (`flagged=1`: alleen scholen met een open signaal); per school ook de termijnen van stappen en de timers die afgaan in de komende 14 dagen (in woorden, Europe/Amsterdam) en hoeveel herinneringen en escalaties de planner verstuurde.',
  query: {
    ...typeQuery, flagged: p.oneOf(['0', '1'], 'Met 1: alleen scholen waarvan het traject een open signaal heeft (de aantallen per stap blijven over alle).'),
    limit: p.wholeNumber(`Hoeveel scholen (trajecten) op naam, hoogstens ${MAX_PAGE} (standaard ${DEFAULT_PAGE}); \`schoolsTotal\` zegt hoeveel er zijn.`, { min: 1, max: MAX_PAGE, default: DEFAULT_PAGE }),
    offset: p.wholeNumber('Vanaf welke school in de lijst op naam (standaard 0).', { min: 0, default: 0 }),
  },
  errors: [403, 404],
  responses: { 200: { description: 'Het overzicht: soort, moment, totalen, stappen en scholen.', schema: Overview } },
});
const all = route({
  tag, summary: 'Alle scholen over alle trajectsoorten / every school across every type', access: 'signed-in', who: WHO,
  description: 'Het eerste scherm van de procesbegeleider: per school die de vrager mag zien en per trajectsoort de lopende trajecten (alle versies), met de huidige stap, dagen over tijd en op wie het wacht; de meest urgente school eerst. `typeId` beperkt tot één soort, `overdue=1` tot trajecten over tijd, `flagged=1` tot trajecten met een open signaal.',
  query: {
    typeId: p.typeId('Alleen deze trajectsoort.'),
    overdue: p.oneOf(['0', '1'], 'Met 1: alleen trajecten met een stap over tijd.'),
    flagged: p.oneOf(['0', '1'], 'Met 1: alleen trajecten met een open signaal.'),
  },
  errors: [403, 404],
  responses: { 200: { description: 'De matrix: soorten (kolommen) en scholen (rijen), meest urgent eerst.', schema: OverviewAll } },
});
const diagram = route({
  tag, summary: 'Diagram met aantallen per stap / diagram with counts per step', access: 'signed-in', who: WHO,
  description: 'Het stroomschema van de soort met per stap het aantal trajecten en hoeveel daarvan over tijd zijn. `?download` geeft het als bestand.',
  query: { ...typeQuery, ...diagramQuery }, errors: [403, 404],
  responses: { 200: { description: 'Het diagram met overlay.', media: DIAGRAM_MEDIA } },
});

/**
 * The coach overview of a trajectory type (every version without `version`), over the schools the caller may
 * see: counts per step, overdue, and per school what it waits for; also as a diagram overlay; and every type at
 * once as a school × type matrix (`/all`, the coach's first screen).
 */
export function overviewRoutes(deps: TrajectoryDeps) {
  return new Hono<AuthEnv>()
    .get('/', view.check, async (c) => {
      const { typeId, version, flagged, limit, offset } = c.req.valid('query');
      const page = { limit: limit ?? DEFAULT_PAGE, offset: offset ?? 0 };
      return view.json(c, 200, await overview(deps, await requireCoach(c.var.viewer, deps.registry), typeId, version, { flagged: flagged === '1', page }));
    })
    .get('/all', all.check, async (c) => {
      const { typeId, overdue, flagged } = c.req.valid('query');
      return all.json(c, 200, await overviewOfAll(deps, await requireCoach(c.var.viewer, deps.registry), { typeId, overdue: overdue === '1', flagged: flagged === '1' }));
    })
    .get('/diagram', diagram.check, async (c) => {
      const viewer = await requireCoach(c.var.viewer, deps.registry);
      const { typeId, version, format, lang, download } = c.req.valid('query');
      const def = await deps.registry.get(typeId, version);
      const overlay = await overlayFor(deps, viewer, def, version);
      return diagramResponse(c, def, format ?? 'svg', { lang: lang ?? 'nl', overlay }, download === true, '-overzicht');
    });
}
