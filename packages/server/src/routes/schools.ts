import { Hono } from 'hono';
import { schoolAudit } from '../audit/school';
import type { AuthEnv } from '../auth/options';
import { p } from '../http/params';
import { route } from '../http/route';
import { SchoolAuditPage, StartOptions } from '../schemas/schools';
import { startOptions } from '../trajectories/start-options';
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

const startable = route({
  tag: 'trajectories', summary: 'Wat u op een school kunt starten / what you may start at a school', access: 'signed-in',
  who: 'Wie de school mag zien (anders 404); de lijst noemt alleen de soorten waarvan u daar een rol heeft (een beheerder: alle).',
  description: 'De nieuwste versie van elke trajectsoort die u hier mag starten, met hoeveel plaatsen er nog zijn ("vol = vol"). Starten zelf: POST /api/trajectories, dat opnieuw beslist.',
  params: { id: p.id('School-id.') }, errors: [404],
  responses: { 200: { description: 'De school en de soorten die u er kunt starten.', schema: StartOptions } },
});

/** Per school: what the viewer may start there, and its audit log, newest first, paged with `?before=<nextCursor>&limit=`. */
export function schoolRoutes(deps: TrajectoryDeps) {
  return new Hono<AuthEnv>()
    .get('/:id/start-options', startable.check, async (c) => startable.json(c, 200, await startOptions(deps, c.var.viewer, c.req.valid('param').id)))
    .get('/:id/audit', audit.check, async (c) => {
      const { before, limit } = c.req.valid('query');
      return audit.json(c, 200, await schoolAudit(deps, c.var.viewer, c.req.valid('param').id, { ...(before === undefined ? {} : { before }), ...(limit === undefined ? {} : { limit }) }));
    });
}
