import { textIn, type Lang } from '@koers/engine';
import type { TrajectoryListEntry } from '../../api/trajectories';
import { formatDate } from '../../i18n/format';

/**
 * Who a trajectory waits for (the server's `waitingFor`, the same in the overview, its CSV and the school page):
 * the roles that can act now, each with its people; when nobody can, the timers and group events that move it on.
 */
export type WaitingFor = TrajectoryListEntry['waitingFor'];
type WaitingRole = WaitingFor['roles'][number];

const T = {
  label: { nl: 'Wacht op', en: 'Waiting for' },
  nobody: { nl: 'niemand (er is nu niets te doen)', en: 'nobody (there is nothing to do now)' },
  timer: { nl: 'de termijn van {date} ({label})', en: 'the due date of {date} ({label})' },
  group: { nl: 'de groep ({label})', en: 'the group ({label})' },
} as const;

/** "Wacht op" / "Waiting for". */
export const waitingLabel = (lang: Lang) => T.label[lang];

/** A role that can act now: its title, with the person's name when exactly one person holds it there. */
export function waitingRoleText(role: WaitingRole, lang: Lang): string {
  const title = textIn(role.title, lang);
  return role.people.length === 1 ? `${title} (${role.people[0]!.name})` : title;
}

/**
 * What a trajectory waits for, part by part: "Intern begeleider (Iris de Boer)", "Werkgroep"; when nobody can
 * act, the earliest timer ("de termijn van 12 mrt 2026 (Termijn verstreken)") and the group's events ("de groep (…)");
 * else "niemand".
 */
export function waitingParts(waiting: WaitingFor, lang: Lang): string[] {
  if (waiting.roles.length > 0) return waiting.roles.map((r) => waitingRoleText(r, lang));
  // The earliest timer is the one that comes first (the server sorts them); then what the group may send.
  const timer = waiting.system.find((s) => s.kind === 'timer');
  const parts = [
    ...(timer ? [T.timer[lang].replace('{date}', formatDate(timer.at, lang)).replace('{label}', textIn(timer.label, lang))] : []),
    ...waiting.system.flatMap((s) => (s.kind === 'group' ? [T.group[lang].replace('{label}', textIn(s.label, lang))] : [])),
  ];
  if (parts.length > 0) return parts;
  return [T.nobody[lang]];
}

/** The parts on one line, for a table cell and the CSV. */
export const waitingText = (waiting: WaitingFor, lang: Lang) => waitingParts(waiting, lang).join(', ');
