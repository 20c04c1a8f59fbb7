import { Hono } from 'hono';
import { requireViewer } from '../access';
import { schoolAudit } from '../audit/school';
import type { AuthEnv } from '../auth/options';
import { wholeNumber } from '../query';
import type { TrajectoryDeps } from '../trajectories/service';

/** Per school: its audit log, newest first, paged with `?before=<nextCursor>&limit=`. */
export function schoolRoutes(deps: TrajectoryDeps) {
  return new Hono<AuthEnv>()
    .get('/:id/audit', async (c) => {
      const viewer = requireViewer(c.get('viewer'));
      const before = c.req.query('before');
      const limit = wholeNumber(c.req.query('limit'), 'limit', 1, 200);
      return c.json(await schoolAudit(deps, viewer, c.req.param('id'), { ...(before === undefined ? {} : { before }), ...(limit === undefined ? {} : { limit }) }));
    });
}
