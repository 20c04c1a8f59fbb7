import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { type Answer, answer, api, path } from '../../api/client';

/** A studiedag of a bestuur as the API answers it. */
export type StudyDay = Answer<typeof api.organisations[':id']['calendar-days']['$get']>[number];

const key = (bestuurId: string) => ['organisations', bestuurId, 'calendar-days'] as const;

export const studyDaysQuery = (bestuurId: string) => queryOptions({
  queryKey: key(bestuurId), queryFn: () => answer(api.organisations[':id']['calendar-days'].$get({ param: path({ id: bestuurId }) })),
});

export function useAddStudyDay(bestuurId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (json: { date: string; title: string }) => answer(api.organisations[':id']['calendar-days'].$post({ param: path({ id: bestuurId }), json })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: key(bestuurId) }),
  });
}

export function useRemoveStudyDay(bestuurId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (dayId: string) => answer(api.organisations[':id']['calendar-days'][':dayId'].$delete({ param: path({ id: bestuurId, dayId }) })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: key(bestuurId) }),
  });
}
