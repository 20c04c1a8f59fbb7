import { useState } from 'react';
import { History } from '@koers/runner';
import type { FormShape, TrajectoryView } from '../../api/trajectories';
import { useLang } from '../../i18n/lang';
import { SignoffList } from '../signoffs/SignoffList';
import { SIGNOFF_TEXT, say } from '../signoffs/texts';
import { formShapes, useEventLog, type EventLog } from './event-log';
import { Later, SubmissionBody } from './lazy';
import { ReadersNote } from './ReadersNote';

/**
 * The unfolded history of a trajectory (loaded when the participant opens it): a compact timeline, newest first,
 * each submitted form readable under its event, and the sign-offs given.
 */
export function TrajectoryHistory({ view }: { view: TrajectoryView }) {
  const { lang } = useLang();
  const log = useEventLog(view.id, view.version);
  const shapes = formShapes(view);
  return (
    <>
      <History entries={view.history} lang={lang} details={(entry) => {
        const shape = view.history.find((h) => h.seq === entry.seq)?.form?.id;
        const form = shape ? shapes.get(shape) : undefined;
        return form ? <SubmittedForm seq={entry.seq} shape={form} log={log.log} onOpen={log.load} /> : null;
      }} />
      {view.signoffs.list.length > 0 && (
        <>
          <h3>{say(SIGNOFF_TEXT.history, lang)}</h3>
          <SignoffList entries={view.signoffs.list} withTitles />
        </>
      )}
    </>
  );
}

/**
 * The answers one event submitted, read-only, unfolded on request: every submission stays readable, not only the
 * last. The form's renderer loads when the first one is opened.
 */
function SubmittedForm({ seq, shape, log, onOpen }: {
  seq: number; shape: FormShape; log: EventLog; onOpen: () => void;
}) {
  const { appText } = useLang();
  const [open, setOpen] = useState(false);
  const entry = log.state === 'ready' ? log.entries.find((e) => e.seq === seq) : undefined;
  return (
    <details className="submission" onToggle={(e) => {
      const now = (e.currentTarget as HTMLDetailsElement).open;
      setOpen(now);
      if (now) onOpen();
    }}>
      <summary>{appText('showSubmission')}</summary>
      {open && log.state === 'loading' && <p className="app-loading">{appText('loading')}</p>}
      {open && log.state === 'failed' && <p role="alert">{appText('submissionFailed')}</p>}
      {open && entry && <ReadersNote access={shape.access} />}
      {open && entry && <Later><SubmissionBody shape={shape} data={entry.data ?? {}} /></Later>}
    </details>
  );
}
