import { t } from '@koers/engine';
import type { DocumentView } from '../../api/trajectories';
import { useLang } from '../../i18n/lang';
import { formatDate } from './format';
import { SubmissionBody } from './Submissions';

/** Who submitted a document and when, in one line. */
export function SubmittedLine({ doc }: { doc: DocumentView }) {
  const { m, lang } = useLang();
  if (!doc.submittedAt) return null;
  const date = formatDate(doc.submittedAt, lang);
  return <span className="document__meta">{doc.submittedBy?.name ? m('submittedByOn', { name: doc.submittedBy.name, date }) : m('submittedOn', { date })}</span>;
}

/** One earlier form, read-only: its answers as text under the form's own labels. */
export function DocumentBody({ doc, headingLevel = 3, showSubmitted = true }: {
  doc: DocumentView; headingLevel?: 2 | 3 | 'none'; showSubmitted?: boolean;
}) {
  const { lang } = useLang();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      {headingLevel !== 'none' && <Heading id={`doc-${doc.id}-title`} className="document__title">{t(doc.title, lang)}</Heading>}
      {showSubmitted && <SubmittedLine doc={doc} />}
      <SubmissionBody shape={doc} data={doc.data} />
    </>
  );
}

/**
 * The forms filled in earlier, one part at a time. `at-hand`: those the current step names in `meta.reference`
 * (the SMART goals during an evaluation, say), right under the step. `earlier`: the rest, under "Eerder ingevuld".
 * Each is folded to its title and who submitted it, so the page's own work stays in view.
 */
export function Documents({ documents, part }: { documents: readonly DocumentView[]; part: 'at-hand' | 'earlier' }) {
  const { m } = useLang();
  const atHand = part === 'at-hand' ? documents.filter((d) => d.referencedBy.length > 0) : [];
  const rest = part === 'earlier' ? documents.filter((d) => d.referencedBy.length === 0) : [];
  return (
    <>
      {atHand.length > 0 && (
        <section className="documents documents--at-hand" aria-labelledby="documents-at-hand">
          <h2 id="documents-at-hand" className="documents__heading">{m('atHand')}</h2>
          <p className="documents__intro">{m('atHandIntro')}</p>
          {atHand.map((doc) => <Folded key={doc.id} doc={doc} />)}
        </section>
      )}
      {rest.length > 0 && (
        <section className="documents" aria-labelledby="documents-earlier">
          <h2 id="documents-earlier" className="documents__heading">{m('earlierFilled', { n: rest.length })}</h2>
          {rest.map((doc) => <Folded key={doc.id} doc={doc} />)}
        </section>
      )}
    </>
  );
}

/** A document folded to its title and who submitted it; opened, its answers read-only. */
function Folded({ doc }: { doc: DocumentView }) {
  const { lang } = useLang();
  return (
    <details className="document document--folded">
      <summary className="document__summary">
        <span className="document__summary-title">{t(doc.title, lang)}</span>
        <SubmittedLine doc={doc} />
      </summary>
      <DocumentBody doc={doc} headingLevel="none" showSubmitted={false} />
    </details>
  );
}
