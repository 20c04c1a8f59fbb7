import { useCallback, useState } from 'react';
import type { EventLogEntry, FormShape, TrajectoryView } from '../../api/trajectories';
import { useEventLogQuery } from '../../queries/trajectories';

export type EventLog = { state: 'idle' | 'loading' | 'failed' } | { state: 'ready'; entries: EventLogEntry[] };

/**
 * The trajectory's event log with the data of every event (or of the newest `limit`), fetched once on first need
 * (opening a submitted form in the history, or the printable view) and again when the trajectory moves on.
 */
export function useEventLog(id: string, version: number, eager = false, limit?: number) {
  // The version it was asked for: a new version means a new event, and its log waits until asked for again.
  const [wanted, setWanted] = useState<number | undefined>();
  const query = useEventLogQuery(id, version, eager || wanted === version, limit);
  const load = useCallback(() => setWanted(version), [version]);
  const log: EventLog = query.data ? { state: 'ready', entries: query.data } : query.isError ? { state: 'failed' }
    : query.isFetching ? { state: 'loading' } : { state: 'idle' };
  return { log, load };
}

/** The forms a trajectory knows and the viewer may read, by id: those open now and those filled in earlier. */
export function formShapes(view: TrajectoryView): Map<string, FormShape> {
  return new Map<string, FormShape>([...view.documents, ...view.forms.filter((f) => f.readable)].map((f) => [f.id, f]));
}
