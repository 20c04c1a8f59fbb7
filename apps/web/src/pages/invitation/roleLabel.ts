import { useQuery } from '@tanstack/react-query';
import { type Localized, textIn } from '@koers/engine';
import type { TypeRow } from '../../api/types';
import { useLang } from '../../i18n/lang';
import { typesQuery } from '../../queries/overview';

/**
 * The roles' names as the published types declare them (`roles.<id>.title`, GET /api/types, by Dutch type
 * title: the first type that declares a role names it).
 */
export function roleTitles(types: readonly TypeRow[]): Readonly<Record<string, Localized>> {
  const titles: Record<string, Localized> = {};
  for (const type of types) for (const [role, title] of Object.entries(type.roleTitles)) titles[role] ??= title;
  return titles;
}

/** A role's name for people ("Intern begeleider / zorgspecialist"); its key until the names arrive or when no type declares it. */
export function useRoleLabel(): (role: string) => string {
  const { lang } = useLang();
  const types = useQuery(typesQuery).data;
  // Without the names the page still works: it shows the role keys, which are words too (`schoolleider`).
  const titles = types ? roleTitles(types) : {};
  return (role) => (Object.hasOwn(titles, role) ? textIn(titles[role]!, lang) : role);
}
