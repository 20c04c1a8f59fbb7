import { textIn } from '@koers/engine';
import type { TrajectoryView } from '../../api/trajectories';
import { useLang } from '../../i18n/lang';
import { DiagramDownloads } from '../diagram/DiagramDownloads';
import { ImageDiagram } from '../diagram/ImageDiagram';

/**
 * The trajectory type's flow diagram with this trajectory's place in it (current step blue, passed steps
 * green), folded until asked for, as an image (an `<img>` never runs script in an SVG) to zoom and pan, with downloads.
 */
export function TrajectoryDiagram({ view }: { view: TrajectoryView }) {
  const { appText, lang } = useLang();
  const base = `/api/trajectories/${encodeURIComponent(view.id)}/diagram`;
  const current = view.steps.map((s) => textIn(s.title, lang)).join(', ');
  return (
    <section className="trajectory__diagram" aria-labelledby="trajectory-diagram-title">
      <h2 id="trajectory-diagram-title">{appText('diagramHeading')}</h2>
      <details>
        <summary>{appText('showDiagram')}</summary>
        <ImageDiagram src={`${base}?format=svg&lang=${lang}`} label={appText('diagramHeading')}
          alt={appText(current ? 'trajectoryDiagramAlt' : 'trajectoryDiagramAltDone', { type: textIn(view.type.title, lang), steps: current })} />
      </details>
      <DiagramDownloads base={base} />
    </section>
  );
}
