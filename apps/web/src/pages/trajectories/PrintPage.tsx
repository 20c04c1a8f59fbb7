import { Link } from '../../routes/Link';
import { to, usePageParams } from '../../routes/paths';
import { textIn, type JsonObject } from '@koers/engine';
import type { EventLogEntry, FormShape } from '../../api/trajectories';
import { useLang } from '../../i18n/lang';
import { Missing } from '../Missing';
import { useDocumentTitle } from '../useDocumentTitle';
import { SubmittedLine } from './Documents';
import { formatDate } from './format';
import { StatusPanel } from './StatusPanel';
import { SubmissionBody, formShapes, useEventLog } from './Submissions';
import { ReadersNote } from './ReadersNote';
import { useTrajectory } from './useTrajectory';
import './print.css';
import { readableView } from './readable-view';
import { SignoffList } from '../signoffs/SignoffList';
import { SIGNOFF_TEXT, say } from '../signoffs/texts';

/**
 * A trajectory on paper: its state, every submitted form (goals, plan of approach, each evaluation) read-only in
 * the order they were submitted, and the history as a table. Made for the browser's "print / save as PDF".
 */

export default function PrintPage() {
  return <Printable id={usePageParams('/trajecten/:id').id} />;
}

/** One submitted form on paper: which form, its answers, and who submitted it when. */
export interface Printed { seq: number; shape: FormShape; data: JsonObject; at: string; by: string | null; nth: number; of: number }

/**
 * Every form submitted so far, in the order it happened, from the event log: a form submitted more than once
 * (three progress meetings a year, an adjusted plan) is printed each time, numbered "2 van 3".
 */
export function printedForms(log: readonly EventLogEntry[], shapes: ReadonlyMap<string, FormShape>): Printed[] {
  const withForm = log.filter((e) => e.form && e.data && shapes.has(e.form.id));
  const total = new Map<string, number>();
  for (const e of withForm) total.set(e.form!.id, (total.get(e.form!.id) ?? 0) + 1);
  const seen = new Map<string, number>();
  return withForm.map((e) => {
    const id = e.form!.id;
    seen.set(id, (seen.get(id) ?? 0) + 1);
    return { seq: e.seq, shape: shapes.get(id)!, data: e.data!, at: e.at, by: e.actor?.name ?? null, nth: seen.get(id)!, of: total.get(id)! };
  });
}

function Printable({ id }: { id: string }) {
  const { appText, lang } = useLang();
  const load = useTrajectory(id);
  const view = load.kind === 'ready' ? load.view : undefined;
  const { log } = useEventLog(id, view?.version ?? 0, view !== undefined);
  // The title is the PDF's default file name.
  useDocumentTitle(view ? `${view.school.name} – ${textIn(view.type.title, lang)}${view.label ? ` – ${view.label}` : ''}` : appText('printView'));

  if (load.kind === 'loading') return <p className="app-loading">{appText('loading')}</p>;
  if (load.kind === 'missing' || load.kind === 'failed') {
    return <Missing title={appText('trajectoryNotFound')} text={appText('trajectoryNotFoundText')} failure={load.kind === 'failed' ? load.message : undefined} />;
  }
  const v = readableView(load.view);
  const docs = log.state === 'ready' ? printedForms(log.entries, formShapes(v)) : [];
  // Forms submitted that the viewer's roles may not read (formAccess): named, never shown.
  const hidden = log.state === 'ready' ? [...new Map(log.entries.filter((e) => e.form && e.data === null).map((e) => [e.form!.id, e.form!])).values()] : [];
  const title = (d: Printed) => `${textIn(d.shape.title, lang)}${d.of > 1 ? ` (${appText('nthOf', { n: d.nth, total: d.of })})` : ''}`;
  return (
    <article className="page print">
      <div className="print__toolbar">
        <Link to={to.trajectory(v.id)}>{appText('backToTrajectory')}</Link>
        <button type="button" className="button" onClick={() => window.print()}>{appText('print')}</button>
      </div>
      <header className="print__header">
        <p className="print__school">{v.school.name}</p>
        <h1>{textIn(v.type.title, lang)}{v.label && ` · ${v.label}`}</h1>
        <p className="print__meta">{appText('printedOn', { date: formatDate(new Date().toISOString(), lang) })}</p>
      </header>
      <StatusPanel view={v} />
      {log.state === 'loading' && <p className="app-loading">{appText('loading')}</p>}
      {log.state === 'failed' && <p role="alert">{appText('submissionFailed')}</p>}
      {docs.length > 0 && (
        <nav className="print__contents" aria-labelledby="print-contents">
          <h2 id="print-contents">{appText('printContents')}</h2>
          <ol>{docs.map((d) => <li key={d.seq}><a href={`#sub-${d.seq}`} onClick={(e) => jump(e, `sub-${d.seq}`)}>{title(d)}</a></li>)}</ol>
        </nav>
      )}
      {log.state === 'ready' && docs.length === 0 && hidden.length === 0 && <p>{appText('printNothing')}</p>}
      {hidden.length > 0 && (
        <p className="print__hidden">{appText('printHidden', { forms: hidden.map((f) => textIn(f.title, lang)).join(', ') })}</p>
      )}
      {docs.map((d) => (
        <section key={d.seq} id={`sub-${d.seq}`} className="print__document" aria-labelledby={`sub-${d.seq}-title`}>
          <h2 id={`sub-${d.seq}-title`}>{title(d)}</h2>
          <p><SubmittedLine at={d.at} by={d.by} /></p>
          <ReadersNote access={d.shape.access} />
          <SubmissionBody shape={d.shape} data={d.data} />
        </section>
      ))}
      <section className="print__history" aria-labelledby="print-history">
        <h2 id="print-history">{appText('history')}</h2>
        <table>
          <thead>
            <tr><th scope="col">{appText('colWhen')}</th><th scope="col">{appText('colWhat')}</th><th scope="col">{appText('colWho')}</th><th scope="col">{appText('colTo')}</th></tr>
          </thead>
          <tbody>
            {(log.state === 'ready' ? log.entries : v.history).map((e) => (
              <tr key={e.seq}>
                <td>{formatDate(e.at, lang)}</td>
                <td>{textIn(e.label, lang)}</td>
                <td>{e.actor?.name ?? '–'}</td>
                <td>{e.to.map((s) => textIn(s.title, lang)).join(' + ') || '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {v.signoffs.list.length > 0 && (
        <section className="print__signoffs" aria-labelledby="print-signoffs">
          <h2 id="print-signoffs">{say(SIGNOFF_TEXT.history, lang)}</h2>
          <SignoffList entries={v.signoffs.list} withTitles />
        </section>
      )}
    </article>
  );
}

/** In-page links without touching the router's hash. */
function jump(event: React.MouseEvent, id: string) {
  event.preventDefault();
  document.getElementById(id)?.scrollIntoView();
}
