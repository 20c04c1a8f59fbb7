import { useEffect, useState } from 'react';
import type { Anchor } from './zoom';

/**
 * Where the flow starts in a Graphviz drawing, as fractions of its width and height: the centre of the start dot
 * (the node the DOT writer names `start:`), which a top-to-bottom layout may put anywhere along the top. Only read
 * here, never put in the page. Undefined for a drawing without one.
 */
export function startAnchor(svg: Element): Anchor | undefined {
  const box = svg.getAttribute('viewBox')?.trim().split(/[\s,]+/).map(Number);
  const width = box?.[2];
  const height = box?.[3];
  if (!width || !height) return undefined;
  const node = [...svg.querySelectorAll('g.node')].find((g) => [...g.children].some((c) => c.localName === 'title' && c.textContent?.trim() === 'start:'));
  const dot = node?.querySelector('ellipse, circle');
  if (!dot) return undefined;
  // Graphviz moves its whole graph with one translate on the top group; the nodes' y runs upwards from there.
  const move = /translate\(\s*([-\d.]+)[\s,]+([-\d.]+)\s*\)/.exec(svg.querySelector('g.graph')?.getAttribute('transform') ?? '');
  const x = Number(dot.getAttribute('cx')) + Number(move?.[1] ?? 0);
  const y = Number(dot.getAttribute('cy')) + Number(move?.[2] ?? 0);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return undefined;
  return { x: Math.min(1, Math.max(0, x / width)), y: Math.min(1, Math.max(0, y / height)) };
}

/**
 * The start of the drawing at `src` (fetched as text and parsed, not shown), for a viewer that shows the same
 * drawing as an `<img>`; undefined until known or when it cannot be found.
 */
export function useStartAnchor(src: string | undefined): Anchor | undefined {
  const [anchor, setAnchor] = useState<Anchor | undefined>();
  useEffect(() => {
    if (src === undefined) return;
    let live = true;
    fetch(src, { credentials: 'same-origin' })
      .then((res) => (res.ok ? res.text() : ''))
      .then((text) => {
        const root = text ? new DOMParser().parseFromString(text, 'image/svg+xml').documentElement : undefined;
        if (live) setAnchor(root?.localName === 'svg' ? startAnchor(root) : undefined);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [src]);
  return anchor;
}
