import type { AttendanceRule, Localized } from '../format/types';

/** One person present at a group meeting for a school: a name and a role of the type. */
export interface PresentPerson {
  name: string;
  role: string;
}

/** Whether a school's attendance met the rule, and if not, why (in words for the school and the coach). */
export interface AttendanceCheck {
  holds: boolean;
  /** How many people the school sent. */
  count: number;
  /** Roles the rule asks for that nobody present held. */
  missingRoles: string[];
  /** Why it does not hold: the rule's own message, else one made from what is missing; absent when it holds. */
  message?: Localized;
}

/**
 * Checks one school's attendance at a meeting against the meeting kind's rule: at least `min` people, among them
 * each role of `roles`. Without a rule, any attendance holds.
 * @example checkAttendance({ min: 2, roles: ['schoolleider'] }, [{ name: 'An', role: 'ib' }], titles).holds // false
 */
export function checkAttendance(
  rule: AttendanceRule | undefined, present: readonly PresentPerson[], roleTitle: (role: string) => Localized = (r) => ({ nl: r, en: r }),
): AttendanceCheck {
  const count = present.length;
  const missingRoles = (rule?.roles ?? []).filter((role) => !present.some((p) => p.role === role));
  const tooFew = rule?.min !== undefined && count < rule.min;
  if (!tooFew && missingRoles.length === 0) return { holds: true, count, missingRoles };
  const parts: Localized[] = [];
  if (tooFew) {
    parts.push({
      nl: `${count} ${count === 1 ? 'vertegenwoordiger' : 'vertegenwoordigers'} aanwezig, minstens ${rule!.min} nodig`,
      en: `${count} ${count === 1 ? 'representative' : 'representatives'} present, at least ${rule!.min} needed`,
    });
  }
  for (const role of missingRoles) {
    const title = roleTitle(role);
    parts.push({ nl: `geen ${title.nl.toLowerCase()} aanwezig`, en: `no ${title.en.toLowerCase()} present` });
  }
  const made = { nl: parts.map((p) => p.nl).join('; '), en: parts.map((p) => p.en).join('; ') };
  const message = rule?.message ? { nl: `${rule.message.nl} (${made.nl})`, en: `${rule.message.en} (${made.en})` } : made;
  return { holds: false, count, missingRoles, message };
}
