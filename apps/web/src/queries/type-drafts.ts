import { queryOptions } from '@tanstack/react-query';
import { getDraft, listAdminTypes } from '../api/type-drafts';

export const adminTypeKeys = {
  all: ['admin-types'] as const,
  list: ['admin-types', 'list'] as const,
  draft: (typeId: string) => ['admin-types', 'draft', typeId] as const,
};

/** Every type with its versions and draft (the admin's overview). */
export const adminTypesQuery = queryOptions({ queryKey: adminTypeKeys.list, queryFn: listAdminTypes });

/**
 * A type's draft as the editor opens it. Never refetched while open: the editor holds the bundle itself and
 * saves it; a colleague's change shows as a conflict on the next save, not as a silent reload. Forgotten as soon
 * as the editor closes, so opening it again always loads the draft as it is then.
 */
export const draftQuery = (typeId: string) => queryOptions({
  queryKey: adminTypeKeys.draft(typeId), queryFn: () => getDraft(typeId),
  staleTime: Infinity, gcTime: 0, refetchOnWindowFocus: false, retry: false,
});
