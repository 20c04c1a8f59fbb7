import { textIn } from '@koers/engine';
import type { DocumentView } from '../../api/trajectories';
import { useLang } from '../../i18n/lang';
import { formatDate } from './format';
import { SubmissionBody } from './Submissions';
import { ReadersNote } from './ReadersNote';

/** Who submitted a form and when, in one line ("Ingediend door Ilse Bakker op 5 aug 2026"). */
export function SubmittedLine({ at, by }: { at: string | null; by: string | null | undefined }) {
  const { appText, lang } = useLang();
  if (!at) return null;
  const date = formatDate(at, lang);
  return <span className="document__meta">{by ? appText('submittedByOn', { name: by, date }) : appText('submittedOn', { date })}</span>;
}

/**
 * A section of forms filled in earlier, each folded to its title and who submitted it, so the page's own work
 * stays in view; opened, its answers read-only. Nothing when there are none.
 */
export function Documents({ id, heading, intro, documents, atHand = false }: {
  id: string; heading: string; intro?: string; documents: readonly DocumentView[]; atHand?: boolean;
}) {
  const { lang } = useLang();
  if (documents.length === 0) return null;
  return (
    <section className={atHand ? 'documents documents--at-hand' : 'documents'} aria-labelledby={id}>
      <h2 id={id} className="documents__heading">{heading}</h2>
      {intro && <p className="documents__intro">{intro}</p>}
      {documents.map((doc) => (
        <details key={doc.id} className="document document--folded">
          <summary className="document__summary">
            <span className="document__summary-title">{textIn(doc.title, lang)}</span>
            <SubmittedLine at={doc.submittedAt} by={doc.submittedBy?.name} />
          </summary>
          <ReadersNote access={doc.access} />
          <SubmissionBody shape={doc} data={doc.data} />
        </details>
      ))}
    </section>
  );
}
