import { useMemo } from 'react';
import type { CompiledDefinition, Lang } from '@koers/engine';
import { LiveDiagram } from '../diagram/LiveDiagram';
import type { Selection } from '../model/bundle';
import { simText } from './texts';

/**
 * The draft's live diagram with the simulated trajectory's current steps highlighted (at reading size the
 * diagram keeps them in view as the simulation moves); a click on a step selects it in the editor.
 */
export function SimDiagram({ compiled, current, onSelect, lang }: {
  compiled: CompiledDefinition; current: readonly string[]; onSelect: (s: Selection) => void; lang: Lang;
}) {
  // A new list of the same steps must not look like a move: highlight by what the steps are.
  const key = current.join('|');
  const highlight = useMemo(() => (key === '' ? [] : key.split('|').map((p) => p.split('.'))), [key]);
  return (
    <section className="sim-panel sim-diagram" aria-labelledby="sim-diagram-title">
      <h3 id="sim-diagram-title">{simText('diagram', lang)}</h3>
      <LiveDiagram compiled={compiled} highlight={highlight} onSelectState={(path) => onSelect({ kind: 'step', path })} lang={lang} />
    </section>
  );
}
