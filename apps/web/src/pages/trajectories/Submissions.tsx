import { useCallback, useMemo, useState } from 'react';
import { FormStep } from '@koers/runner';
import { formDefinition, type EventLogEntry, type FormShape, type TrajectoryView } from '../../api/trajectories';
import { useLang } from '../../i18n/lang';
import { useEventLogQuery } from '../../queries/trajectories';
import { ReadersNote } from './ReadersNote';

export type EventLog = { state: 'idle' | 'loading' | 'failed' } | { state: 'ready'; entries: EventLogEntry[] };

/**
 * The trajectory's event log with the data of every event, fetched once on first need (opening a submitted form
 * in the history, or the printable view) and again when the trajectory moves on.
 */
export function useEventLog(id: string, version: number, eager = false) {
  // The version it was asked for: a new version means a new event, and its log waits until asked for again.
  const [wanted, setWanted] = useState<number | undefined>();
  const query = useEventLogQuery(id, version, eager || wanted === version);
  const load = useCallback(() => setWanted(version), [version]);
  const log: EventLog = query.data ? { state: 'ready', entries: query.data } : query.isError ? { state: 'failed' }
    : query.isFetching ? { state: 'loading' } : { state: 'idle' };
  return { log, load };
}

/** The forms a trajectory knows and the viewer may read, by id: those open now and those filled in earlier. */
export function formShapes(view: TrajectoryView): Map<string, FormShape> {
  return new Map<string, FormShape>([...view.documents, ...view.forms.filter((f) => f.readable)].map((f) => [f.id, f]));
}

/** The answers one event submitted, read-only, unfolded on request: every submission stays readable, not only the last. */
export function SubmittedForm({ seq, shape, log, onOpen }: {
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
