import type { JsonObject, Lang } from '@koers/engine';
import { humanizeValue } from '@koers/runner';
import { choiceOptions, setChoiceOptions, valueFromLabel, type ChoiceOption } from '../model/form-choices';
import { t } from './messages';

/**
 * The options of a choice: the stored value and the label in Dutch and English, in order. A yes/no keeps its
 * two options (only their labels change). Changing a value that examples or the process use shows up as a lint
 * problem at that place.
 */
export function ChoiceEditor({ form, pointer, fixed, onChange, lang }: {
  form: JsonObject; pointer: string; fixed: boolean; onChange: (form: JsonObject) => void; lang: Lang;
}) {
  const options = choiceOptions(form, pointer);
  const write = (next: ChoiceOption[]) => onChange(setChoiceOptions(form, pointer, next));
  const change = (i: number, patch: Partial<ChoiceOption>) => write(options.map((o, j) => (j === i ? { ...o, ...patch } : o)));
  const move = (i: number, to: number) => {
    const next = [...options];
    const [moved] = next.splice(i, 1);
    next.splice(to, 0, moved!);
    write(next);
  };
  return (
    <fieldset className="fb-options">
      <legend>{t(lang, 'options')}</legend>
      <ol className="fb-options__list">
        {options.map((option, i) => {
          const name = option.nl || humanizeValue(option.value);
          return (
            <li key={i} className="fb-option">
              <input className="fb-input" aria-label={`${t(lang, 'labelNl')} ${i + 1}`} value={option.nl}
                placeholder={humanizeValue(option.value)} onChange={(e) => change(i, { nl: e.target.value })} />
              <input className="fb-input" aria-label={`${t(lang, 'labelEn')} ${i + 1}`} value={option.en}
                placeholder={t(lang, 'labelEn')} onChange={(e) => change(i, { en: e.target.value })} />
              <span className="fb-option__value">
                {t(lang, 'optionValue')}:{' '}
                {fixed || typeof option.value !== 'string' ? <code>{String(option.value)}</code> : (
                  <input className="fb-input fb-input--code" aria-label={`${t(lang, 'optionValue')} ${i + 1}`} value={option.value}
                    spellCheck={false} onChange={(e) => change(i, { value: e.target.value })} />
                )}
              </span>
              {!fixed && (
                <span className="fb-options__actions">
                  <button type="button" className="fb-icon" disabled={i === 0} aria-label={t(lang, 'moveUpNamed', { name })} onClick={() => move(i, i - 1)}>↑</button>
                  <button type="button" className="fb-icon" disabled={i === options.length - 1} aria-label={t(lang, 'moveDownNamed', { name })} onClick={() => move(i, i + 1)}>↓</button>
                  <button type="button" className="fb-icon" disabled={options.length <= 1} aria-label={t(lang, 'removeOption', { name })}
                    onClick={() => write(options.filter((_, j) => j !== i))}>×</button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {!fixed && (
        <button type="button" className="fb-link" onClick={() => {
          const nl = `Optie ${options.length + 1}`;
          write([...options, { value: valueFromLabel(nl, options.map((o) => o.value)), nl, en: `Option ${options.length + 1}` }]);
        }}>+ {t(lang, 'addOption')}</button>
      )}
    </fieldset>
  );
}
