import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { textIn, type Localized } from '@koers/engine';
import { useLang } from '../../i18n/lang';
import { overviewDiagramQuery } from '../../queries/overview';
import { DiagramDownloads } from '../diagram/DiagramDownloads';
import './diagram-panel.css';
import { markSteps, sanitizeSvg, type StepInfo } from './diagram-svg';
import type { OverviewStep } from './types';

type Load = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; svg: SVGSVGElement };

/**
 * The type's flow diagram with the schools overlay, inlined so each step is a toggle button that filters the
 * schools table like the step bars do (the SVG is fetched as text and sanitised first: only shapes and text
 * survive), scrollable in its box, and download links for the plain diagram in SVG, PNG and Mermaid.
 */
export function DiagramPanel({ typeId, title, steps, at, selected, onSelect }: {
  typeId: string;
  title: Localized;
  steps: readonly OverviewStep[];
  /** When the overview was computed: a newer one reloads the diagram's counts. */
  at: string;
  selected: string | undefined;
  onSelect: (path: string | undefined) => void;
}) {
  const { appText, lang } = useLang();
  const id = encodeURIComponent(typeId);
  const diagram = useQuery(overviewDiagramQuery(typeId, lang, at));
  // Only shapes and text survive the sanitiser; a drawing with nothing left (not SVG at all) counts as failed.
  const load = useMemo<Load>(() => {
    if (diagram.isError) return { kind: 'failed' };
    if (diagram.data === undefined) return { kind: 'loading' };
    const svg = sanitizeSvg(diagram.data);
    return svg ? { kind: 'ready', svg } : { kind: 'failed' };
  }, [diagram.data, diagram.isError]);
  // Fitted in its box the whole flow is visible but its text is small; "larger" shows it at reading size.
  const [large, setLarge] = useState(false);
  const box = useRef<HTMLDivElement>(null);

  // A step's name is the text it shows (its badges carry the counts); an empty step shows no badge, so say so.
  const infos = useMemo(() => new Map<string, StepInfo>(steps.map((s) => [s.path, s.count === 0 ? { extra: appText('stepCount', { n: 0 }) } : {}])), [steps, appText]);

  // The drawing is ours to manage, not React's: build it once per answer, then only flip aria-pressed so a
  // focused step keeps its focus after Enter.
  useEffect(() => {
    const el = box.current;
    if (!el || load.kind !== 'ready') return;
    const svg = document.importNode(load.svg, true);
    markSteps(svg, infos);
    svg.setAttribute('class', 'diagram__svg');
    const width = svg.viewBox.baseVal?.width;
    if (width) el.style.setProperty('--diagram-width', `${Math.round(width)}px`);
    svg.setAttribute('role', 'group');
    svg.setAttribute('aria-label', `${appText('diagramAlt', { type: textIn(title, lang) })} ${appText('diagramClickHelp')}`);
    el.replaceChildren(svg);
    return () => el.replaceChildren();
  }, [load, infos, title, lang, appText]);

  useEffect(() => {
    box.current?.querySelectorAll('[data-step]').forEach((node) => node.setAttribute('aria-pressed', String(node.getAttribute('data-step') === selected)));
  }, [selected, load, infos]);

  const stepAt = (target: EventTarget) => (target instanceof Element ? target.closest('[data-step]')?.getAttribute('data-step') ?? undefined : undefined);
  const toggle = (path: string) => onSelect(path === selected ? undefined : path);
  const click = (e: MouseEvent) => {
    const path = stepAt(e.target);
    if (path !== undefined) toggle(path);
  };
  const key = (e: KeyboardEvent) => {
    const path = stepAt(e.target);
    if (path === undefined || (e.key !== 'Enter' && e.key !== ' ')) return;
    e.preventDefault();
    toggle(path);
  };

  return (
    <section className="diagram" aria-labelledby="diagram-title">
      <h2 id="diagram-title">{appText('diagramHeading')}</h2>
      <details className="diagram__details" open>
        <summary>{appText('showDiagram')}</summary>
        <div className="diagram__bar">
          <p className="diagram__help">{appText('diagramClickHelp')}</p>
          <button type="button" className="button button--secondary coach-small" aria-pressed={large} onClick={() => setLarge(!large)}>
            {appText('diagramLarger')}
          </button>
        </div>
        {load.kind === 'loading' && <p className="app-loading">{appText('loading')}</p>}
        {load.kind === 'failed' && <p className="coach__error" role="alert">{appText('diagramFailed')}</p>}
        {/* Clicks and keys of the steps inside bubble up here; the steps themselves are buttons. */}
        <div ref={box} className={`diagram__box${large ? ' diagram__box--large' : ''}`} tabIndex={0} role="region" aria-label={appText('diagramHeading')}
          hidden={load.kind !== 'ready'} onClick={click} onKeyDown={key} />
      </details>
      <DiagramDownloads base={`/api/types/${id}/diagram`} />
    </section>
  );
}
