import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { FormStep } from '@koers/runner';
import { formDefinition, getEventLog, type EventLogEntry, type FormShape, type TrajectoryView } from '../../api/trajectories';
import { useLang } from '../../i18n/lang';

export type EventLog = { state: 'idle' | 'loading' | 'failed' } | { state: 'ready'; entries: EventLogEntry[] };

/**
 * The trajectory's event log with the data of every event, fetched once on first need (opening a submitted form
 * in the history, or the printable view) and again when the trajectory moves on.
 */
export function useEventLog(id: string, version: number, eager = false) {
  const [log, setLog] = useState<EventLog>({ state: 'idle' });
  // The request for the current id and version, if any; an answer for an older one is dropped.
  const request = useRef<{ key: string; started: boolean }>({ key: '', started: false });
  const key = `${id}@${version}`;
  if (request.current.key !== key) request.current = { key, started: false };
  const load = useCallback(() => {
    const mine = request.current;
    if (mine.started) return;
    mine.started = true;
    setLog({ state: 'loading' });
    getEventLog(id).then(
      (entries) => request.current === mine && setLog({ state: 'ready', entries }),
      () => request.current === mine && setLog({ state: 'failed' }),
    );
  }, [id]);
  // A new version means a new event: what was loaded is out of date.
  useEffect(() => {
    setLog({ state: 'idle' });
    if (eager) load();
  }, [key, eager, load]);
  return { log, load };
}

/** The forms a trajectory knows, by id: those open now and those filled in earlier. */
export function formShapes(view: TrajectoryView): Map<string, FormShape> {
  return new Map<string, FormShape>([...view.documents, ...view.forms].map((f) => [f.id, f]));
}

/** The answers one event submitted, read-only, unfolded on request: every submission stays readable, not only the last. */
export function SubmittedForm({ seq, shape, log, onOpen }: {
  seq: number; shape: FormShape; log: EventLog; onOpen: () => void;
}) {
  const { m } = useLang();
  const [open, setOpen] = useState(false);
  const entry = log.state === 'ready' ? log.entries.find((e) => e.seq === seq) : undefined;
  return (
    <details className="submission" onToggle={(e) => {
      const now = (e.currentTarget as HTMLDetailsElement).open;
      setOpen(now);
      if (now) onOpen();
    }}>
      <summary>{m('showSubmission')}</summary>
      {open && log.state === 'loading' && <p className="app-loading">{m('loading')}</p>}
      {open && log.state === 'failed' && <p role="alert">{m('submissionFailed')}</p>}
      {open && entry && <SubmissionBody shape={shape} data={entry.data ?? {}} />}
    </details>
  );
}

/** A submission's answers under the form's own labels, as text. */
export function SubmissionBody({ shape, data }: { shape: FormShape; data: EventLogEntry['data'] & object }) {
  const { lang } = useLang();
  const definition = useMemo(() => formDefinition(shape), [shape]);
  return <FormStep form={definition} data={data} lang={lang} readonly showHeader={false} showSummary={false} />;
}
