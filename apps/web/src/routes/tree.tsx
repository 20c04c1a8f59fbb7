import type { QueryClient } from '@tanstack/react-query';
import { Outlet, createRootRouteWithContext, createRoute, lazyRouteComponent, useChildMatches } from '@tanstack/react-router';
import { Home } from '../pages/Home';
import { NotFound } from '../pages/NotFound';
import { RequireSignIn } from '../pages/trajectories/RequireSignIn';
import { trajectoryQuery } from '../queries/trajectories';
import { Shell } from '../Shell';
import { validateOverviewSearch } from './overviewSearch';

/** What every route's loader and beforeLoad get: the query cache, to start a page's fetches early. */
export interface RouterContext {
  queryClient: QueryClient;
}

// Pages load on demand (one chunk each), so a participant's pages do not pay for the coach's or the admin's.
const page = <T,>(load: () => Promise<{ default: T }>) => lazyRouteComponent(load);

/** The app shell: header, main menu, language switch; every page renders inside it, unknown paths too. */
export const rootRoute = createRootRouteWithContext<RouterContext>()({ component: Shell, notFoundComponent: NotFound });

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: Home });
const signInRoute = createRoute({ getParentRoute: () => rootRoute, path: 'inloggen', component: page(() => import('../pages/SignIn')) });
const typesRoute = createRoute({ getParentRoute: () => rootRoute, path: 'soorten', component: page(() => import('../pages/types/TypesPage')) });
/** `#/formulieren` and `#/formulieren/<id>`: one page, so the list keeps its place when another form opens. */
const formsRoute = createRoute({ getParentRoute: () => rootRoute, path: 'formulieren/{-$id}', component: page(() => import('../pages/forms/FormPreview')) });
const schoolRoute = createRoute({ getParentRoute: () => rootRoute, path: 'scholen/$id', component: page(() => import('../pages/schools/SchoolPage')) });
/** The link in an invitation e-mail: `#/uitnodiging/<token>`. */
const invitationRoute = createRoute({ getParentRoute: () => rootRoute, path: 'uitnodiging/$token', component: page(() => import('../pages/invitation/InvitationPage')) });
const inviteRoute = createRoute({ getParentRoute: () => rootRoute, path: 'uitnodigen', component: page(() => import('../pages/invitation/InvitePage')) });

/** The trajectory pages: the list, and per trajectory (signed in only) its page and its printable view. */
const trajectoriesRoute = createRoute({ getParentRoute: () => rootRoute, path: 'trajecten' });
const myTrajectoriesRoute = createRoute({ getParentRoute: () => trajectoriesRoute, path: '/', component: page(() => import('../pages/trajectories/MyTrajectories')) });
const trajectoryRoute = createRoute({
  getParentRoute: () => trajectoriesRoute,
  path: '$id',
  component: () => <RequireSignIn><Outlet /></RequireSignIn>,
  // Starts fetching the trajectory while the page's code loads; the page reads it from the cache.
  loader: ({ context, params }) => void context.queryClient.prefetchQuery(trajectoryQuery(params.id)),
});
const trajectoryPageRoute = createRoute({ getParentRoute: () => trajectoryRoute, path: '/', component: page(() => import('../pages/trajectories/TrajectoryPage')) });
const printRoute = createRoute({ getParentRoute: () => trajectoryRoute, path: 'afdrukken', component: page(() => import('../pages/trajectories/PrintPage')) });

/** The procesbegeleider's section: `#/overzicht` and `#/overzicht/<type>`, its filters in the search params. */
const coachRoute = createRoute({ getParentRoute: () => rootRoute, path: 'overzicht' });
const overviewRoute = createRoute({
  getParentRoute: () => coachRoute, path: '{-$typeId}', validateSearch: validateOverviewSearch,
  component: page(() => import('../pages/coach/CoachOverview')),
});

/** The admin section (`#/beheer/...`), signed in only; its pages come as children. Without one: not found. */
function AdminSection() {
  const children = useChildMatches();
  return <RequireSignIn>{children.length > 0 ? <Outlet /> : <NotFound />}</RequireSignIn>;
}
const adminRoute = createRoute({ getParentRoute: () => rootRoute, path: 'beheer', component: AdminSection });

export const routeTree = rootRoute.addChildren([
  homeRoute, signInRoute, typesRoute, formsRoute, schoolRoute, invitationRoute, inviteRoute,
  trajectoriesRoute.addChildren([myTrajectoriesRoute, trajectoryRoute.addChildren([trajectoryPageRoute, printRoute])]),
  coachRoute.addChildren([overviewRoute]),
  adminRoute,
]);
