import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { textIn, type Localized } from '@koers/engine';
import { useLang } from '../../i18n/lang';
import { overviewDiagramQuery } from '../../queries/overview';
import { DiagramDownloads } from '../diagram/DiagramDownloads';
import { DiagramViewer } from '../diagram/DiagramViewer';
import { startAnchor } from '../diagram/start-anchor';
import './diagram-panel.css';
import { markSteps, sanitizeSvg, type StepInfo } from './diagram-svg';
import type { OverviewStep } from './types';

type Load = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; svg: SVGSVGElement };

/**
 * The type's flow diagram with the schools overlay, inlined so each step is a toggle button that filters the
 * schools table like the step bars do (the SVG is fetched as text and sanitised first: only shapes and text
 * survive), to zoom and pan in its box, and download links for the plain diagram in SVG, PNG and Mermaid.
 */
export function DiagramPanel({ typeId, version, title, steps, at, selected, onSelect }: {
  typeId: string;
  /** The version the overview shows (`?versie=`): its diagram with only its counts; without it the newest, with every version's. */
  version?: number | undefined;
  title: Localized;
  steps: readonly OverviewStep[];
  /** When the overview was computed: a newer one reloads the diagram's counts. */
  at: string;
  selected: string | undefined;
  onSelect: (path: string | undefined) => void;
}) {
  const { appText, lang } = useLang();
  const id = encodeURIComponent(typeId);
  const diagram = useQuery(overviewDiagramQuery(typeId, lang, at, version));
  // Only shapes and text survive the sanitiser; a drawing with nothing left (not SVG at all) counts as failed.
  const load = useMemo<Load>(() => {
    if (diagram.isError) return { kind: 'failed' };
    if (diagram.data === undefined) return { kind: 'loading' };
    const svg = sanitizeSvg(diagram.data);
    return svg ? { kind: 'ready', svg } : { kind: 'failed' };
  }, [diagram.data, diagram.isError]);
  const anchor = useMemo(() => (load.kind === 'ready' ? startAnchor(load.svg) : undefined), [load]);
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
    // The sanitiser dropped the fixed size; Graphviz draws in points, so its own size is 4/3 px per unit, the
    // size the viewer's 100 % shows (as an <img> of the same drawing would).
    const { width, height } = svg.viewBox.baseVal ?? { width: 0, height: 0 };
    if (width && height) {
      svg.setAttribute('width', String(Math.round((width * 4) / 3)));
      svg.setAttribute('height', String(Math.round((height * 4) / 3)));
    }
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
        <p className="diagram__help">{appText('diagramClickHelp')}</p>
        {load.kind === 'loading' && <p className="app-loading">{appText('loading')}</p>}
        {load.kind === 'failed' && <p className="coach__error" role="alert">{appText('diagramFailed')}</p>}
        {/* Clicks and keys of the steps inside bubble up here; the steps themselves are buttons. */}
        <div hidden={load.kind !== 'ready'}>
          <DiagramViewer label={appText('diagramHeading')} anchor={anchor}>
            <div ref={box} className="diagram__box" onClick={click} onKeyDown={key} />
          </DiagramViewer>
        </div>
      </details>
      <DiagramDownloads base={`/api/types/${id}/diagram`} />
    </section>
  );
}
