import { useState } from 'react';
import { History } from '@koers/runner';
import type { FormShape, TrajectoryView } from '../../api/trajectories';
import { useLang } from '../../i18n/lang';
import { SignoffList } from '../signoffs/SignoffList';
import { SIGNOFF_TEXT, say } from '../signoffs/texts';
import { formShapes, useEventLog, type EventLog } from './event-log';
import { useOlderHistory } from '../../queries/trajectories';
import { Later, SubmissionBody } from './lazy';
import { ReadersNote } from './ReadersNote';

/**
 * The unfolded history of a trajectory (loaded when the participant opens it): a compact timeline, newest first,
 * each submitted form readable under its event, and the sign-offs given. The page holds the latest events; older
 * ones come a page at a time ("Oudere activiteit tonen"), so a log of thousands opens as fast as one of ten.
 */
export function TrajectoryHistory({ view }: { view: TrajectoryView }) {
  const { appText, lang } = useLang();
  // The data of the page's own events (the newest, as many as it holds), fetched when a submitted form among them is opened.
  const log = useEventLog(view.id, view.version, false, view.history.length);
  const firstSeq = view.history[0]?.seq ?? 1;
  const [olderWanted, setOlderWanted] = useState(false);
  const older = useOlderHistory(view.id, view.version, firstSeq, olderWanted);
  // Pages come newest first; each is oldest first, as the page's own history.
  const olderEntries = (older.data?.pages ?? []).toReversed().flat();
  const entries = [...olderEntries, ...view.history];
  const hasOlder = olderWanted ? older.hasNextPage : firstSeq > 1;
  const shapes = formShapes(view);
  return (
    <>
      <History entries={entries} lang={lang} details={(entry) => {
        const shape = entries.find((h) => h.seq === entry.seq)?.form?.id;
        const form = shape ? shapes.get(shape) : undefined;
        // An older page brought its events' data along; the page's own events have theirs in the log.
        const loaded = olderEntries.find((e) => e.seq === entry.seq);
        return form ? <SubmittedForm seq={entry.seq} shape={form} log={loaded ? { state: 'ready', entries: [loaded] } : log.log} onOpen={log.load} /> : null;
      }} />
      {hasOlder && (
        <p className="trajectory__older">
          <button type="button" className="button button--secondary" disabled={older.isFetching}
            onClick={() => { if (olderWanted) void older.fetchNextPage(); else setOlderWanted(true); }}>
            {appText('showOlder')}
          </button>{' '}
          <span>{appText('historyShown', { n: entries.length, total: view.historyTotal })}</span>
        </p>
      )}
      {older.isError && <p role="alert">{appText('olderFailed')}</p>}
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
