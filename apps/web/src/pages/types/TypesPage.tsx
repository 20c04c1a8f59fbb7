import { useQuery } from '@tanstack/react-query';
import { textIn } from '@koers/engine';
import { ApiFailure } from '../../api/client';
import { useLang } from '../../i18n/lang';
import { DiagramDownloads } from '../diagram/DiagramDownloads';
import { ImageDiagram } from '../diagram/ImageDiagram';
import { viewerText } from '../diagram/viewer-texts';
import { typesQuery } from '../../queries/overview';
import { useDocumentTitle } from '../useDocumentTitle';
import './types.css';

/**
 * "Trajectsoorten": every published type with its description, its flow diagram (folded, to zoom and pan) and the
 * exports anyone may take away: the diagram as SVG, PNG or Mermaid, and the documentation as a printable page
 * (print it, or save it as PDF, from the browser) or as Markdown.
 */
export default function TypesPage() {
  const { appText, lang } = useLang();
  useDocumentTitle(appText('typesTitle'));
  const { data: types, error } = useQuery(typesQuery);
  const failure = types || !error ? undefined : error instanceof ApiFailure ? textIn(error.error.message, lang) : String(error);
  return (
    <div className="page types">
      <h1>{appText('typesTitle')}</h1>
      <p className="lead">{appText('typesIntro')}</p>
      {failure && <p role="alert" className="trajectory__problem">{failure}</p>}
      {!types && !failure && <p className="app-loading">{appText('loading')}</p>}
      {types?.map((type) => {
        const base = `/api/types/${encodeURIComponent(type.id)}`;
        return (
          <section key={type.id} className="type-card" aria-labelledby={`type-${type.id}`}>
            <h2 id={`type-${type.id}`}>{textIn(type.title, lang)}</h2>
            <p className="type-card__meta">{appText('typeVersion', { version: type.version, id: type.id })}</p>
            <p>{textIn(type.description, lang)}</p>
            <details className="type-card__diagram">
              <summary>{appText('showDiagram')}</summary>
              <ImageDiagram src={`${base}/diagram?format=svg&lang=${lang}`} label={appText('diagramOf', { type: textIn(type.title, lang) })}
                alt={appText('typeDiagramAlt', { type: textIn(type.title, lang) })} />
            </details>
            <DiagramDownloads base={`${base}/diagram`} />
            <p className="type-card__docs">
              <a className="button button--secondary diagram-downloads__link" href={`${base}/docs?format=html&lang=${lang}`} target="_blank" rel="noopener">
                {viewerText('docsPrint', lang)}
              </a>
              <a className="button button--secondary diagram-downloads__link" href={`${base}/docs?lang=${lang}`} download={`${type.id}-v${type.version}-${lang}.md`}>
                {appText('downloadDocs')}
              </a>
            </p>
          </section>
        );
      })}
    </div>
  );
}
