import { t, type Localized } from '@koers/engine';
import { useLang } from '../../i18n/lang';

const FORMATS = [
  { format: 'svg', label: 'downloadSvg' },
  { format: 'png', label: 'downloadPng' },
  { format: 'mermaid', label: 'downloadMermaid' },
] as const;

/**
 * The type's flow diagram with the schools overlay, as an image (an `<img>` never runs script in an SVG),
 * scrollable in its box, and download links for the plain diagram in SVG, PNG and Mermaid.
 */
export function DiagramPanel({ typeId, title }: { typeId: string; title: Localized }) {
  const { m, lang } = useLang();
  const id = encodeURIComponent(typeId);
  return (
    <section className="diagram" aria-labelledby="diagram-title">
      <h2 id="diagram-title">{m('diagramHeading')}</h2>
      <details className="diagram__details" open>
        <summary>{m('showDiagram')}</summary>
        <div className="diagram__box" tabIndex={0} role="region" aria-label={m('diagramHeading')}>
          <img src={`/api/overview/diagram?typeId=${id}&format=svg&lang=${lang}`} alt={m('diagramAlt', { type: t(title, lang) })} />
        </div>
      </details>
      <div className="diagram__downloads" role="group" aria-label={m('downloadDiagram')}>
        <span>{m('downloadDiagram')}:</span>
        {FORMATS.map(({ format, label }) => (
          <a key={format} className="button button--secondary coach-small" href={`/api/types/${id}/diagram?format=${format}&lang=${lang}&download`} download>
            {m(label)}
          </a>
        ))}
      </div>
    </section>
  );
}
