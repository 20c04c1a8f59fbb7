import { type Answer, answer, api, path } from './client';

/** A meeting of a trajectory (GET /api/trajectories/:id/meetings), typed by the server's declaration. */
export type MeetingView = Answer<typeof api.trajectories[':id']['meetings']['$get']>[number];
/** The feed just made: its secret address, shown once. */
export type MadeFeed = Answer<typeof api.me['calendar-feed']['$post']>;

export const getMeetings = (id: string) => answer(api.trajectories[':id'].meetings.$get({ param: path({ id }) }));

/** Where the browser downloads one meeting as .ics (the session cookie goes along; the server says "attachment"). */
export const meetingIcsHref = (trajectoryId: string, meetingId: string) =>
  `/api/trajectories/${encodeURIComponent(trajectoryId)}/meetings/${encodeURIComponent(meetingId)}.ics`;

export const getFeedStatus = () => answer(api.me['calendar-feed'].$get());
export const makeFeed = () => answer(api.me['calendar-feed'].$post());
export const revokeFeed = () => answer(api.me['calendar-feed'].$delete());

/**
 * When a meeting is, in the reader's language and in the school's zone (an all-day meeting is a date; a timed one
 * a date and time in Europe/Amsterdam, whatever the browser's zone).
 */
export function meetingWhen(meeting: Pick<MeetingView, 'allDay' | 'start'>, lang: 'nl' | 'en'): string {
  const locale = lang === 'en' ? 'en-GB' : 'nl-NL';
  if (meeting.allDay) {
    return new Date(`${meeting.start}T12:00:00Z`).toLocaleDateString(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  }
  return new Date(meeting.start).toLocaleString(locale, {
    weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam',
  });
}
