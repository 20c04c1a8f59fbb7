/** Where the drawing sits in its box: scale, and the offset of its top-left corner in pixels. */
export interface View {
  scale: number;
  x: number;
  y: number;
}

/** A point of the drawing as fractions of its width and height (0–1). */
export interface Anchor {
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export const MIN_SCALE = 0.1;
export const MAX_SCALE = 4;
/** Below this the labels of a Graphviz drawing (11–13 pt) are too small to read; the default view stays above it. */
export const READABLE_SCALE = 0.75;
/** One press of + or −. */
export const ZOOM_STEP = 1.25;
/** One press of an arrow key, in pixels. */
export const PAN_STEP = 60;

const clampScale = (scale: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));

/** The whole drawing in the box, centred ("passend maken"); never enlarged past twice its own size. */
export function fitView(content: Size, box: Size): View {
  const scale = clampScale(Math.min(box.width / content.width, box.height / content.height, 2));
  return { scale, x: (box.width - content.width * scale) / 2, y: Math.max(0, (box.height - content.height * scale) / 2) };
}

/**
 * The view a page opens with: as wide as the box allows, but never smaller than reading size nor larger than the
 * drawing itself. A drawing wider than the box shows the part around `anchor` (where the flow starts; the middle
 * without one) from the top, without empty space beside it, to be dragged around from there.
 */
export function readableView(content: Size, box: Size, anchor?: Anchor): View {
  const scale = clampScale(Math.min(1, Math.max(READABLE_SCALE, box.width / content.width)));
  const width = content.width * scale;
  if (width <= box.width) return { scale, x: (box.width - width) / 2, y: 0 };
  const x = box.width / 2 - (anchor?.x ?? 0.5) * width;
  return { scale, x: Math.min(0, Math.max(box.width - width, x)), y: 0 };
}

/** Zooms by `factor` keeping the point `at` (box pixels) where it is, as a map does under the pointer. */
export function zoomAt(view: View, factor: number, at: { x: number; y: number }): View {
  const scale = clampScale(view.scale * factor);
  const k = scale / view.scale;
  return { scale, x: at.x - (at.x - view.x) * k, y: at.y - (at.y - view.y) * k };
}

export function panBy(view: View, dx: number, dy: number): View {
  return { ...view, x: view.x + dx, y: view.y + dy };
}
