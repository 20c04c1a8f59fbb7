import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, type ComponentType, type ReactNode } from 'react';
import { parse } from 'regexparam';
import { matchRoute, Route, Switch, useLocation } from 'wouter';
import { useLang } from '../i18n/lang';
import { Home } from '../pages/Home';
import { NotFound } from '../pages/NotFound';
import { RequireSignIn } from '../pages/trajectories/RequireSignIn';
import { trajectoryQuery } from '../queries/trajectories';
import { namedParams, usePageParams } from './paths';

/** A page, or a layout (`nest`: it matches its path and everything below) with its own pages. */
export interface RouteDef {
  path: string;
  page?: ComponentType;
  layout?: ComponentType<{ children: ReactNode }>;
  children?: RouteDef[];
}

// Pages load on demand (one chunk each), so a participant's pages do not pay for the coach's or the admin's.
const page = (load: () => Promise<{ default: ComponentType }>) => lazy(load);

/** While a page's code is on its way (the first visit of a page loads its chunk). */
function Loading() {
  const { appText } = useLang();
  return <p className="app-loading">{appText('loading')}</p>;
}

/** Per trajectory (signed in only): starts fetching it while the page's code loads; the page reads the cache. */
function TrajectoryLayout({ children }: { children: ReactNode }) {
  const { id } = usePageParams('/trajecten/:id');
  const queryClient = useQueryClient();
  useEffect(() => void queryClient.prefetchQuery(trajectoryQuery(id)), [queryClient, id]);
  // Its own boundary, so the layout (and its prefetch) is there while the page loads.
  return <RequireSignIn><Suspense fallback={<Loading />}>{children}</Suspense></RequireSignIn>;
}

/** The admin section (`#/beheer/...`): its own chunk too, with its menu and the page for non-administrators. */
const AdminSection = lazy(() => import('../admin/AdminSection'));

/** The app's pages, inside the shell; an address no page has shows "not found" there. */
export const ROUTES: RouteDef[] = [
  { path: '/', page: Home },
  { path: '/inloggen', page: page(() => import('../pages/SignIn')) },
  { path: '/soorten', page: page(() => import('../pages/types/TypesPage')) },
  /** `#/formulieren` and `#/formulieren/<id>`: one page, so the list keeps its place when another form opens. */
  { path: '/formulieren/:id?', page: page(() => import('../pages/forms/FormPreview')) },
  { path: '/scholen/:id', page: page(() => import('../pages/schools/SchoolPage')) },
  /** The link in an invitation e-mail: `#/uitnodiging/<token>`. */
  { path: '/uitnodiging/:token', page: page(() => import('../pages/invitation/InvitationPage')) },
  /** A sign-off link for someone without an account: `#/tekenen/<token>` (works without signing in). */
  { path: '/tekenen/:token', page: page(() => import('../pages/signoffs/SigningPage')) },
  { path: '/uitnodigen', page: page(() => import('../pages/invitation/InvitePage')) },
  { path: '/trajecten', page: page(() => import('../pages/trajectories/MyTrajectories')) },
  /** The personal iCal feed (make, copy, revoke). */
  { path: '/agenda', page: page(() => import('../pages/AgendaPage')) },
  /** The inbox the bell leads to, and one's own settings (mail, calendar feed). */
  { path: '/meldingen', page: page(() => import('../notify/InboxPage')) },
  { path: '/instellingen', page: page(() => import('../notify/SettingsPage')) },
  {
    path: '/trajecten/:id', layout: TrajectoryLayout, children: [
      { path: '/', page: page(() => import('../pages/trajectories/TrajectoryPage')) },
      { path: '/afdrukken', page: page(() => import('../pages/trajectories/PrintPage')) },
    ],
  },
  /** The procesbegeleider's overview: `#/overzicht` and `#/overzicht/<type>`, its filters in the search params. */
  { path: '/overzicht/:typeId?', page: page(() => import('../pages/coach/CoachOverview')) },
  {
    path: '/beheer', layout: AdminSection, children: [
      { path: '/', page: page(() => import('../admin/AdminSection').then((m) => ({ default: m.AdminStart }))) },
      { path: '/soorten', page: page(() => import('../admin/types/TypesAdminPage')) },
      { path: '/soorten/:typeId', page: page(() => import('../admin/editor/EditorPage')) },
      { path: '/scholen', page: page(() => import('../admin/people/OrganisationsPage')) },
      { path: '/mail', page: page(() => import('../admin/mail/MailOutboxPage')) },
    ],
  },
];

/** Renders the first route that matches; the same route keeps its page mounted when only its params change. */
function Routes({ routes }: { routes: RouteDef[] }) {
  return (
    <Switch>
      {routes.map(({ path, page: Page, layout: Layout = Fragment, children }) => children
        ? <Route key={path} path={path} nest><Layout><Routes routes={children} /></Layout></Route>
        : <Route key={path} path={path} component={Page} />)}
      <Route><NotFound /></Route>
    </Switch>
  );
}
const Fragment = ({ children }: { children: ReactNode }) => <>{children}</>;

/** The page for the current address, scrolled to the top when the path changes (not when the search does). */
export function AppRoutes() {
  const [path] = useLocation();
  useEffect(() => {
    // In braces: Chromium's scrollTo returns a promise now, and an effect may return only its clean-up.
    window.scrollTo(0, 0);
  }, [path]);
  return <Suspense fallback={<Loading />}><Routes routes={ROUTES} /></Suspense>;
}

/**
 * Which route an address (the path inside the hash, as wouter sees it: decodeURI'd) renders, matched as
 * `<Routes>` does: its patterns joined, and its params; undefined when it shows "not found".
 */
export function matchPath(path: string, routes = ROUTES, base = ''): { route: string; params: Record<string, string> } | undefined {
  for (const route of routes) {
    const match = matchRoute(parse, route.path, path, route.children !== undefined);
    if (!match[0]) continue;
    const named = namedParams(match[1]);
    if (!route.children) return { route: base + route.path, params: named };
    // In a layout, wouter matches its pages against the rest of the path (its "base" is the part it matched).
    const nested = (match as unknown as [boolean, object, string])[2];
    const inner = matchPath(path.slice(nested.length) || '/', route.children, base + route.path);
    return inner && { route: inner.route, params: { ...named, ...inner.params } };
  }
  return undefined;
}
