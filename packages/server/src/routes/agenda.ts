import { type Context, Hono } from 'hono';
import { Type } from '@sinclair/typebox';
import type { AuthEnv } from '../auth/options';
import { viewerOf } from '../auth/deps';
import { SECRET_PATTERN, randomSecret, sha256 } from '../auth/secrets';
import { NotFound } from '../errors';
import { p } from '../http/params';
import { route } from '../http/route';
import { CalendarFeed, CalendarFeedStatus, MeetingView } from '../schemas/agenda';
import { icsText } from '../agenda/ics';
import { trajectoryMeeting, trajectoryMeetings, visibleMeetings } from '../agenda/service';
import type { TrajectoryDeps } from '../trajectories/service';
import { CSRF } from './auth';

const ICS = ['text/calendar'] as const;
const WHO_SEES = 'Een traject van een school die u niet mag zien, antwoordt 404 alsof het niet bestaat.';

const meetings = route({
  tag: 'trajectories', summary: 'Afspraken van een traject / a trajectory\'s meetings', access: 'signed-in', who: WHO_SEES,
  description: 'Elk ingevuld formulierveld dat een afspraak is ("meeting" in het formulier): startgesprek, voortgangsgesprek, groepsbijeenkomst, …; vroegste eerst.',
  params: { id: p.id('Traject-id.') }, errors: [404],
  responses: { 200: { description: 'De afspraken.', schema: Type.Array(MeetingView) } },
});
const meetingIcs = route({
  tag: 'trajectories', summary: 'Eén afspraak als .ics / one meeting as .ics', access: 'signed-in', who: WHO_SEES,
  description: 'Een iCalendar-bestand (RFC 5545) met één VEVENT om in Outlook of Google Agenda te zetten. Dezelfde afspraak houdt dezelfde UID, dus opnieuw importeren werkt hem bij.',
  params: { id: p.id('Traject-id.'), meeting: p.text('Afspraak-id gevolgd door .ics.', { maxLength: 400 }) }, errors: [404],
  responses: { 200: { description: 'Het .ics-bestand (download).', media: ICS } },
});
const feedStatus = route({
  tag: 'accounts', summary: 'Mijn agendafeed / my calendar feed', access: 'signed-in', who: 'Alleen uw eigen feed.',
  responses: { 200: { description: 'Of u een werkende feed heeft (het adres zelf is alleen bij het maken te zien).', schema: CalendarFeedStatus } },
});
const makeFeed = route({
  tag: 'accounts', summary: 'Agendafeed maken / make a calendar feed', access: 'signed-in', who: 'Alleen uw eigen feed.',
  description: `Een nieuw geheim adres voor Outlook of Google Agenda ("abonneren via URL"); een eerder adres werkt daarna niet meer (404). Alleen de SHA-256 van het geheim wordt bewaard. ${CSRF}`,
  responses: { 201: { description: 'Het adres, alleen nu te zien.', schema: CalendarFeed } },
});
const revokeFeed = route({
  tag: 'accounts', summary: 'Agendafeed intrekken / revoke the calendar feed', access: 'signed-in', who: 'Alleen uw eigen feed.',
  description: `Het adres antwoordt daarna 404. Zonder werkende feed: 404. ${CSRF}`, errors: [404],
  responses: { 204: { description: 'Ingetrokken.' } },
});
const feed = route({
  tag: 'accounts', summary: 'Agendafeed (iCal) / calendar feed', access: 'public',
  who: 'Wie het geheime adres heeft; geen cookie nodig. Een ingetrokken of onbekend adres: 404.',
  description: 'De afspraken van elk traject dat de eigenaar van de feed mag zien (nooit van een andere school), als iCalendar (RFC 5545).',
  params: { file: p.text('Het geheim gevolgd door .ics.', { maxLength: 100 }) }, errors: [404],
  responses: { 200: { description: 'De agenda.', media: ICS } },
});

/** Where the web app is, for links in agenda items: the configured public URL, else this request's origin. */
const originOf = (c: Context, publicUrl: string | undefined) => (publicUrl ?? new URL(c.req.url).origin).replace(/\/+$/, '');

const icsResponse = (c: Context, text: string, filename?: string) => c.body(text, 200, {
  'Content-Type': 'text/calendar; charset=utf-8',
  ...(filename ? { 'Content-Disposition': `attachment; filename="${filename}"` } : {}),
  'Cache-Control': 'private, no-store',
});

/** `name` of `name.ics`; undefined for a path that is no .ics file. */
const withoutIcs = (file: string) => (file.endsWith('.ics') ? file.slice(0, -'.ics'.length) : undefined);

const noFeed = () => new NotFound({ nl: 'Deze agendafeed bestaat niet (meer).', en: 'This calendar feed does not exist (any more).' }, '/token');

export type AgendaDeps = TrajectoryDeps & { publicUrl?: string };

/** A trajectory's meetings, as JSON and one by one as .ics (mounted under /api/trajectories). */
export function meetingRoutes(deps: AgendaDeps) {
  return new Hono<AuthEnv>()
    .get('/:id/meetings', meetings.check, async (c) => meetings.json(c, 200, (await trajectoryMeetings(deps, c.var.viewer, c.req.valid('param').id)).meetings))
    .get('/:id/meetings/:meeting', meetingIcs.check, async (c) => {
      const { id, meeting } = c.req.valid('param');
      const item = await trajectoryMeeting(deps, c.var.viewer, id, withoutIcs(meeting) ?? '', originOf(c, deps.publicUrl));
      const text = icsText({ name: `Koers — ${item.meeting.title.nl}`, items: [item], now: deps.clock.now() });
      const safe = `${item.meeting.title.nl} ${item.schoolName} ${item.meeting.start.slice(0, 10)}`.normalize('NFKD').replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
      return icsResponse(c, text, `${safe || 'afspraak'}.ics`);
    });
}

/** The caller's own iCal feed: status, make (revoking the old one), revoke (mounted under /api/me/calendar-feed). */
export function calendarFeedRoutes(deps: AgendaDeps) {
  return new Hono<AuthEnv>()
    .get('/', feedStatus.check, async (c) => {
      const current = await deps.store.calendarFeeds.current(c.var.viewer.userId);
      return feedStatus.json(c, 200, current ? { active: true, createdAt: current.createdAt } : { active: false });
    })
    .post('/', makeFeed.check, async (c) => {
      const viewer = c.var.viewer;
      const secret = randomSecret();
      const now = deps.clock.now();
      const made = await deps.store.transaction(async (tx) => {
        const created = await deps.store.calendarFeeds.replace(viewer.userId, sha256(secret), now, tx);
        await deps.store.audit.append({ at: now, actorId: viewer.userId, action: 'calendar-feed.create', detail: { feedId: created.id } }, tx);
        return created;
      });
      return makeFeed.json(c, 201, { url: `${originOf(c, deps.publicUrl)}/api/calendar/${secret}.ics`, createdAt: made.createdAt });
    })
    .delete('/', revokeFeed.check, async (c) => {
      const viewer = c.var.viewer;
      const now = deps.clock.now();
      const revoked = await deps.store.transaction(async (tx) => {
        const done = await deps.store.calendarFeeds.revoke(viewer.userId, now, tx);
        if (done) await deps.store.audit.append({ at: now, actorId: viewer.userId, action: 'calendar-feed.revoke' }, tx);
        return done;
      });
      if (!revoked) throw new NotFound({ nl: 'U heeft geen werkende agendafeed.', en: 'You have no working calendar feed.' }, '/');
      return c.body(null, 204);
    });
}

/** The public feed itself (mounted under /api/calendar): the secret in the path is the only key. */
export function calendarRoutes(deps: AgendaDeps) {
  return new Hono<AuthEnv>()
    .get('/:file', feed.check, async (c) => {
      const secret = withoutIcs(c.req.valid('param').file);
      if (secret === undefined || !SECRET_PATTERN.test(secret)) throw noFeed();
      const userId = await deps.store.calendarFeeds.ownerOf(sha256(secret));
      const user = userId === undefined ? undefined : await deps.store.users.findById(userId);
      if (!user) throw noFeed();
      const items = await visibleMeetings(deps, viewerOf(user, 'token'), originOf(c, deps.publicUrl));
      return icsResponse(c, icsText({ name: `Koers — ${user.name}`, items, now: deps.clock.now() }));
    });
}
