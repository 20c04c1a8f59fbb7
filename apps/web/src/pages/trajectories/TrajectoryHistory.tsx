import { History } from '@koers/runner';
import type { TrajectoryView } from '../../api/trajectories';
import { useLang } from '../../i18n/lang';
import { SignoffList } from '../signoffs/SignoffList';
import { SIGNOFF_TEXT, say } from '../signoffs/texts';
import { SubmittedForm, formShapes, useEventLog } from './Submissions';

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
