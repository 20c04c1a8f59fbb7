import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { getStartOptions, startTrajectory } from '../api/start';
import { invalidateAfterEvent } from './trajectories';

/** What one may start at a school, with the places left; under the school's key, so a start refreshes it. */
export const startOptionsQuery = (schoolId: string) => queryOptions({
  queryKey: ['schools', schoolId, 'start-options'] as const, queryFn: () => getStartOptions(schoolId),
});

/** Starts a trajectory; afterwards the lists, the overview, the school's activity and the places left are fetched again. */
export function useStartTrajectory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startTrajectory,
    // A refusal ("vol") may mean the places shown were out of date.
    onSettled: () => void invalidateAfterEvent(queryClient),
  });
}
