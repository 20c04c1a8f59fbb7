import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { type Answer, answer, api, path } from '../../api/client';

/** A bestuur or school as the API answers it. */
export type Organisation = Answer<typeof api.organisations.$get>[number];
/** Someone's role at an organisation, with the membership id to revoke it. */
export type Member = Answer<typeof api.organisations[':id']['members']['$get']>[number];
export type Region = NonNullable<Organisation['region']>;
export const REGIONS: readonly Region[] = ['noord', 'midden', 'zuid'];

/** What the admin sends to create or change a bestuur or school (null clears a BRIN code or region). */
export interface OrganisationFields { name: string; brin: string | null; region: Region | null }

export const organisationsQuery = queryOptions({ queryKey: ['organisations'] as const, queryFn: () => answer(api.organisations.$get()) });
export const membersQuery = (id: string) => queryOptions({
  queryKey: ['organisations', id, 'members'] as const, queryFn: () => answer(api.organisations[':id'].members.$get({ param: path({ id }) })),
});

/** Every change here touches organisations or their people (and a role changes what the session may do). */
function useAdminMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['organisations'] }) });
}

export function useCreateOrganisation() {
  return useAdminMutation((body: { kind: 'bestuur' | 'school'; parentId?: string } & OrganisationFields) => {
    const { brin, region, ...rest } = body;
    return answer(api.organisations.$post({ json: { ...rest, ...(brin ? { brin } : {}), ...(region ? { region } : {}) } }));
  });
}

export function useUpdateOrganisation(id: string) {
  return useAdminMutation((json: Partial<OrganisationFields>) => answer(api.organisations[':id'].$patch({ param: path({ id }), json })));
}

export function useGrantRole() {
  return useAdminMutation((body: { email: string; organisationId: string; role: string; trajectoryId?: string }) => answer(api.memberships.$post({ json: body })));
}

export function useRevokeRole() {
  return useAdminMutation((id: string) => answer(api.memberships[':id'].$delete({ param: path({ id }) })));
}
