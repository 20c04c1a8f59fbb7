import { lazy } from 'react';
import type { Route } from './router';
import { Home } from './pages/Home';

// Admin pages load on demand, so participant pages (added later) do not pay for them.
const FormPreview = lazy(() => import('./pages/forms/FormPreview'));
const SignIn = lazy(() => import('./pages/SignIn'));
const MyTrajectories = lazy(() => import('./pages/trajectories/MyTrajectories'));
const TrajectoryPage = lazy(() => import('./pages/trajectories/TrajectoryPage'));
const PrintPage = lazy(() => import('./pages/trajectories/PrintPage'));
const SchoolPage = lazy(() => import('./pages/schools/SchoolPage'));
const TypesPage = lazy(() => import('./pages/types/TypesPage'));
const CoachOverview = lazy(() => import('./pages/coach/CoachOverview'));
const InvitationPage = lazy(() => import('./pages/invitation/InvitationPage'));
const InvitePage = lazy(() => import('./pages/invitation/InvitePage'));

/** Every page of the app. Participant and coach views come here as they are built. */
export const routes: Route[] = [
  { path: '/', page: Home },
  { path: '/formulieren', page: FormPreview },
  { path: '/formulieren/:id', page: FormPreview },
  { path: '/inloggen', page: SignIn },
  { path: '/trajecten', page: MyTrajectories },
  { path: '/trajecten/:id', page: TrajectoryPage },
  { path: '/trajecten/:id/afdrukken', page: PrintPage },
  { path: '/scholen/:id', page: SchoolPage },
  { path: '/soorten', page: TypesPage },
  { path: '/overzicht', page: CoachOverview },
  { path: '/overzicht/:typeId', page: CoachOverview },
  { path: '/uitnodiging/:token', page: InvitationPage },
  { path: '/uitnodigen', page: InvitePage },
];
