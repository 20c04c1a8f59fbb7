import { type KeyboardEvent, type PointerEvent, type ReactNode, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useLang } from '../../i18n/lang';
import { viewerText } from './viewer-texts';
import { type Anchor, PAN_STEP, type Size, type View, ZOOM_STEP, fitView, panBy, readableView, zoomAt } from './zoom';
import './diagram-viewer.css';

/** Past this many pixels a press is a drag (it pans), not a click on a step. */
const DRAG_THRESHOLD = 4;

/**
 * A diagram in a box the reader can zoom and pan, as in Camunda Modeler or Stately Studio: it opens at reading
 * size (as wide as the box allows, never smaller than the labels can be read), drags to pan (with a finger too,
 * two fingers pinch), Ctrl/⌘ + wheel zooms under the pointer, and buttons and the keys + − 0 and the arrows do
 * the same from the keyboard. "Passend maken" shows the whole drawing. The drawing itself (an `<img>` or an
 * inline SVG) is the child; clicks on it still reach it unless the press was a drag. A drawing wider than the box
 * opens where its flow starts (`anchor`).
 * @example <DiagramViewer label="Stroomschema van PD"><img src="/api/types/pd/diagram?format=svg" alt="…" /></DiagramViewer>
 */
export function DiagramViewer({ label, children, className, anchor }: {
  label: string;
  children: ReactNode;
  className?: string;
  /** Where the flow starts in the drawing (see `startAnchor`): a drawing wider than the box opens there. */
  anchor?: Anchor | undefined;
}) {
  const { lang } = useLang();
  const t = (key: Parameters<typeof viewerText>[0]) => viewerText(key, lang);
  const box = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<View>({ scale: 1, x: 0, y: 0 });
  // Until the reader zooms or pans, the view follows the box and the drawing (a late image, a box unfolded).
  const touched = useRef(false);
  const helpId = useId();

  const sizes = useCallback((): { content: Size; box: Size } | undefined => {
    const c = content.current;
    const b = box.current;
    if (!c || !b || c.offsetWidth === 0 || b.clientWidth === 0) return undefined;
    return { content: { width: c.offsetWidth, height: c.offsetHeight }, box: { width: b.clientWidth, height: b.clientHeight } };
  }, []);

  useEffect(() => {
    const settle = () => {
      const s = sizes();
      if (s && !touched.current) setView(readableView(s.content, s.box, anchor));
    };
    const observer = new ResizeObserver(settle);
    if (box.current) observer.observe(box.current);
    if (content.current) observer.observe(content.current);
    settle();
    return () => observer.disconnect();
  }, [sizes, anchor]);

  const change = useCallback((next: (v: View, s: { content: Size; box: Size }) => View) => {
    const s = sizes();
    if (!s) return;
    touched.current = true;
    setView((v) => next(v, s));
  }, [sizes]);
  const centre = (s: { box: Size }) => ({ x: s.box.width / 2, y: s.box.height / 2 });
  const zoomIn = () => change((v, s) => zoomAt(v, ZOOM_STEP, centre(s)));
  const zoomOut = () => change((v, s) => zoomAt(v, 1 / ZOOM_STEP, centre(s)));
  const fit = () => change((_, s) => fitView(s.content, s.box));
  const actual = () => change((v, s) => zoomAt(v, 1 / v.scale, centre(s)));

  // Ctrl/⌘ + wheel zooms under the pointer; a plain wheel scrolls the page as everywhere else. React's wheel
  // listener is passive, so this one is added by hand to be allowed to stop the browser's own page zoom.
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const wheel = (e: WheelEvent) => {
      if (!e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      const rect = el.getBoundingClientRect();
      const at = { x: e.clientX - rect.left, y: e.clientY - rect.top };
      change((v) => zoomAt(v, Math.exp(-e.deltaY / 300), at));
    };
    el.addEventListener('wheel', wheel, { passive: false });
    return () => el.removeEventListener('wheel', wheel);
  }, [change]);

  // Pointers down on the box: one drags, two pinch. A drag swallows the click that ends it.
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const dragged = useRef(0);
  const down = (e: PointerEvent) => {
    if (e.button !== 0) return;
    pointers.current.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (pointers.current.size === 1) dragged.current = 0;
  };
  const move = (e: PointerEvent) => {
    const last = pointers.current.get(e.pointerId);
    if (!last) return;
    const others = [...pointers.current.entries()].filter(([id]) => id !== e.pointerId).map(([, p]) => p);
    const now = { x: e.clientX, y: e.clientY };
    if (others.length === 1) {
      const other = others[0]!;
      const before = Math.hypot(last.x - other.x, last.y - other.y);
      const after = Math.hypot(now.x - other.x, now.y - other.y);
      const rect = box.current!.getBoundingClientRect();
      const mid = { x: (now.x + other.x) / 2 - rect.left, y: (now.y + other.y) / 2 - rect.top };
      if (before > 0) change((v) => zoomAt(v, after / before, mid));
      dragged.current = DRAG_THRESHOLD + 1;
    } else {
      const dx = now.x - last.x;
      const dy = now.y - last.y;
      dragged.current += Math.abs(dx) + Math.abs(dy);
      if (dragged.current > DRAG_THRESHOLD) {
        // Captured only once it is a drag: a plain click keeps its own target (a step of the drawing).
        if (!box.current!.hasPointerCapture(e.pointerId)) box.current!.setPointerCapture(e.pointerId);
        change((v) => panBy(v, dx, dy));
      }
    }
    pointers.current.set(e.pointerId, now);
  };
  const up = (e: PointerEvent) => {
    pointers.current.delete(e.pointerId);
  };
  const clickCapture = (e: { stopPropagation(): void; preventDefault(): void }) => {
    if (dragged.current > DRAG_THRESHOLD) {
      e.stopPropagation();
      e.preventDefault();
      dragged.current = 0;
    }
  };

  const key = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const actions: Record<string, () => void> = {
      '+': zoomIn, '=': zoomIn, '-': zoomOut, '_': zoomOut, '0': fit,
      ArrowLeft: () => change((v) => panBy(v, PAN_STEP, 0)), ArrowRight: () => change((v) => panBy(v, -PAN_STEP, 0)),
      ArrowUp: () => change((v) => panBy(v, 0, PAN_STEP)), ArrowDown: () => change((v) => panBy(v, 0, -PAN_STEP)),
    };
    const action = actions[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  };

  const percent = `${Math.round(view.scale * 100)} %`;
  return (
    <div className={`zoom${className ? ` ${className}` : ''}`}>
      <div className="zoom__bar" role="toolbar" aria-label={t('tools')}>
        <button type="button" className="zoom__button" onClick={zoomOut} aria-label={t('zoomOut')} title={t('zoomOut')}>−</button>
        <output className="zoom__level" aria-live="polite" aria-label={t('level')}>{percent}</output>
        <button type="button" className="zoom__button" onClick={zoomIn} aria-label={t('zoomIn')} title={t('zoomIn')}>+</button>
        <button type="button" className="zoom__button zoom__button--text" onClick={fit}>{t('fit')}</button>
        <button type="button" className="zoom__button zoom__button--text" onClick={actual}>{t('actual')}</button>
      </div>
      <p id={helpId} className="zoom__help">{t('help')}</p>
      {/* The box takes the keys and the drags; a step inside that is a button keeps Enter and Space. */}
      <div ref={box} className="zoom__box" tabIndex={0} role="region" aria-label={label} aria-describedby={helpId}
        onKeyDown={key} onPointerDown={down} onPointerMove={move} onPointerUp={up} onPointerCancel={up} onClickCapture={clickCapture}>
        <div ref={content} className="zoom__content" data-scale={view.scale.toFixed(3)}
          style={{ transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})` }}>
          {children}
        </div>
      </div>
    </div>
  );
}
