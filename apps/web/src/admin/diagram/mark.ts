import { makeStepButton, stepOfTitle } from '../../pages/coach/diagram-svg';

/*
 * Makes the live diagram's steps selectable: every drawn step (a node `s:<path>`) and every group step (a
 * cluster `cluster_<path>`, a compound or parallel step) becomes a focusable button carrying its path.
 */

/**
 * The step path a Graphviz cluster title names (`cluster_uitvoering` → `uitvoering`), or undefined.
 * @example stepOfCluster('cluster_uitvoering.sporen') // 'uitvoering.sporen'
 */
export function stepOfCluster(title: string | null | undefined): string | undefined {
  if (!title || !title.startsWith('cluster_')) return undefined;
  const path = title.slice('cluster_'.length).trim();
  return path === '' ? undefined : path;
}

/** The dotted path (`a.b`) of a state path, as the diagram names steps. */
export const dotted = (path: readonly string[]): string => path.join('.');

/**
 * Marks the steps of a sanitised Graphviz SVG as buttons (`data-step`, tabindex, role, aria-label) and hides
 * the rest of the drawing (edges, start dots) from assistive technology; titles go (they would show as
 * tooltips). Returns the step paths it found.
 */
export function markLiveSteps(svg: SVGSVGElement): string[] {
  const found: string[] = [];
  for (const group of [...svg.querySelectorAll('g')]) {
    const title = [...group.children].find((c) => c.localName === 'title')?.textContent;
    const path = group.classList.contains('node') ? stepOfTitle(title) : group.classList.contains('cluster') ? stepOfCluster(title) : undefined;
    if (path === undefined) {
      if (group.classList.contains('node') || group.classList.contains('edge')) group.setAttribute('aria-hidden', 'true');
      continue;
    }
    found.push(path);
    makeStepButton(group, path, undefined, 'live-diagram');
  }
  for (const title of [...svg.querySelectorAll('title')]) title.remove();
  return found;
}

/** Flags the highlighted steps (`aria-current`, a class for the look) and clears the others. */
export function highlightSteps(root: ParentNode, highlight: ReadonlySet<string>): void {
  root.querySelectorAll('[data-step]').forEach((node) => {
    const on = highlight.has(node.getAttribute('data-step') ?? '');
    node.classList.toggle('live-diagram__step--on', on);
    if (on) node.setAttribute('aria-current', 'true');
    else node.removeAttribute('aria-current');
  });
}
