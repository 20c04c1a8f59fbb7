import { useQuery } from '@tanstack/react-query';
import { t } from '@koers/engine';
import { ApiFailure } from '../../api/client';
import { useLang } from '../../i18n/lang';
import { DiagramDownloads } from '../diagram/DiagramDownloads';
import { typesQuery } from '../../queries/overview';
import { useDocumentTitle } from '../useDocumentTitle';
import './types.css';

/**
 * "Trajectsoorten": every published type with its description, its flow diagram (folded) and the exports anyone
 * may take away: the diagram as SVG, PNG or Mermaid and the documentation as Markdown.
 */
export default function TypesPage() {
  const { m, lang } = useLang();
  useDocumentTitle(m('typesTitle'));
  const { data: types, error } = useQuery(typesQuery);
  const failure = types || !error ? undefined : error instanceof ApiFailure ? t(error.error.message, lang) : String(error);
  return (
    <div className="page types">
      <h1>{m('typesTitle')}</h1>
      <p className="lead">{m('typesIntro')}</p>
      {failure && <p role="alert" className="trajectory__problem">{failure}</p>}
      {!types && !failure && <p className="app-loading">{m('loading')}</p>}
      {types?.map((type) => {
        const base = `/api/types/${encodeURIComponent(type.id)}`;
        return (
          <section key={type.id} className="type-card" aria-labelledby={`type-${type.id}`}>
            <h2 id={`type-${type.id}`}>{t(type.title, lang)}</h2>
            <p className="type-card__meta">{m('typeVersion', { version: type.version, id: type.id })}</p>
            <p>{t(type.description, lang)}</p>
            <details className="type-card__diagram">
              <summary>{m('showDiagram')}</summary>
              <div className="type-card__box" tabIndex={0} role="region" aria-label={m('diagramOf', { type: t(type.title, lang) })}>
                <img src={`${base}/diagram?format=svg&lang=${lang}`} loading="lazy" alt={m('typeDiagramAlt', { type: t(type.title, lang) })} />
              </div>
            </details>
            <DiagramDownloads base={`${base}/diagram`} />
            <p className="type-card__docs">
              <a className="button button--secondary diagram-downloads__link" href={`${base}/docs?lang=${lang}`} download={`${type.id}-v${type.version}-${lang}.md`}>
                {m('downloadDocs')}
              </a>
            </p>
          </section>
        );
      })}
    </div>
  );
}
