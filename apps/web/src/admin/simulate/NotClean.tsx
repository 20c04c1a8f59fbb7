import type { Lang, Problem } from '@koers/engine';
import { simText } from './texts';

/**
 * The draft cannot run while it has lint problems: say so, and list each with where it is (file and pointer).
 * Going there is the problems panel's job, which every tab shows and which switches to the right tab.
 */
export function NotClean({ problems, lang }: { problems: readonly Problem[]; lang: Lang }) {
  return (
    <div className="sim-not-clean" role="status">
      <p>{simText('notClean', lang, { count: problems.length })}</p>
      <ul>
        {problems.map((problem, i) => (
          <li key={i}>
            <span>{problem.message[lang]}</span> <code>{problem.file}{problem.pointer}</code>
          </li>
        ))}
      </ul>
      <p className="sim-not-clean__hint">{simText('goThere', lang)}</p>
    </div>
  );
}
