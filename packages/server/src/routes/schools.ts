import { Hono } from 'hono';
import { schoolAudit } from '../audit/school';
import type { AuthEnv } from '../auth/options';
import { p } from '../http/params';
import { route } from '../http/route';
import { SchoolAuditPage } from '../schemas/schools';
import type { TrajectoryDeps } from '../trajectories/service';

const audit = route({
  tag: 'audit', summary: 'Auditlog van een school / audit log of a school', access: 'signed-in',
  who: 'Wie de school mag zien: beheerders en lidmaatschappen op de school of haar bestuur (anders 404, alsof hij niet bestaat).',
  description: 'Alle gebeurtenissen van de trajecten van de school en alle auditregels over de school, nieuwste eerst. Alleen voor wie de school mag zien (anders 404, alsof hij niet bestaat). Volgende pagina: ?before=<nextCursor>.',
  params: { id: p.id('School-id.') },
  query: {
    before: p.text('nextCursor van de vorige pagina (een andere waarde: 400).'),
    limit: p.wholeNumber('Hoeveel regels.', { min: 1, max: 200, default: 50 }),
  },
  errors: [404],
  responses: { 200: { description: 'Een pagina van het auditlog: de school, de regels en de cursor voor de volgende pagina.', schema: SchoolAuditPage } },
});

/** Per school: its audit log, newest first, paged with `?before=<nextCursor>&limit=`. */
export function schoolRoutes(deps: TrajectoryDeps) {
  return new Hono<AuthEnv>()
    .get('/:id/audit', audit.check, async (c) => {
      const { before, limit } = c.req.valid('query');
      return audit.json(c, 200, await schoolAudit(deps, c.var.viewer, c.req.valid('param').id, { ...(before === undefined ? {} : { before }), ...(limit === undefined ? {} : { limit }) }));
    });
}
