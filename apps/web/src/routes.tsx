import { lazy } from 'react';
import type { Route } from './router';
import { Home } from './pages/Home';

// Admin pages load on demand, so participant pages (added later) do not pay for them.
const FormPreview = lazy(() => import('./pages/forms/FormPreview'));

/** Every page of the app. Participant and coach views come here as they are built. */
export const routes: Route[] = [
  { path: '/', page: Home },
  { path: '/formulieren', page: FormPreview },
  { path: '/formulieren/:id', page: FormPreview },
];
