import type { JsonObject, Lang } from '@koers/engine';
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
      <table className="fb-options__table">
        <thead>
          <tr><th scope="col">{t(lang, 'optionValue')}</th><th scope="col">{t(lang, 'labelNl')}</th><th scope="col">{t(lang, 'labelEn')}</th><th /></tr>
        </thead>
        <tbody>
          {options.map((option, i) => {
            const name = option.nl || String(option.value);
            return (
              <tr key={i}>
                <td>
                  {fixed || typeof option.value !== 'string' ? <code>{String(option.value)}</code> : (
                    <input className="fb-input" aria-label={`${t(lang, 'optionValue')} ${i + 1}`} value={option.value}
                      onChange={(e) => change(i, { value: e.target.value })} />
                  )}
                </td>
                <td><input className="fb-input" aria-label={`${t(lang, 'labelNl')} ${i + 1}`} value={option.nl}
                  onChange={(e) => change(i, { nl: e.target.value })} /></td>
                <td><input className="fb-input" aria-label={`${t(lang, 'labelEn')} ${i + 1}`} value={option.en}
                  onChange={(e) => change(i, { en: e.target.value })} /></td>
                <td className="fb-options__actions">
                  {!fixed && (
                    <>
                      <button type="button" className="fb-icon" disabled={i === 0} aria-label={t(lang, 'moveUpNamed', { name })} onClick={() => move(i, i - 1)}>↑</button>
                      <button type="button" className="fb-icon" disabled={i === options.length - 1} aria-label={t(lang, 'moveDownNamed', { name })} onClick={() => move(i, i + 1)}>↓</button>
                      <button type="button" className="fb-icon" disabled={options.length <= 1} aria-label={t(lang, 'removeOption', { name })}
                        onClick={() => write(options.filter((_, j) => j !== i))}>×</button>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {!fixed && (
        <button type="button" className="fb-link" onClick={() => {
          const nl = `Optie ${options.length + 1}`;
          write([...options, { value: valueFromLabel(nl, options.map((o) => o.value)), nl, en: `Option ${options.length + 1}` }]);
        }}>+ {t(lang, 'addOption')}</button>
      )}
    </fieldset>
  );
}
