import { type Lang, type Problem, pointerSegments } from '@koers/engine';
import type { Bundle, Selection } from '../model/bundle';
import { simText } from './texts';

/**
 * Where a problem is, as a selection the editors show: the step its pointer runs through (`/machine/states/a/
 * states/b/…`), the form of a `forms/<i>` problem (with the field for a pointer into its schema), else the type.
 */
export function problemSelection(bundle: Bundle, problem: Problem): Selection {
  const segments = pointerSegments(problem.pointer);
  const form = /^forms\/(\d+)$/.exec(problem.file);
  if (form) {
    const formId = bundle.forms[Number(form[1])]?.id;
    if (typeof formId !== 'string') return { kind: 'type' };
    return segments[0] === 'schema' && segments.length > 1 ? { kind: 'form', formId, field: problem.pointer.slice('/schema'.length) } : { kind: 'form', formId };
  }
  const path: string[] = [];
  for (let i = 1; segments[0] === 'machine' && segments[i] === 'states' && segments[i + 1] !== undefined; i += 2) path.push(segments[i + 1]!);
  return path.length > 0 ? { kind: 'step', path } : { kind: 'type' };
}

/** The draft cannot run while it has lint problems: say so, and list each with a way to go to its place. */
export function NotClean({ bundle, problems, onSelect, lang }: {
  bundle: Bundle; problems: readonly Problem[]; onSelect: (s: Selection) => void; lang: Lang;
}) {
  return (
    <div className="sim-not-clean" role="status">
      <p>{simText('notClean', lang, { count: problems.length })}</p>
      <ul>
        {problems.map((problem, i) => (
          <li key={i}>
            <span>{problem.message[lang]}</span> <code>{problem.file}{problem.pointer}</code>{' '}
            <button type="button" className="sim-link" onClick={() => onSelect(problemSelection(bundle, problem))}>{simText('goThere', lang)}</button>
          </li>
        ))}
      </ul>
    </div>
  );
}
