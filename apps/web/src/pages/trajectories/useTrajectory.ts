import { useQuery } from '@tanstack/react-query';
import { ApiFailure } from '../../api/client';
import type { TrajectoryView } from '../../api/trajectories';
import { trajectoryQuery } from '../../queries/trajectories';

export type TrajectoryLoad = { kind: 'loading' } | { kind: 'missing' } | { kind: 'failed'; message: string } | { kind: 'ready'; view: TrajectoryView };

/**
 * One trajectory from the query cache (fetched again on mount, on focus and after an event). Not there, not mine
 * or a malformed id are one answer ("missing", as the server means it); anything else is a failure with its message.
 */
export function useTrajectory(id: string): TrajectoryLoad {
  const query = useQuery(trajectoryQuery(id));
  if (query.data) return { kind: 'ready', view: query.data };
  const error = query.error;
  if (!error) return { kind: 'loading' };
  if (error instanceof ApiFailure && (error.status === 404 || error.status === 403 || error.status === 400)) return { kind: 'missing' };
  return { kind: 'failed', message: error.message };
}
