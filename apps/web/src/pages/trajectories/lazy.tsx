import { lazy, Suspense, type ReactNode } from 'react';
import { useLang } from '../../i18n/lang';
import { pageText } from './texts';

/*
 * The trajectory page's parts that are not needed for its first paint, each in a file of its own that loads when it
 * is first shown: the forms (JSON Forms with Ajv, the largest part), earlier forms, flags, sign-offs, the group, the
 * diagram and the folded history. The page itself (title, current step, steps, status) needs none of them, so a
 * participant sees where the trajectory stands before they arrive; test/bench/web.ts keeps the first visit of
 * #/trajecten/:id within its budget.
 */
export const FormPanel = lazy(() => import('./FormPanel').then((m) => ({ default: m.FormPanel })));
export const Documents = lazy(() => import('./Documents').then((m) => ({ default: m.Documents })));
export const FlagPanel = lazy(() => import('./FlagPanel').then((m) => ({ default: m.FlagPanel })));
export const GroupPanel = lazy(() => import('./GroupPanel').then((m) => ({ default: m.GroupPanel })));
export const TrajectoryDiagram = lazy(() => import('./TrajectoryDiagram').then((m) => ({ default: m.TrajectoryDiagram })));
export const TrajectoryHistory = lazy(() => import('./TrajectoryHistory').then((m) => ({ default: m.TrajectoryHistory })));
export const SubmissionBody = lazy(() => import('./Submissions').then((m) => ({ default: m.SubmissionBody })));
export const SignoffPanel = lazy(() => import('../signoffs/SignoffPanel').then((m) => ({ default: m.SignoffPanel })));

/** Shows its lazily loaded children, and while they load a short text that screen readers announce politely. */
export function Later({ children }: { children: ReactNode }) {
  const { lang } = useLang();
  return <Suspense fallback={<p className="app-loading" role="status">{pageText('loadingPart', lang)}</p>}>{children}</Suspense>;
}
