import { DEMO_PASSWORD, DEMO_PEOPLE, DEMO_SCHOOLS, type DemoPerson } from './people';

/** Where an account works, as one short cell: its school, the bestuur, or how many schools. */
export function placeOf(person: DemoPerson): string {
  if (person.isAdmin) return 'alle scholen / all schools';
  const places = [...new Set(person.roles.map(([where]) => where))];
  if (places.length > 1) return `${places.length} scholen / schools`;
  const where = places[0]!;
  return where === 'bestuur' ? `bestuur / board: ${DEMO_SCHOOLS.length} scholen / schools` : DEMO_SCHOOLS.find((s) => s.key === where)?.name ?? where;
}

/**
 * The demo accounts as console lines: a Dutch heading, the English one, then a table of e-mail, role and
 * school. `url` is where to sign in, when a server runs; `fresh` says the seed just made them.
 */
export function accountsTable(options: { url?: string; fresh: boolean }): string[] {
  const rows = DEMO_PEOPLE.map((p) => [p.email, `${p.role.nl} / ${p.role.en}`, placeOf(p)] as const);
  const head = ['e-mail', 'rol / role', 'school'] as const;
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => `  ${cells.map((c, i) => c.padEnd(widths[i]!)).join('  ')}`.trimEnd();
  const { url, fresh } = options;
  const nl = `${fresh ? 'Demo-gegevens aangemaakt.' : 'Demo-accounts (al eerder aangemaakt).'}${url ? ` Log in op ${url}/#/inloggen` : ' Log in'} met een van deze accounts, wachtwoord: ${DEMO_PASSWORD}`;
  const en = `${fresh ? 'Demo data created.' : 'Demo accounts (created before).'}${url ? ` Sign in at ${url}/#/inloggen` : ' Sign in'} with one of these accounts, password: ${DEMO_PASSWORD}`;
  return [nl, en, '', line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), ''];
}
