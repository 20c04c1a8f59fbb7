import { queryOptions } from '@tanstack/react-query';
import { setCsrfToken } from '../api/client';
import { getMe } from '../api/session';

export const sessionKey = ['session'] as const;

/**
 * Who is signed in, asked once per visit (sign-in, sign-out and accepting an invitation set it); remembers the
 * CSRF token for writes. Any failure means signed out: 401, or no API at all (the form preview served as plain
 * files answers HTML), so the pages that need no account keep working.
 */
export const sessionQuery = queryOptions({
  queryKey: sessionKey,
  queryFn: () => getMe().then((answer) => {
    setCsrfToken(answer.csrfToken ?? undefined);
    return answer;
  }, () => null),
  staleTime: Infinity,
  refetchOnWindowFocus: false,
  retry: false,
});
