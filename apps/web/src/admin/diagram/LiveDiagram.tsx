import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { CompiledDefinition, Lang } from '@koers/engine';
import { toDot } from '@koers/diagram/browser';
import { sanitizeSvg } from '../../pages/coach/diagram-svg';
import type { StatePath } from '../model/bundle';
import { dotted, highlightSteps, markLiveSteps } from './mark';
import { createRenderer, type DiagramRenderer } from './renderer';
import { diagramText } from './texts';
import './live-diagram.css';

/** What the live diagram shows and where it reports clicks. */
export interface LiveDiagramProps {
  /** The compiled draft (`lintBundle(bundle).compiled`); undefined while it has problems (the last picture stays). */
  compiled: CompiledDefinition | undefined;
  /** False when `compiled` is a sketch of a draft with problems (`drawableOf`): drawn faded, with a note. */
  complete?: boolean;
  /** When nothing can be drawn: the problem that blocks the diagram (where and what), and how to go to it. */
  blocker?: { text: string; onShow: () => void };
  /** Steps to mark: the selection in the editor, or where a simulated trajectory stands. */
  highlight: readonly StatePath[];
  /** A click (or Enter) on a step or a group of steps; without it the steps are not buttons. */
  onSelectState?: (path: StatePath) => void;
  lang: Lang;
}

type Picture = { kind: 'waiting' } | { kind: 'ready'; svg: SVGSVGElement } | { kind: 'failed'; error: string };

/**
 * The draft's flow diagram, drawn with the same DOT as the exports and laid out by Graphviz in a worker:
 * every change of the compiled draft is redrawn off the keystroke (while one layout runs only the newest
 * waits), a draft with problems keeps the last good picture with a note, and the highlighted steps stand out.
 */
export function LiveDiagram({ compiled, complete = true, blocker, highlight, onSelectState, lang }: LiveDiagramProps) {
  const [picture, setPicture] = useState<Picture>({ kind: 'waiting' });
  // A sketch the DOT writer cannot read either: the last picture stays, as without a sketch.
  const [unreadable, setUnreadable] = useState(false);
  const renderer = useRef<DiagramRenderer | undefined>(undefined);
  const lastDot = useRef<string | undefined>(undefined);
  const box = useRef<HTMLDivElement>(null);
  // Fitted in its box the whole flow is visible but small; "larger" shows it at reading size, scrolling.
  const [large, setLarge] = useState(false);

  useEffect(() => {
    const r = createRenderer((result) => {
      if ('error' in result) return setPicture({ kind: 'failed', error: result.error });
      const svg = sanitizeSvg(result.svg);
      setPicture(svg ? { kind: 'ready', svg } : { kind: 'failed', error: 'svg' });
    });
    renderer.current = r;
    return () => {
      r.dispose();
      renderer.current = undefined;
      lastDot.current = undefined;
    };
  }, []);

  // DOT is cheap to write; an unchanged DOT (an edit the picture does not show) is not laid out again.
  useEffect(() => {
    if (!compiled) return;
    let dot: string;
    try {
      dot = toDot(compiled, { lang });
    } catch {
      return setUnreadable(true);
    }
    setUnreadable(false);
    if (dot === lastDot.current) return;
    lastDot.current = dot;
    renderer.current?.render(dot);
  }, [compiled, lang]);

  // The drawing is managed here, not by React: it is replaced per picture, highlights flip in place.
  const highlighted = useMemo(() => new Set(highlight.map(dotted)), [highlight]);
  const highlightNow = useRef(highlighted);
  highlightNow.current = highlighted;
  const selectable = onSelectState !== undefined;
  useEffect(() => {
    const el = box.current;
    if (!el || picture.kind !== 'ready') return;
    const svg = document.importNode(picture.svg, true);
    markLiveSteps(svg);
    if (!selectable) svg.querySelectorAll('[data-step]').forEach((node) => { node.removeAttribute('tabindex'); node.removeAttribute('role'); });
    svg.setAttribute('class', 'live-diagram__svg');
    svg.setAttribute('role', 'group');
    svg.setAttribute('aria-label', diagramText('label', lang));
    const width = svg.viewBox.baseVal?.width;
    if (width) el.style.setProperty('--diagram-width', `${Math.round(width)}px`);
    // Keep focus on the same step across a redraw, so a keyboard user is not thrown out of the drawing.
    const focused = el.contains(document.activeElement) ? document.activeElement?.getAttribute('data-step') : undefined;
    el.replaceChildren(svg);
    highlightSteps(el, highlightNow.current);
    if (focused) (el.querySelector(`[data-step="${CSS.escape(focused)}"]`) as SVGElement | null)?.focus();
  }, [picture, lang, selectable]);
  useEffect(() => {
    if (box.current) highlightSteps(box.current, highlighted);
  }, [highlighted, picture]);
  // At reading size a newly marked step may lie outside the box: scroll the box (only the box, and not on
  // redraws, so the page never jumps while the admin types).
  useEffect(() => {
    const el = box.current;
    const node = el?.querySelector('.live-diagram__step--on');
    if (!el || !node || !large) return;
    const b = el.getBoundingClientRect();
    const n = node.getBoundingClientRect();
    if (n.left < b.left || n.right > b.right) el.scrollLeft += n.left - b.left - (b.width - n.width) / 2;
    if (n.top < b.top || n.bottom > b.bottom) el.scrollTop += n.top - b.top - (b.height - n.height) / 2;
  }, [highlighted, large]);

  const stepAt = (target: EventTarget) => (target instanceof Element ? target.closest('[data-step]')?.getAttribute('data-step') ?? undefined : undefined);
  const choose = (target: EventTarget) => {
    const path = stepAt(target);
    if (path === undefined || !onSelectState) return false;
    onSelectState(path.split('.'));
    return true;
  };
  const click = (e: MouseEvent) => void choose(e.target);
  const key = (e: KeyboardEvent) => {
    if ((e.key === 'Enter' || e.key === ' ') && choose(e.target)) e.preventDefault();
  };

  const drawing = compiled !== undefined && !unreadable;
  const stale = !drawing && picture.kind === 'ready';
  const sketch = drawing && !complete && picture.kind === 'ready';
  return (
    <div className="live-diagram">
      <div className="live-diagram__bar">
        {onSelectState && <p className="live-diagram__help">{diagramText('help', lang)}</p>}
        <button type="button" className="button button--secondary live-diagram__zoom" aria-pressed={large} onClick={() => setLarge(!large)}>
          {diagramText('larger', lang)}
        </button>
      </div>
      {stale && <p className="live-diagram__note" role="status">{diagramText('stale', lang)}</p>}
      {sketch && <p className="live-diagram__note" role="status">{diagramText('sketch', lang)}</p>}
      {!drawing && picture.kind === 'waiting' && (
        <div className="live-diagram__note" role="status">
          <p>{diagramText(blocker ? 'blocked' : 'none', lang)}</p>
          {blocker && (
            <>
              <p>{blocker.text}</p>
              <button type="button" className="button button--secondary" onClick={blocker.onShow}>{diagramText('toProblem', lang)}</button>
            </>
          )}
        </div>
      )}
      {drawing && picture.kind === 'waiting' && <p className="app-loading">{diagramText('loading', lang)}</p>}
      {picture.kind === 'failed' && <p className="live-diagram__error" role="alert">{diagramText('failed', lang)}: {picture.error}</p>}
      {/* Clicks and keys of the steps inside bubble up here; the steps themselves are buttons. */}
      <div ref={box} className={`live-diagram__box${stale || sketch ? ' live-diagram__box--stale' : ''}${large ? ' live-diagram__box--large' : ''}`} tabIndex={0} role="region"
        aria-label={diagramText('label', lang)} hidden={picture.kind !== 'ready'} onClick={click} onKeyDown={key} />
    </div>
  );
}
