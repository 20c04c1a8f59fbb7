import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Lang, Problem } from '@koers/engine';
import type { StatePath } from '../model/bundle';
import type { StepRow } from './step-rows';
import { processText } from './texts';

/** What the tree shows: the steps, which one is selected (undefined: the type), the problems per step. */
export interface StepTreeProps {
  rows: readonly StepRow[];
  /** The selected step, `null` when the type is selected, undefined when nothing in the tree is. */
  selected: StatePath | null | undefined;
  onSelect: (path: StatePath | null) => void;
  /** Alt+arrow up/down on a step moves it among its siblings. */
  onMove: (path: StatePath, delta: -1 | 1) => void;
  problems: { steps: ReadonlyMap<string, Problem[]>; type: readonly Problem[] };
  lang: Lang;
}

const same = (a: StatePath | null | undefined, b: StatePath | null) => (a === null || b === null ? a === b : a !== undefined && a.join('.') === b.join('.'));

/**
 * The steps as a tree (WAI-ARIA tree view with one tab stop): arrow keys move, Home/End jump, left goes to
 * the group above, right to the first substep, Enter or Space selects, Alt+up/down moves the step. The first
 * line is the type itself.
 */
export function StepTree({ rows, selected, onSelect, onMove, problems, lang }: StepTreeProps) {
  const items: (StatePath | null)[] = [null, ...rows.map((r) => r.path)];
  const selectedIndex = Math.max(0, items.findIndex((p) => same(selected, p)));
  const [focus, setFocus] = useState(selectedIndex);
  const list = useRef<HTMLUListElement>(null);
  // A selection made elsewhere (the diagram, a problem) moves the tab stop with it.
  useEffect(() => setFocus(selectedIndex), [selectedIndex]);
  const current = Math.min(focus, items.length - 1);
  // A step moved with Alt+arrow keeps the keyboard focus at its new place.
  const moving = useRef<string | undefined>(undefined);
  const order = rows.map((r) => r.path.join('.')).join(' ');
  useEffect(() => {
    if (moving.current === undefined) return;
    const index = rows.findIndex((r) => r.path.join('.') === moving.current);
    moving.current = undefined;
    if (index >= 0) moveTo(index + 1);
  }, [order]);

  const moveTo = (index: number) => {
    setFocus(index);
    (list.current?.querySelectorAll<HTMLElement>('[role="treeitem"]')[index])?.focus();
  };
  const key = (e: KeyboardEvent) => {
    const row = rows[current - 1];
    let next: number | undefined;
    if (e.altKey && row && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      moving.current = row.path.join('.');
      onMove(row.path, e.key === 'ArrowUp' ? -1 : 1);
      return;
    }
    if (e.key === 'ArrowDown') next = Math.min(current + 1, items.length - 1);
    else if (e.key === 'ArrowUp') next = Math.max(current - 1, 0);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = items.length - 1;
    else if (e.key === 'ArrowLeft' && row) next = row.depth === 0 ? 0 : 1 + rows.findIndex((r) => same(r.path, row.path.slice(0, -1)));
    else if (e.key === 'ArrowRight' && row && rows[current]?.depth === row.depth + 1) next = current + 1;
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(items[current] ?? null);
      return;
    }
    if (next === undefined) return;
    e.preventDefault();
    moveTo(next);
  };

  const badge = (list: readonly Problem[] | undefined) =>
    list && list.length > 0 ? (
      <span className="process-tree__badge">{processText(list.length === 1 ? 'problems' : 'problemsMany', lang, { n: list.length })}</span>
    ) : null;

  return (
    <ul ref={list} className="process-tree" role="tree" aria-label={processText('steps', lang)} onKeyDown={key}>
      <li role="treeitem" aria-level={1} aria-selected={selected === null} tabIndex={current === 0 ? 0 : -1}
        className="process-tree__item process-tree__item--type" onClick={() => { setFocus(0); onSelect(null); }}>
        <span className="process-tree__title">{processText('type', lang)}</span>
        {badge(problems.type.length > 0 || problems.steps.has('') ? [...problems.type, ...(problems.steps.get('') ?? [])] : undefined)}
      </li>
      {rows.map((row, i) => (
        <li key={row.path.join('.')} role="treeitem" aria-level={row.depth + 2} aria-selected={same(selected, row.path)} tabIndex={current === i + 1 ? 0 : -1}
          className={`process-tree__item process-tree__item--${row.kind}`} style={{ paddingInlineStart: `${0.5 + row.depth * 1.25}rem` }}
          onClick={() => { setFocus(i + 1); onSelect(row.path); }}>
          <span className="process-tree__title">{row.title}</span>
          <span className="process-tree__meta">
            {row.kind !== 'atomic' && <span className="process-tree__kind">{processText(`kind_${row.kind}`, lang)}</span>}
            {row.initial && <span className="process-tree__kind">{processText('initialMark', lang)}</span>}
            {badge(problems.steps.get(row.path.join('.')))}
          </span>
        </li>
      ))}
    </ul>
  );
}
