import { infiniteQueryOptions } from '@tanstack/react-query';
import { getSchoolAudit } from '../api/trajectories';

/** A school's activity, newest first, a page (25 entries) at a time: `fetchNextPage` follows the cursor. */
export const schoolAuditQuery = (schoolId: string) => infiniteQueryOptions({
  queryKey: ['schools', schoolId, 'audit'] as const,
  queryFn: ({ pageParam }) => getSchoolAudit(schoolId, pageParam),
  initialPageParam: undefined as string | undefined,
  getNextPageParam: (page) => page.nextCursor ?? undefined,
});
