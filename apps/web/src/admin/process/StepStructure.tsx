import { textIn, type JsonObject, type Localized } from '@koers/engine';
import type { EditorProps, StatePath } from '../model/bundle';
import { setInState } from '../model/edit';
import { childrenOf, kindOf } from '../model/states';
import { processText } from './texts';

/**
 * The structural choices of a step that depend on its kind: which substep a group begins with, and for a
 * history (resume) step what it remembers and where it goes when there is nothing to remember yet.
 */
export function StepStructure({ bundle, onChange, path, lang, state, kind }: EditorProps & { path: StatePath; state: JsonObject; kind: ReturnType<typeof kindOf> }) {
  const t = (key: Parameters<typeof processText>[0]) => processText(key, lang);
  const titleOf = ([key, s]: [string, JsonObject]) => `${textIn((s.meta as { title?: Localized } | undefined)?.title, lang) || key} (${key})`;
  if (kind === 'compound') {
    const children = childrenOf(bundle, path).filter(([, s]) => kindOf(s) !== 'history');
    const initial = typeof state.initial === 'string' ? state.initial : '';
    return (
      <div className="process-field">
        <label htmlFor="process-initial">{t('initial')}</label>
        <select id="process-initial" value={initial} onChange={(e) => onChange(setInState(bundle, path, ['initial'], e.target.value))}>
          {initial === '' && <option value="">{t('none')}</option>}
          {children.map((c) => <option key={c[0]} value={c[0]}>{titleOf(c)}</option>)}
        </select>
      </div>
    );
  }
  if (kind !== 'history') return null;
  const siblings = childrenOf(bundle, path.slice(0, -1)).filter(([key, s]) => key !== path.at(-1) && kindOf(s) !== 'history');
  const target = typeof state.target === 'string' ? state.target : '';
  const id = typeof state.id === 'string' ? state.id : undefined;
  return (
    <>
      <fieldset className="process-field">
        <legend>{t('historyDepth')}</legend>
        {(['shallow', 'deep'] as const).map((depth) => (
          <label key={depth} className="process-checklist__item">
            <input type="radio" name="process-history" checked={(state.history ?? 'shallow') === depth} onChange={() => onChange(setInState(bundle, path, ['history'], depth))} />
            <span>{t(depth)}</span>
          </label>
        ))}
      </fieldset>
      <div className="process-field">
        <label htmlFor="process-history-target">{t('historyTarget')}</label>
        <select id="process-history-target" value={target} onChange={(e) => onChange(setInState(bundle, path, ['target'], e.target.value || undefined))}>
          <option value="">{t('none')}</option>
          {!siblings.some(([k]) => k === target) && target !== '' && <option value={target}>{target}</option>}
          {siblings.map((c) => <option key={c[0]} value={c[0]}>{titleOf(c)}</option>)}
        </select>
        {id && <p className="process-muted">{processText('historyId', lang, { id })}</p>}
      </div>
    </>
  );
}
