import { QueryClient } from '@tanstack/react-query';
import { ApiFailure } from '../api/client';

/**
 * Whether a failed query is tried again: a refusal (4xx: not signed in, not yours, not there) answers the same
 * the second time, so only a network failure or a server error is retried, once.
 */
export function shouldRetry(failures: number, error: unknown): boolean {
  return failures < 1 && !(error instanceof ApiFailure && error.status < 500);
}

/**
 * The app's one query cache. Data is shown from the cache at once and fetched again on mount (once it is a few
 * seconds old) and when the tab gets focus again (per query where that is not sensible: `refetchOnWindowFocus: false`); mutations invalidate
 * what they changed instead of re-fetching by hand.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Fresh for a few seconds: what a route's loader prefetched is not fetched again when the page mounts.
      queries: { retry: shouldRetry, staleTime: 5_000, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
}
