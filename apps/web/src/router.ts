import { createHashHistory, createRouter, type RouterHistory } from '@tanstack/react-router';
import type { QueryClient } from '@tanstack/react-query';
import { routeTree } from './routes/tree';

/**
 * The app's router: hash URLs (`#/trajecten/<id>`) need no server fallback, so the build can be served by any
 * static file server (and by the API server) and deep links and reloads still work.
 */
export function createAppRouter(queryClient: QueryClient, history: RouterHistory = createHashHistory()) {
  return createRouter({
    routeTree, history, context: { queryClient },
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
