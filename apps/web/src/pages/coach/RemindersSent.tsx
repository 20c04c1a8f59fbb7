import { useLang } from '../../i18n/lang';
import { formatDate } from '../trajectories/format';
import { countText, timeText } from '../time/texts';
import { BellIcon } from '../time/icons';
import type { SchoolRow } from './types';

/**
 * The reminders about a school's trajectory that reached someone, under its name in the table: "🔔 2 herinneringen ·
 * 1 escalatie · laatste 14 dec 2026"; and those that reached nobody: "2 herinneringen niet bezorgd: niemand heeft de
 * rol Intern begeleider". Nothing when none went out.
 */
export function RemindersSent({ sent }: { sent: SchoolRow['reminders'] }) {
  const { lang } = useLang();
  const roles = sent.undeliveredRoles.map((r) => r.title[lang]).join(', ');
  const undelivered = sent.undelivered > 0
    ? <div className="schools__muted schools__reminders schools__undelivered">{timeText(sent.undelivered === 1 ? 'undeliveredOne' : 'undelivered', lang, { n: sent.undelivered, roles })}</div>
    : null;
  if (sent.reminders + sent.escalations === 0) return undelivered;
  const parts = [
    ...(sent.reminders > 0 ? [countText(sent.reminders, 'reminder', 'reminders', lang)] : []),
    ...(sent.escalations > 0 ? [countText(sent.escalations, 'escalation', 'escalations', lang)] : []),
    ...(sent.lastAt ? [timeText('lastSent', lang, { date: formatDate(sent.lastAt, lang) })] : []),
  ];
  return <>
    <div className="schools__muted schools__reminders"><BellIcon />{' '}{parts.join(' · ')}</div>
    {undelivered}
  </>;
}

/** All reminders and escalations about the overview's schools that reached someone: a pill beside the totals. */
export function remindersTotal(rows: readonly SchoolRow[]): number {
  return rows.reduce((n, r) => n + r.reminders.reminders + r.reminders.escalations, 0);
}
