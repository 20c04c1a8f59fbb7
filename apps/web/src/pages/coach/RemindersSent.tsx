import { useLang } from '../../i18n/lang';
import { countText, schoolDate, timeText } from '../time/texts';
import { BellIcon } from '../time/icons';
import type { SchoolRow } from './types';

/**
 * The reminders the scheduler sent about a school's trajectory, under its name in the table: "🔔 2 herinneringen ·
 * 1 escalatie · laatste 14 dec 2026"; nothing when none went out.
 */
export function RemindersSent({ sent }: { sent: SchoolRow['reminders'] }) {
  const { lang } = useLang();
  if (sent.reminders + sent.escalations === 0) return null;
  const parts = [
    ...(sent.reminders > 0 ? [countText(sent.reminders, 'reminder', 'reminders', lang)] : []),
    ...(sent.escalations > 0 ? [countText(sent.escalations, 'escalation', 'escalations', lang)] : []),
    ...(sent.lastAt ? [timeText('lastSent', lang, { date: schoolDate(sent.lastAt, lang) })] : []),
  ];
  return <div className="schools__muted schools__reminders"><BellIcon />{' '}{parts.join(' · ')}</div>;
}

/** All reminders and escalations sent about the overview's schools: a pill beside the totals. */
export function remindersTotal(rows: readonly SchoolRow[]): number {
  return rows.reduce((n, r) => n + r.reminders.reminders + r.reminders.escalations, 0);
}
