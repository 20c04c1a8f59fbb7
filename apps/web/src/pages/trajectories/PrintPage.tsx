import { useEffect, useState } from 'react';
import { t } from '@koers/engine';
import { ApiFailure } from '../../api/client';
import { getTrajectory, type DocumentView, type TrajectoryView } from '../../api/trajectories';
import { useLang } from '../../i18n/lang';
import { Link } from '../../router';
import { useDocumentTitle } from '../useDocumentTitle';
import { DocumentBody } from './Documents';
import { formatDate } from './format';
import { RequireSignIn } from './RequireSignIn';
import { StatusPanel } from './StatusPanel';
import './print.css';

/**
 * A trajectory on paper: its state, every submitted form (goals, plan of approach, evaluations) read-only in the
 * order they were submitted, and the history as a table. Made for the browser's "print / save as PDF".
 */
export default function PrintPage({ params }: { params: Record<string, string> }) {
  return <RequireSignIn><Printable id={params.id ?? ''} /></RequireSignIn>;
}

/**
 * Everything submitted so far, in submission order: the documents, plus open forms that hold an earlier
 * submission (a plan being adjusted prints as last submitted, never as the unsent draft).
 */
export function printedForms(view: TrajectoryView): DocumentView[] {
  const firstSeq = new Map<string, number>();
  const last = new Map<string, TrajectoryView['history'][number]>();
  for (const entry of view.history) {
    const id = entry.form?.id;
    if (!id) continue;
    if (!firstSeq.has(id)) firstSeq.set(id, entry.seq);
    last.set(id, entry);
  }
  const open: DocumentView[] = view.forms.filter((f) => f.submitted).map((f) => ({
    id: f.id, title: f.title, schema: f.schema, data: f.submitted!, referencedBy: [],
    ...(f.description ? { description: f.description } : {}), ...(f.uischema ? { uischema: f.uischema } : {}), ...(f.i18n ? { i18n: f.i18n } : {}),
    submittedAt: last.get(f.id)?.at ?? null, submittedBy: last.get(f.id)?.actor ?? null,
  }));
  const order = (d: DocumentView) => firstSeq.get(d.id) ?? Number.MAX_SAFE_INTEGER;
  return [...view.documents, ...open].sort((a, b) => order(a) - order(b));
}

type Load = { kind: 'loading' } | { kind: 'missing' } | { kind: 'ready'; view: TrajectoryView };

function Printable({ id }: { id: string }) {
  const { m, lang } = useLang();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  useEffect(() => {
    getTrajectory(id).then((view) => setLoad({ kind: 'ready', view }), (error: unknown) => {
      if (error instanceof ApiFailure) setLoad({ kind: 'missing' });
      else throw error;
    });
  }, [id]);
  const view = load.kind === 'ready' ? load.view : undefined;
  // The title is the PDF's default file name.
  useDocumentTitle(view ? `${view.school.name} – ${t(view.type.title, lang)}` : m('printView'));

  if (load.kind === 'loading') return <p className="app-loading">{m('loading')}</p>;
  if (load.kind === 'missing') {
    return (
      <div className="page page--narrow">
        <h1>{m('trajectoryNotFound')}</h1>
        <p>{m('trajectoryNotFoundText')}</p>
        <p><Link to="/trajecten">{m('back')}</Link></p>
      </div>
    );
  }
  const v = load.view;
  const docs = printedForms(v);
  return (
    <article className="page print">
      <div className="print__toolbar">
        <Link to={`/trajecten/${encodeURIComponent(v.id)}`}>{m('backToTrajectory')}</Link>
        <button type="button" className="button" onClick={() => window.print()}>{m('print')}</button>
      </div>
      <header className="print__header">
        <p className="print__school">{v.school.name}</p>
        <h1>{t(v.type.title, lang)}</h1>
        <p className="print__meta">{m('printedOn', { date: formatDate(new Date().toISOString(), lang) })}</p>
      </header>
      <StatusPanel view={v} />
      {docs.length > 0 && (
        <nav className="print__contents" aria-labelledby="print-contents">
          <h2 id="print-contents">{m('printContents')}</h2>
          <ol>{docs.map((d) => <li key={d.id}><a href={`#doc-${d.id}`} onClick={(e) => jump(e, `doc-${d.id}`)}>{t(d.title, lang)}</a></li>)}</ol>
        </nav>
      )}
      {docs.length === 0 && <p>{m('printNothing')}</p>}
      {docs.map((doc) => (
        <section key={doc.id} id={`doc-${doc.id}`} className="print__document" aria-labelledby={`doc-${doc.id}-title`}>
          <DocumentBody doc={doc} headingLevel={2} />
        </section>
      ))}
      <section className="print__history" aria-labelledby="print-history">
        <h2 id="print-history">{m('history')}</h2>
        <table>
          <thead>
            <tr><th scope="col">{m('colWhen')}</th><th scope="col">{m('colWhat')}</th><th scope="col">{m('colWho')}</th><th scope="col">{m('colTo')}</th></tr>
          </thead>
          <tbody>
            {v.history.map((e) => (
              <tr key={e.seq}>
                <td>{formatDate(e.at, lang)}</td>
                <td>{t(e.label, lang)}</td>
                <td>{e.actor?.name ?? '–'}</td>
                <td>{e.to.map((s) => t(s.title, lang)).join(' + ') || '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </article>
  );
}

/** In-page links without touching the router's hash. */
function jump(event: React.MouseEvent, id: string) {
  event.preventDefault();
  document.getElementById(id)?.scrollIntoView();
}
