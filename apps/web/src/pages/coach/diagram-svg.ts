/**
 * Turning the overview diagram (our own Graphviz SVG, treated as untrusted) into inline, clickable markup:
 * a whitelist sanitiser and the mapping from Graphviz nodes to overview steps. The predicates are pure so
 * they can be tested without a browser; `sanitizeSvg` and `markSteps` walk a DOM the browser parsed.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The SVG elements Graphviz draws with. Everything else (script, foreignObject, style, image, use…) goes. */
const ELEMENTS = new Set([
  'svg', 'g', 'title', 'path', 'polygon', 'polyline', 'ellipse', 'circle', 'rect', 'line', 'text', 'tspan',
]);

/**
 * Presentation and geometry attributes Graphviz writes; no `style`, no `href`, no event handlers, and no `id`
 * (nothing in the drawing refers to one, and inlined ids could clash with the page's).
 */
const ATTRIBUTES = new Set([
  'class', 'viewbox', 'transform', 'd', 'points', 'cx', 'cy', 'r', 'rx', 'ry', 'x', 'y', 'x1', 'y1', 'x2', 'y2',
  'width', 'height', 'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity',
  'text-anchor', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-decoration', 'xml:space',
  'preserveaspectratio',
]);

/** Whether an element of this (local) name may stay in the inlined diagram; `a` is kept as a plain group. */
export function isAllowedElement(name: string): boolean {
  return ELEMENTS.has(name.toLowerCase());
}

/**
 * Whether an attribute may stay: only whitelisted names, and no value that could load or run anything
 * (`url(…)`, `javascript:`, `data:`), so a crafted fill cannot fetch an external resource.
 */
export function isAllowedAttribute(name: string, value: string): boolean {
  const lower = name.toLowerCase();
  if (lower.startsWith('on') || !ATTRIBUTES.has(lower)) return false;
  return !/url\s*\(|javascript:|data:|expression\s*\(/i.test(value);
}

/**
 * The step path a Graphviz node title names: the DOT writer calls a step's node `s:<path>` (start dots
 * `start:…`, hidden points `in:…`/`out:…`, clusters `cluster_…` are not steps). Undefined for anything else.
 * @example stepOfTitle('s:uitvoering.voortgang') // 'uitvoering.voortgang'
 */
export function stepOfTitle(title: string | null | undefined): string | undefined {
  if (!title || !title.startsWith('s:')) return undefined;
  const path = title.slice(2).trim();
  // An edge's title is `tail->head`; only a node's title is a single id.
  return path === '' || path.includes('->') ? undefined : path;
}

/**
 * A node's accessible name: the text it shows (title, roles, count badges, so the name matches what is seen),
 * and what it does not show, such as "0 scholen" for a step without a badge.
 * @example stepLabel(' Intakegesprek\n Directie  1 traject ', undefined) // 'Intakegesprek Directie 1 traject'
 */
export function stepLabel(visible: string, extra: string | undefined): string {
  const text = visible.replace(/\s+/g, ' ').trim();
  return extra ? `${text} (${extra})` : text;
}

/**
 * Parses SVG text and returns a cleaned copy of its root, or undefined when it is not SVG. Unknown elements
 * are dropped with their content, `<a>` wrappers become plain groups (Graphviz adds them for tooltips), and
 * only whitelisted attributes survive; the fixed size goes so the diagram scales to its box.
 */
export function sanitizeSvg(text: string, parser: DOMParser = new DOMParser()): SVGSVGElement | undefined {
  const doc = parser.parseFromString(text, 'image/svg+xml');
  const root = doc.documentElement;
  if (!root || root.localName !== 'svg' || root.namespaceURI !== SVG_NS || doc.getElementsByTagName('parsererror').length > 0) return undefined;
  const clean = (source: Element): Element | undefined => {
    const name = source.localName === 'a' ? 'g' : source.localName;
    if (source.namespaceURI !== SVG_NS || !isAllowedElement(name)) return undefined;
    const copy = doc.createElementNS(SVG_NS, name);
    for (const attr of [...source.attributes]) {
      if (isAllowedAttribute(attr.name, attr.value)) copy.setAttributeNS(attr.namespaceURI, attr.name, attr.value);
    }
    for (const child of [...source.childNodes]) {
      if (child.nodeType === 3) copy.appendChild(doc.createTextNode(child.nodeValue ?? ''));
      else if (child.nodeType === 1) {
        const kept = clean(child as Element);
        if (kept) copy.appendChild(kept);
      }
    }
    return copy;
  };
  const svg = clean(root) as SVGSVGElement | undefined;
  svg?.removeAttribute('width');
  svg?.removeAttribute('height');
  return svg;
}

/** What `markSteps` needs to know per step path: what to add to the visible text in its name, if anything. */
export interface StepInfo {
  extra?: string;
}

/**
 * Makes every Graphviz node of a known step a toggle button (`data-step`, tabindex, role, aria-label) and
 * hides the rest of the drawing from assistive technology (edges, clusters and titles repeat or confuse what
 * the buttons and the step list already say). Returns the step paths it found.
 */
export function markSteps(svg: SVGSVGElement, steps: ReadonlyMap<string, StepInfo>): string[] {
  const found: string[] = [];
  for (const group of [...svg.querySelectorAll('g')]) {
    const title = [...group.children].find((c) => c.localName === 'title');
    const path = group.classList.contains('node') ? stepOfTitle(title?.textContent) : undefined;
    const info = path === undefined ? undefined : steps.get(path);
    if (path === undefined || !info) {
      if (group.classList.contains('node') || group.classList.contains('edge') || group.classList.contains('cluster')) {
        group.setAttribute('aria-hidden', 'true');
      }
      continue;
    }
    found.push(path);
    makeStepButton(group, path, info.extra, 'diagram');
    group.setAttribute('aria-pressed', 'false');
  }
  // Graphviz titles ("s:intake", "a->b") would show as tooltips and be read out; the labels say it better.
  for (const title of [...svg.querySelectorAll('title')]) title.remove();
  return found;
}

/**
 * Makes one drawn step a button: `data-step` with its path, focusable, named by the text it shows (plus
 * `extra`), with `<block>__step` on the group and `<block>__shape` on its box (the first stroked shape, the one
 * the selection and focus outline thicken).
 */
export function makeStepButton(group: Element, path: string, extra: string | undefined, block: string): void {
  group.setAttribute('data-step', path);
  group.setAttribute('tabindex', '0');
  group.setAttribute('role', 'button');
  const visible = [...group.querySelectorAll('text')].map((t) => t.textContent ?? '').join(' ');
  group.setAttribute('aria-label', stepLabel(visible, extra) || path);
  group.classList.add(`${block}__step`);
  const shape = [...group.querySelectorAll('path, polygon, ellipse')].find((s) => s.getAttribute('stroke') !== 'none');
  shape?.classList.add(`${block}__shape`);
}
