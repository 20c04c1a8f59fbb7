import type { Lang, Problem } from '@koers/engine';
import { jsonText } from './texts';

interface Props {
  problems: readonly Problem[];
  lang: Lang;
  /** The admin chose a problem: the editor moves its cursor to where it points. */
  onPick: (problem: Problem) => void;
}

/** The engine's problems of the file shown; each one a button that moves the cursor to its place. */
export function ProblemList({ problems, lang, onPick }: Props) {
  if (!problems.length) return <p className="json-tab__ok">{jsonText('noProblems', lang)}</p>;
  return (
    <section className="json-tab__problems" aria-label={jsonText('problems', lang, { n: problems.length })}>
      <h3>{jsonText('problems', lang, { n: problems.length })}</h3>
      <ul>
        {problems.map((problem, i) => (
          <li key={`${problem.pointer} ${problem.code} ${i}`}>
            <button type="button" className="json-tab__problem" onClick={() => onPick(problem)}>
              <span>{problem.message[lang]}</span>
              {problem.pointer && <code>{jsonText('at', lang)} {problem.pointer}</code>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
