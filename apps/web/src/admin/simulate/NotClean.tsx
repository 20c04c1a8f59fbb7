import type { Lang, Problem } from '@koers/engine';
import type { Bundle, Selection } from '../model/bundle';
import { selectionOfProblem } from '../model/places';
import { simText } from './texts';

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
            <button type="button" className="sim-link" onClick={() => onSelect(selectionOfProblem(problem, bundle))}>{simText('goThere', lang)}</button>
          </li>
        ))}
      </ul>
    </div>
  );
}
