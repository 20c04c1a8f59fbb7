import type { AttendanceRule, Present } from '../../api/groups';

/**
 * Whether one school's attendance at a meeting keeps the kind's rule: at least `min` people present, among them
 * someone in each of `roles` ("≥ 2 incl. schoolleider"). No rule: always kept. The server decides the same for
 * its flags; the page uses this to mark the cells and to warn before recording.
 */
export function keepsRule(rule: AttendanceRule | null | undefined, present: Present[]): boolean {
  if (!rule) return true;
  if (present.length < (rule.min ?? 0)) return false;
  return (rule.roles ?? []).every((role) => present.some((p) => p.role === role));
}

/** The rule in words: "minimaal 2, onder wie schoolleider". */
export function ruleWords(rule: AttendanceRule, roleTitle: (role: string) => string, lang: 'nl' | 'en'): string {
  const roles = (rule.roles ?? []).map(roleTitle).join(lang === 'en' ? ' and ' : ' en ');
  const min = rule.min ?? 1;
  if (lang === 'en') return `at least ${min} present${roles ? `, including ${roles}` : ''}`;
  return `minimaal ${min} aanwezig${roles ? `, onder wie ${roles}` : ''}`;
}
