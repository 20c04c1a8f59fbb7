import { checkAttendance, type AttendanceRule } from '@koers/engine';
import type { Present } from '../../api/groups';

/**
 * Whether one school's attendance at a meeting keeps the kind's rule ("≥ 2 incl. schoolleider"): the engine's own
 * check, the one the server flags with. No rule: always kept.
 */
export const keepsRule = (rule: AttendanceRule | null | undefined, present: readonly Present[]): boolean =>
  checkAttendance(rule ?? undefined, present).holds;

/** The rule in words: "minimaal 2 aanwezig, onder wie Schoolleider". */
export function ruleWords(rule: AttendanceRule, roleTitle: (role: string) => string, lang: 'nl' | 'en'): string {
  const roles = (rule.roles ?? []).map(roleTitle).join(lang === 'en' ? ' and ' : ' en ');
  const min = rule.min ?? 1;
  if (lang === 'en') return `at least ${min} present${roles ? `, including ${roles}` : ''}`;
  return `minimaal ${min} aanwezig${roles ? `, onder wie ${roles}` : ''}`;
}
