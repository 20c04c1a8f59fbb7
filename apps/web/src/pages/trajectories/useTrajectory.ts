import { useCallback, useEffect, useState } from 'react';
import { ApiFailure } from '../../api/client';
import { getTrajectory, type TrajectoryView } from '../../api/trajectories';

export type TrajectoryLoad = { kind: 'loading' } | { kind: 'missing' } | { kind: 'failed'; message: string } | { kind: 'ready'; view: TrajectoryView };

/**
 * One trajectory from the API, and `reload` for after a change. Not there, not mine or a malformed id are one
 * answer ("missing", as the server means it); anything else is a failure with its message.
 */
export function useTrajectory(id: string) {
  const [load, setLoad] = useState<TrajectoryLoad>({ kind: 'loading' });
  const reload = useCallback(() => getTrajectory(id).then((view) => setLoad({ kind: 'ready', view }), (error: unknown) => {
    if (error instanceof ApiFailure && (error.status === 404 || error.status === 403 || error.status === 400)) setLoad({ kind: 'missing' });
    else setLoad({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }), [id]);
  useEffect(() => void reload(), [reload]);
  return { load, reload };
}
