import { Hono } from 'hono';
import { requireViewer } from '../access';
import type { AuthEnv } from '../auth/options';
import { langOf } from '../lang';
import { overlayFor, overview, requireCoach } from '../overview/service';
import { required, typeIdParam, versionParam } from '../query';
import type { TrajectoryDeps } from '../trajectories/service';
import { diagramResponse, formatOf } from './diagram';

/**
 * The coach overview of a trajectory type version (the newest without `version`), over the schools the
 * caller may see: counts per step, overdue, and per school what it waits for; also as a diagram overlay.
 */
export function overviewRoutes(deps: TrajectoryDeps) {
  const typeOf = (q: (name: string) => string | undefined) => ({
    typeId: required(typeIdParam(q('typeId')), 'typeId'), version: versionParam(q('version')),
  });
  return new Hono<AuthEnv>()
    .get('/', async (c) => {
      const viewer = requireCoach(requireViewer(c.get('viewer')));
      const { typeId, version } = typeOf((n) => c.req.query(n));
      return c.json(await overview(deps, viewer, typeId, version));
    })
    .get('/diagram', async (c) => {
      const viewer = requireCoach(requireViewer(c.get('viewer')));
      const { typeId, version } = typeOf((n) => c.req.query(n));
      const format = formatOf(c.req.query('format'));
      const lang = langOf(c.req.query('lang'));
      const def = await deps.registry.get(typeId, version);
      const overlay = await overlayFor(deps, viewer, def);
      return diagramResponse(c, def, format, { lang, overlay }, c.req.query('download') !== undefined, '-overzicht');
    });
}
