import { Hono } from 'hono';
import { midnight } from '@koers/engine';
import { Type } from '@sinclair/typebox';
import type { Organisation } from '@koers/store';
import type { AuthDeps } from '../auth/deps';
import type { AuthEnv } from '../auth/options';
import { BESTUUR_ROLES } from '../auth/roles';
import type { Viewer } from '../context';
import { Forbidden, NotFound, Unprocessable } from '../errors';
import { p } from '../http/params';
import { dateWords } from '../time/words';
import { route } from '../http/route';
import { CalendarDayBody, CalendarDayView } from '../schemas/agenda';
import { CSRF } from './auth';

const tag = 'accounts';
const WHO = 'Beheerders, en de bestuurder van dit bestuur; anderen 403.';
const id = { id: p.id('Bestuur-id.') };
const list = route({
  tag, summary: 'Studiedagen van een bestuur / a bestuur\'s study days', access: 'signed-in', who: WHO, params: id, errors: [403, 404, 422],
  description: 'Dagen zonder school die het bestuur bovenop de schoolvakanties van de regio vastlegt; ze tellen voor termijnen en tijdsmomenten van al zijn scholen. Een school-id: 422 bij /id.',
  responses: { 200: { description: 'Op datum.', schema: Type.Array(CalendarDayView) } },
});
const add = route({
  tag, summary: 'Studiedag toevoegen / add a study day', access: 'signed-in', who: WHO, params: id, body: CalendarDayBody, errors: [403, 404],
  description: `Een bestaande datum (YYYY-MM-DD) en een titel; een tweede studiedag op dezelfde datum: 422 bij /date en er verandert niets. ${CSRF}`,
  responses: { 201: { description: 'De nieuwe studiedag.', schema: CalendarDayView } },
});
const remove = route({
  tag, summary: 'Studiedag verwijderen / remove a study day', access: 'signed-in', who: WHO,
  params: { ...id, dayId: p.id('Studiedag-id.') }, errors: [403, 404, 422], description: CSRF,
  responses: { 204: { description: 'Verwijderd.' } },
});

const invalid = (path: string, nl: string, en: string) =>
  new Unprocessable({ nl: 'Niet alle velden zijn goed ingevuld.', en: 'Not every field is filled in correctly.' }, [{ path, message: { nl, en } }], path);

/** Whether a viewer may keep a bestuur's studiedagen: admins, and whoever leads that bestuur as a whole (bestuurder). */
export function mayKeepCalendar(viewer: Viewer, organisationId: string): boolean {
  return viewer.isAdmin || viewer.memberships.some((m) => m.organisationId === organisationId && m.trajectoryId === null && BESTUUR_ROLES.has(m.role));
}

/** A real calendar date written `YYYY-MM-DD` (no 31 November, no 2027-02-29), in this century. */
export function isLocalDate(text: string): boolean {
  if (!/^20\d\d-\d\d-\d\d$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** The bestuur the request is about, after the access check: 404 unknown, 403 not theirs, 422 a school. */
async function bestuurFor(deps: AuthDeps, viewer: Viewer, organisationId: string): Promise<Organisation> {
  const organisation = await deps.store.organisations.get(organisationId);
  if (!organisation) throw new NotFound({ nl: 'Deze organisatie bestaat niet.', en: 'This organisation does not exist.' }, '/id');
  if (!mayKeepCalendar(viewer, organisation.id)) {
    throw new Forbidden({ nl: 'Alleen beheerders en de bestuurder van dit bestuur beheren zijn studiedagen.', en: 'Only administrators and the bestuur\'s own bestuurder keep its study days.' }, '/id');
  }
  if (organisation.kind !== 'bestuur') {
    throw invalid('/id', `${organisation.name} is een school: studiedagen horen bij het bestuur erboven`, `${organisation.name} is a school: study days belong to the bestuur above it`);
  }
  return organisation;
}

const view = ({ id: dayId, date, title, createdAt }: { id: string; date: string; title: string; createdAt: string }) => ({ id: dayId, date, title, createdAt });

/** A bestuur's studiedagen (table calendar_days): list, add, remove. The scheduler's `calendarOf` reads them. */
export function calendarDayRoutes(deps: AuthDeps) {
  return new Hono<AuthEnv>()
    .get('/:id/calendar-days', list.check, async (c) => {
      const bestuur = await bestuurFor(deps, c.var.viewer, c.req.valid('param').id);
      return list.json(c, 200, (await deps.store.calendarDays.list([bestuur.id])).map(view));
    })
    .post('/:id/calendar-days', add.check, async (c) => {
      const viewer = c.var.viewer;
      const bestuur = await bestuurFor(deps, viewer, c.req.valid('param').id);
      const body = c.req.valid('json');
      const title = body.title.trim();
      if (body.date === '') throw invalid('/date', 'kies een datum', 'choose a date');
      if (!isLocalDate(body.date)) {
        throw invalid('/date', `"${body.date}" is geen bestaande datum; schrijf JJJJ-MM-DD, zoals 2026-11-12`, `"${body.date}" is not an existing date; write YYYY-MM-DD, such as 2026-11-12`);
      }
      if (title === '') throw invalid('/title', 'geef de studiedag een titel', 'give the study day a title');
      const now = deps.clock.now();
      const day = await deps.store.transaction(async (tx) => {
        const added = await deps.store.calendarDays.add({ organisationId: bestuur.id, date: body.date, title, by: viewer.userId, now }, tx);
        if (added) await deps.store.audit.append({ at: now, actorId: viewer.userId, organisationId: bestuur.id, action: 'calendar-day.add', detail: { date: added.date, title } }, tx);
        return added;
      });
      // Its schools' due dates and timers follow at their next write (other processes within CALENDAR_TTL_MS).
      deps.calendars?.forget();
      if (!day) {
        const date = dateWords(midnight(body.date), { year: true });
        throw invalid('/date', `${bestuur.name} heeft op ${date.nl} al een studiedag`, `${bestuur.name} already has a study day on ${date.en}`);
      }
      return add.json(c, 201, view(day));
    })
    .delete('/:id/calendar-days/:dayId', remove.check, async (c) => {
      const viewer = c.var.viewer;
      const { id: organisationId, dayId } = c.req.valid('param');
      const bestuur = await bestuurFor(deps, viewer, organisationId);
      const now = deps.clock.now();
      const removed = await deps.store.transaction(async (tx) => {
        const day = await deps.store.calendarDays.remove(bestuur.id, dayId, tx);
        if (day) await deps.store.audit.append({ at: now, actorId: viewer.userId, organisationId: bestuur.id, action: 'calendar-day.remove', detail: { date: day.date, title: day.title } }, tx);
        return day;
      });
      deps.calendars?.forget();
      if (!removed) throw new NotFound({ nl: 'Dit bestuur heeft geen studiedag met dit id.', en: 'This bestuur has no study day with this id.' }, '/dayId');
      return c.body(null, 204);
    });
}
