import { queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { JsonObject } from '@koers/engine';
import { acknowledgeFlag, getEventLog, getTrajectory, listTrajectories, saveDraft, sendEvent, type TrajectoryView } from '../api/trajectories';

export const trajectoryKeys = {
  /** Everything about trajectories: lists, views and event logs. */
  all: ['trajectories'] as const,
  list: (schoolId?: string) => ['trajectories', 'list', schoolId ?? 'mine'] as const,
  one: (id: string) => ['trajectories', 'one', id] as const,
  /** The event log at one version (all of it, or its newest `limit`): a new event makes a new log. */
  events: (id: string, version: number, limit?: number) => ['trajectories', 'one', id, 'events', version, limit ?? 'all'] as const,
  /** The pages of history before the trajectory page's own, at one version. */
  older: (id: string, version: number) => ['trajectories', 'one', id, 'older', version] as const,
};

/** My trajectories, or those of one school. */
export const trajectoryListQuery = (schoolId?: string) =>
  queryOptions({ queryKey: trajectoryKeys.list(schoolId), queryFn: () => listTrajectories(schoolId) });

/** One trajectory as its reader sees it: steps, open forms with their drafts, events, history. */
export const trajectoryQuery = (id: string) => queryOptions({ queryKey: trajectoryKeys.one(id), queryFn: () => getTrajectory(id) });

/**
 * The event log with every event's data (or the newest `limit` events), fetched only when `enabled` (opening a
 * submission, printing).
 */
export function useEventLogQuery(id: string, version: number, enabled: boolean, limit?: number) {
  return useQuery({
    queryKey: trajectoryKeys.events(id, version, limit), queryFn: () => getEventLog(id, limit === undefined ? {} : { limit }), enabled,
    // The log of one version never changes.
    staleTime: Infinity, refetchOnWindowFocus: false,
  });
}

/** How many older events each "Oudere activiteit tonen" brings (the page's own history is as long as the server sends). */
const OLDER_PAGE = 50;

/**
 * Earlier pages of a trajectory's history, with each event's data, asked for one page at a time ("Oudere
 * activiteit tonen"): keyset on seq, starting before `firstSeq`, the first event the trajectory page holds.
 */
export function useOlderHistory(id: string, version: number, firstSeq: number, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: trajectoryKeys.older(id, version), enabled,
    queryFn: ({ pageParam }) => getEventLog(id, { before: pageParam, limit: OLDER_PAGE }),
    initialPageParam: firstSeq,
    // A page that starts at seq 1 (or is empty) reaches the trajectory's start.
    getNextPageParam: (page) => (page[0] && page[0].seq > 1 ? page[0].seq : undefined),
    staleTime: Infinity, refetchOnWindowFocus: false,
  });
}

/** What an event changes: the trajectory, every list it is in, the overview's counts and the school's activity. */
export function invalidateAfterEvent(queryClient: QueryClient): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: trajectoryKeys.all }),
    queryClient.invalidateQueries({ queryKey: ['overview'] }),
    queryClient.invalidateQueries({ queryKey: ['schools'] }),
  ]).then(() => undefined);
}

/**
 * Sends an event (one Idempotency-Key per click); afterwards what it changed is fetched again. The caches are
 * invalidated without waiting, so the caller's own `onSuccess` runs while the sending form is still there.
 */
export function useSendEvent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, key }: { body: { type: string; data?: JsonObject; expectedVersion: number; reason?: string }; key: string }) => sendEvent(id, body, key),
    onSuccess: () => void invalidateAfterEvent(queryClient),
  });
}

/** Fetches the trajectory again (after a 409: someone else moved it on). */
export function useRefreshTrajectory(id: string): () => void {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: trajectoryKeys.one(id) });
}

/**
 * Saves a form's shared draft over the version it builds on; the cached trajectory then holds the saved draft,
 * so coming back to the page shows it (and builds on it) without waiting for a fetch.
 */
export function useSaveDraft(id: string, formId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ data, base }: { data: JsonObject; base: string | null }) => saveDraft(id, formId, data, base),
    onSuccess: (saved) => queryClient.setQueryData<TrajectoryView>(trajectoryKeys.one(id), (view) => view && {
      ...view, forms: view.forms.map((f) => (f.id === formId ? { ...f, draft: { data: saved.data, updatedAt: saved.updatedAt, updatedBy: saved.updatedBy } } : f)),
    }),
  });
}

/** Acknowledges a flag; afterwards the trajectory and the overview (its open flags) are fetched again. */
export function useAcknowledgeFlag(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ flagId, note }: { flagId: string; note: string }) => acknowledgeFlag(id, flagId, note),
    onSuccess: () => invalidateAfterEvent(queryClient),
  });
}
