import { useId } from 'react';
import type { Lang, Problem } from '@koers/engine';
import type { Bundle, Selection } from '../model/bundle';
import { placeName } from '../model/place-names';
import { selectionOfProblem } from '../model/places';
import { EDITOR_TEXT, say } from './texts';

/** The count of problems as the counter and the publish button say it. */
export function problemCount(count: number, lang: Lang): string {
  if (count === 0) return EDITOR_TEXT.noProblems[lang];
  return count === 1 ? EDITOR_TEXT.oneProblem[lang] : say(EDITOR_TEXT, 'problems', lang, { n: count });
}

/**
 * Every lint problem of the draft in the reader's language with its place in words; a click selects the place
 * (and the tab that shows it). Docked under the editor, opened from the counter in the tab bar.
 */
export function ProblemsPanel({ problems, bundle, lang, onSelect, open, onToggle }: {
  problems: readonly Problem[]; bundle: Bundle; lang: Lang; onSelect: (selection: Selection) => void;
  open: boolean; onToggle: () => void;
}) {
  const id = useId();
  return (
    <section className={`problems${problems.length === 0 ? ' problems--clean' : ''}`} aria-labelledby={`${id}-title`}>
      <div className="problems__bar">
        <h2 id={`${id}-title`} className="problems__title">
          {EDITOR_TEXT.problemsTitle[lang]}: {problemCount(problems.length, lang)}
        </h2>
        {problems.length > 0 && (
          <button type="button" className="link-button" aria-expanded={open} aria-controls={`${id}-list`} onClick={onToggle}>
            {open ? EDITOR_TEXT.hideProblems[lang] : EDITOR_TEXT.showProblems[lang]}
          </button>
        )}
      </div>
      {open && problems.length > 0 && (
        <>
          <p className="problems__hint">{EDITOR_TEXT.problemsHint[lang]}</p>
          <ul id={`${id}-list`} className="problems__list">
            {problems.map((problem, i) => {
              const place = selectionOfProblem(problem, bundle);
              return (
                <li key={`${problem.file}${problem.pointer}${problem.code}${i}`}>
                  <button type="button" className="problems__item" onClick={() => onSelect(place)}>
                    <span className="problems__place">{placeName(place, bundle, lang)}</span>
                    <span className="problems__message">{problem.message[lang] || problem.message.nl}</span>
                    <code className="problems__code">{problem.code}</code>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
