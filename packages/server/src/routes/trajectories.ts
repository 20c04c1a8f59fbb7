import { Hono } from 'hono';
import type { JsonObject } from '@koers/engine';
import { requireViewer } from '../access';
import type { AuthEnv } from '../auth/options';
import { bodySchema, readJson } from '../body';
import { InvalidRequest } from '../errors';
import { oneOf, typeIdParam, uuidParam, wholeNumber } from '../query';
import { DraftSchema, EventSchema, StartTrajectorySchema } from '../schemas/trajectories';
import { sendEvent } from '../trajectories/send';
import { type TrajectoryDeps, eventLog, listTrajectories, loadVisible, positionOf, saveDraft, viewFor } from '../trajectories/service';
import { langOf } from '../lang';
import { diagramResponse, formatOf } from './types';
import { startTrajectory } from '../trajectories/start';

const StartBody = bodySchema<{ typeId: string; version?: number; schoolId: string }>(StartTrajectorySchema);
const EventBody = bodySchema<{ type: string; data?: JsonObject; expectedVersion: number }>(EventSchema);
const DraftBody = bodySchema<{ data: Record<string, unknown>; baseUpdatedAt?: string | null }>(DraftSchema);

const FORM_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

function idempotencyKeyOf(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(raw)) {
    throw new InvalidRequest({
      nl: 'Idempotency-Key moet 1 tot 200 zichtbare ASCII-tekens zijn (bijvoorbeeld een UUID).',
      en: 'Idempotency-Key must be 1 to 200 visible ASCII characters (for example a UUID).',
    }, '/headers/idempotency-key');
  }
  return raw;
}

/**
 * Trajectories: start one, list and view those the caller may see, autosave a draft, send an event,
 * read the event log. A trajectory of a school the caller may not see answers 404, as if it did not exist.
 */
export function trajectoryRoutes(deps: TrajectoryDeps) {
  return new Hono<AuthEnv>()
    .post('/', async (c) => {
      const viewer = requireViewer(c.get('viewer'));
      const body = await readJson(c, StartBody);
      const { view, effects } = await startTrajectory(deps, viewer, body);
      return c.json({ ...view, effects }, 201);
    })
    .get('/', async (c) => {
      const viewer = requireViewer(c.get('viewer'));
      const q = (name: string) => c.req.query(name);
      const list = await listTrajectories(deps, viewer, {
        schoolId: uuidParam(q('schoolId'), 'schoolId'), typeId: typeIdParam(q('typeId')), status: oneOf(q('status'), 'status', ['active', 'done'] as const),
        limit: wholeNumber(q('limit'), 'limit', 1, 500), offset: wholeNumber(q('offset'), 'offset', 0),
      });
      return c.json(list);
    })
    .get('/:id', async (c) => {
      const viewer = requireViewer(c.get('viewer'));
      const { t, def } = await loadVisible(deps, viewer, c.req.param('id'));
      return c.json(await viewFor(deps, viewer, t, def));
    })
    .get('/:id/diagram', async (c) => {
      const viewer = requireViewer(c.get('viewer'));
      const format = formatOf(c.req.query('format'));
      const lang = langOf(c.req.query('lang'));
      const { t, def } = await loadVisible(deps, viewer, c.req.param('id'));
      const position = await positionOf(deps, t, def);
      return diagramResponse(c, def, format, { lang, position }, c.req.query('download') !== undefined, '-traject');
    })
    .put('/:id/drafts/:formId', async (c) => {
      const viewer = requireViewer(c.get('viewer'));
      const formId = c.req.param('formId');
      if (!FORM_ID.test(formId)) throw new InvalidRequest({ nl: `"${formId}" is geen geldige formulier-id.`, en: `"${formId}" is not a valid form id.` }, '/formId');
      const body = await readJson(c, DraftBody);
      return c.json(await saveDraft(deps, viewer, c.req.param('id'), formId, body.data, body.baseUpdatedAt));
    })
    .post('/:id/events', async (c) => {
      const viewer = requireViewer(c.get('viewer'));
      const key = idempotencyKeyOf(c.req.header('idempotency-key'));
      const body = await readJson(c, EventBody);
      const { status, ...result } = await sendEvent(deps, viewer, c.req.param('id'), body, key);
      return c.json(result, status);
    })
    .get('/:id/events', async (c) => {
      const viewer = requireViewer(c.get('viewer'));
      return c.json(await eventLog(deps, viewer, c.req.param('id')));
    });
}
