import { lazy } from 'react';
import type { Route } from './router';
import { Home } from './pages/Home';

// Admin pages load on demand, so participant pages (added later) do not pay for them.
const FormPreview = lazy(() => import('./pages/forms/FormPreview'));
const SignIn = lazy(() => import('./pages/SignIn'));
const MyTrajectories = lazy(() => import('./pages/trajectories/MyTrajectories'));
const TrajectoryPage = lazy(() => import('./pages/trajectories/TrajectoryPage'));
const CoachOverview = lazy(() => import('./pages/coach/CoachOverview'));

/** Every page of the app. Participant and coach views come here as they are built. */
export const routes: Route[] = [
  { path: '/', page: Home },
  { path: '/formulieren', page: FormPreview },
  { path: '/formulieren/:id', page: FormPreview },
  { path: '/inloggen', page: SignIn },
  { path: '/trajecten', page: MyTrajectories },
  { path: '/trajecten/:id', page: TrajectoryPage },
  { path: '/overzicht', page: CoachOverview },
  { path: '/overzicht/:typeId', page: CoachOverview },
];
