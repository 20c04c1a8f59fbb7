import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { addMember, createGroup, getGroup, listGroups, recordMeeting, removeMember, type MeetingBody } from '../api/groups';
import { startGroupTrajectory } from '../api/start';
import { invalidateAfterEvent } from './trajectories';

export const groupKeys = {
  all: ['groups'] as const,
  list: (typeId: string, year: string) => ['groups', 'list', typeId, year] as const,
  one: (id: string) => ['groups', 'one', id] as const,
};

export const groupListQuery = (typeId: string, year: string) =>
  queryOptions({ queryKey: groupKeys.list(typeId, year), queryFn: () => listGroups({ typeId, year }) });
export const groupQuery = (id: string) => queryOptions({ queryKey: groupKeys.one(id), queryFn: () => getGroup(id) });

/** A group change moves member trajectories too (join event, meeting event): both are fetched again. */
function useGroupChange() {
  const queryClient = useQueryClient();
  return () => void Promise.all([queryClient.invalidateQueries({ queryKey: groupKeys.all }), invalidateAfterEvent(queryClient)]);
}

export function useCreateGroup() {
  const changed = useGroupChange();
  return useMutation({ mutationFn: createGroup, onSuccess: changed });
}

export function useMembership(groupId: string) {
  const changed = useGroupChange();
  return useMutation({
    mutationFn: ({ trajectoryId, remove }: { trajectoryId: string; remove?: boolean }) =>
      (remove ? removeMember(groupId, trajectoryId) : addMember(groupId, trajectoryId)),
    onSuccess: changed,
  });
}

export function useRecordMeeting(groupId: string) {
  const changed = useGroupChange();
  return useMutation({
    mutationFn: ({ body, key }: { body: MeetingBody; key: string }) => recordMeeting(groupId, body, key),
    onSuccess: changed,
  });
}


/** Starts the group's own trajectory: the group page (its list of trajectories) and the lists are fetched again. */
export function useStartGroupTrajectory() {
  const changed = useGroupChange();
  return useMutation({ mutationFn: startGroupTrajectory, onSettled: changed });
}
