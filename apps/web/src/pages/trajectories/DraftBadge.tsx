import { textIn } from '@koers/engine';
import type { StepView, TrajectoryView } from '../../api/trajectories';
import { useLang } from '../../i18n/lang';

/**
 * "Concept klaar" on a current step: a form the step shows holds a shared draft the reader may go on with (an
 * editable form of theirs), so nobody forgets a half-filled form.
 */
export function DraftBadge({ view, step }: { view: TrajectoryView; step: StepView }) {
  const { appText, lang } = useLang();
  const shown = new Set(step.forms.map((f) => f.id));
  const waiting = view.forms.filter((f) => f.draft && f.editable && (shown.has(f.id) || view.events.some((e) => e.form === f.id && e.step === step.path)));
  if (waiting.length === 0) return null;
  return (
    <p className="badge badge--draft">{appText('draftReadyOf', { forms: waiting.map((f) => textIn(f.title, lang)).join(', ') })}</p>
  );
}
