import { Type } from '@sinclair/typebox';
import { DateTime, Localized, Uuid, named } from '../http/schema';

/** One meeting of a trajectory: a filled-in meeting field of one of its forms (engine `meetingsOf`). */
export const MeetingView = named('Meeting', Type.Object({
  id: Type.String({ description: 'Vast binnen het traject: periode, formulier en veld (1~pd-intake~startgesprekDatum). De .ics staat op …/meetings/{id}.ics.' }),
  formId: Type.String(),
  pointer: Type.String({ description: 'JSON pointer van het veld in de formuliergegevens.' }),
  period: Type.Integer({ minimum: 1 }),
  title: Localized,
  step: Type.Optional(Type.String({ description: 'De stap die het formulier toont of indient.' })),
  stepTitle: Type.Optional(Localized),
  allDay: Type.Boolean({ description: 'Een datumveld: de hele dag; start en end zijn dan datums (YYYY-MM-DD, end exclusief).' }),
  start: Type.String({ description: 'YYYY-MM-DD (hele dag) of een tijdstip in UTC.' }),
  end: Type.String({ description: 'Exclusief einde, zoals start.' }),
  duration: Type.String({ description: 'ISO 8601-duur.' }),
}));

/** The personal iCal feed: the URL only in the answer that made it. */
export const CalendarFeed = named('CalendarFeed', Type.Object({
  url: Type.String({ description: 'Het geheime adres van de feed (https://…/api/calendar/<token>.ics): wie het heeft, ziet uw afspraken. Alleen nu te zien.' }),
  createdAt: DateTime,
}));

export const CalendarFeedStatus = named('CalendarFeedStatus', Type.Object({
  active: Type.Boolean({ description: 'Of u een werkende feed heeft.' }),
  createdAt: Type.Optional(DateTime),
}));

/** A studiedag of a bestuur. */
export const CalendarDayView = named('CalendarDay', Type.Object({
  id: Uuid,
  date: Type.String({ format: 'date', description: 'Lokale datum (Europe/Amsterdam), YYYY-MM-DD.' }),
  title: Type.String(),
  createdAt: DateTime,
}));

export const CalendarDayBody = Type.Object({
  date: Type.String({ maxLength: 10, description: 'Een bestaande datum, YYYY-MM-DD.' }),
  title: Type.String({ minLength: 1, maxLength: 200, description: 'Zoals "Studiedag team".' }),
}, { additionalProperties: false });
