import { useEffect, useState } from 'react';
import { type Localized, textIn } from '@koers/engine';
import { apiFetch } from '../../api/client';
import { useLang } from '../../i18n/lang';

type RoleTitles = Readonly<Record<string, Localized>>;
let loading: Promise<RoleTitles> | undefined;

/**
 * The roles' names as the published types declare them (`roles.<id>.title`, GET /api/types, by Dutch type
 * title: the first type that declares a role names it), fetched once per page load.
 */
export function loadRoleTitles(): Promise<RoleTitles> {
  loading ??= apiFetch<Array<{ roleTitles: Record<string, Localized> }>>('/api/types').then((types) => {
    const titles: Record<string, Localized> = {};
    for (const type of types) for (const [role, title] of Object.entries(type.roleTitles)) titles[role] ??= title;
    return titles;
  }, (error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** A role's name for people ("Intern begeleider / zorgspecialist"); its key until the names arrive or when no type declares it. */
export function useRoleLabel(): (role: string) => string {
  const { lang } = useLang();
  const [titles, setTitles] = useState<RoleTitles>({});
  // Without the names the page still works: it shows the role keys, which are words too (`schoolleider`).
  useEffect(() => { loadRoleTitles().then(setTitles, () => undefined); }, []);
  return (role) => (Object.hasOwn(titles, role) ? textIn(titles[role], lang) : role);
}
