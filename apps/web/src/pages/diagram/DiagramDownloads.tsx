import { useLang } from '../../i18n/lang';
import './diagram.css';

const FORMATS = [
  { format: 'svg', label: 'downloadSvg' },
  { format: 'png', label: 'downloadPng' },
  { format: 'mermaid', label: 'downloadMermaid' },
] as const;

/**
 * Download links for a diagram in SVG, PNG and Mermaid, in the reader's language.
 * @example <DiagramDownloads base="/api/types/pd-schoolontwikkeling/diagram" />
 */
export function DiagramDownloads({ base }: { base: string }) {
  const { appText, lang } = useLang();
  return (
    <div className="diagram-downloads" role="group" aria-label={appText('downloadDiagram')}>
      <span>{appText('downloadDiagram')}:</span>
      {FORMATS.map(({ format, label }) => (
        <a key={format} className="button button--secondary diagram-downloads__link" href={`${base}?format=${format}&lang=${lang}&download`} download>
          {appText(label)}
        </a>
      ))}
    </div>
  );
}
