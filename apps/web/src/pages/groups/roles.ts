import { useQuery } from '@tanstack/react-query';
import { textIn, type Lang, type Localized } from '@koers/engine';
import { typesQuery } from '../../queries/overview';

/** The roles a type declares, with their titles (from the published types list, already cached for most pages). */
export function useTypeRoles(typeId: string | undefined): Array<{ id: string; title: Localized }> {
  const types = useQuery({ ...typesQuery, enabled: typeId !== undefined });
  const type = types.data?.find((t) => t.id === typeId);
  return type ? type.roles.map((id) => ({ id, title: type.roleTitles[id] ?? { nl: id, en: id } })) : [];
}

/** A role's title in the reader's language, or its id when the type does not name it. */
export const roleTitleIn = (roles: ReadonlyArray<{ id: string; title: Localized }>, lang: Lang) =>
  (role: string): string => textIn(roles.find((r) => r.id === role)?.title ?? { nl: role, en: role }, lang);
