import { ICalCalendarMethod, ICalEventTransparency, default as ical } from 'ical-generator';
import type { Meeting } from '@koers/engine';

/** One meeting as an agenda item: its trajectory, school and where to open it. */
export interface AgendaItem {
  trajectoryId: string;
  schoolName: string;
  typeTitle: { nl: string; en: string };
  meeting: Meeting;
  /** The trajectory page in the web app. */
  url: string;
}

/** The UID of a meeting: stable for as long as the trajectory, form and field stay (RFC 5545 §3.8.4.7). */
export const meetingUid = (item: Pick<AgendaItem, 'trajectoryId' | 'meeting'>) => `${item.trajectoryId}.${item.meeting.id}@koers`;

/**
 * An iCalendar text (RFC 5545) with one VEVENT per item. All-day meetings are DATE values; timed ones are
 * in UTC (…Z), which every calendar shows in its own zone, so no VTIMEZONE is needed. SUMMARY is
 * "<meeting> — <school>" in Dutch; the description repeats it in English with the step and the link.
 * `now` is DTSTAMP (the server's clock, so tests are deterministic).
 * @example icsText({ name: 'Koers — Startgesprek', items: [item], now })
 */
export function icsText(input: { name: string; items: readonly AgendaItem[]; now: Date }): string {
  const calendar = ical({ name: input.name, prodId: { company: 'Koers', product: 'Koers agenda', language: 'NL' } });
  calendar.method(ICalCalendarMethod.PUBLISH);
  for (const item of input.items) {
    const { meeting } = item;
    const start = meeting.allDay ? new Date(`${meeting.start}T00:00:00.000Z`) : new Date(meeting.start);
    const end = meeting.allDay ? new Date(`${meeting.end}T00:00:00.000Z`) : new Date(meeting.end);
    const step = meeting.stepTitle ? `Stap: ${meeting.stepTitle.nl}\n` : '';
    const stepEn = meeting.stepTitle ? `Step: ${meeting.stepTitle.en}\n` : '';
    calendar.createEvent({
      id: meetingUid(item),
      start, end, allDay: meeting.allDay, stamp: input.now,
      summary: `${meeting.title.nl} — ${item.schoolName}`,
      description: `${item.typeTitle.nl}, ${item.schoolName}\n${step}${item.url}\n\n${meeting.title.en} — ${item.schoolName} (${item.typeTitle.en})\n${stepEn}`,
      url: item.url,
      transparency: meeting.allDay ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
    });
  }
  return calendar.toString();
}
