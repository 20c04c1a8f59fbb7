import { useEffect, useMemo, useRef, useState } from 'react';
import type { CompiledDefinition, Lang } from '@koers/engine';
import { LiveDiagram } from '../diagram/LiveDiagram';
import type { Selection } from '../model/bundle';
import { simText } from './texts';

/**
 * The draft's live diagram with the simulated trajectory's current steps highlighted; at its own size on
 * request, then the current step is kept in view as the simulation moves. A click on a step selects it.
 */
export function SimDiagram({ compiled, current, onSelect, lang }: {
  compiled: CompiledDefinition; current: readonly string[]; onSelect: (s: Selection) => void; lang: Lang;
}) {
  const [full, setFull] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const key = current.join('|');
  const highlight = useMemo(() => (key === '' ? [] : key.split('|').map((p) => p.split('.'))), [key]);
  useEffect(() => {
    if (!full) return;
    // The drawing is laid out in a worker: look for the step once it has been drawn and marked.
    const timer = setTimeout(() => {
      box.current?.querySelector('.live-diagram__step--on')?.scrollIntoView({ block: 'nearest', inline: 'center' });
    }, 50);
    return () => clearTimeout(timer);
  }, [full, key]);
  return (
    <section className={`sim-panel sim-diagram${full ? ' sim-diagram--full' : ''}`} aria-labelledby="sim-diagram-title" ref={box}>
      <h3 id="sim-diagram-title">{simText('diagram', lang)}</h3>
      <label className="sim-diagram__size">
        <input type="checkbox" checked={full} onChange={(e) => setFull(e.target.checked)} />
        <span>{simText('fullSize', lang)}</span>
      </label>
      <LiveDiagram compiled={compiled} highlight={highlight} onSelectState={(path) => onSelect({ kind: 'step', path })} lang={lang} />
    </section>
  );
}
