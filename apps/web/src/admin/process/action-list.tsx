import { useId, useState } from 'react';
import { ACTION_SPECS, type JsonValue } from '@koers/engine';
import { actionList, defaultParams, moveItem, readRef, withParams, writeActions } from '../model/actions';
import { ParamsEditor } from './action-params';
import { vocabularyName } from './action-words';
import { offerOf, type StepEditing } from './transition-context';
import { tt } from './transition-text';

/** The actions of a branch, in the order they run: add from the vocabulary, edit params, move, remove. */
export function ActionList({ ctx, actions, eventForm, onChange, name, level }: {
  ctx: StepEditing;
  actions: JsonValue | undefined;
  eventForm: string | undefined;
  onChange: (next: JsonValue | undefined) => void;
  /** Names the list for screen readers ("Acties van keuze 2"). */
  name: string;
  /** The level of its heading (one below the branch's). */
  level: 5 | 6;
}) {
  const Heading = level === 5 ? 'h5' : 'h6';
  const { bundle, lang } = ctx;
  const id = useId();
  const [adding, setAdding] = useState('recordDate');
  const list = actionList(actions);
  const write = (next: JsonValue[]) => onChange(writeActions(actions, next));

  return (
    <div className="tr-action-list" role="group" aria-label={name}>
      <Heading>{tt('actions', lang)}</Heading>
      {list.length === 0 && <p className="tr-help">{tt('noActions', lang)}</p>}
      <ol>
        {list.map((action, i) => {
          const ref = readRef(action);
          const title = ref ? vocabularyName(ref.type, 'action', lang) : JSON.stringify(action);
          return (
            <li key={i} className="tr-action">
              <div className="tr-action__head">
                <strong>{`${i + 1}. ${title}`}</strong>
                <span className="tr-buttons">
                  <button type="button" className="tr-icon-button" disabled={i === 0} onClick={() => write(moveItem(list, i, i - 1))} aria-label={`${title}: ${tt('moveUp', lang)}`} title={tt('moveUp', lang)}>↑</button>
                  <button type="button" className="tr-icon-button" disabled={i === list.length - 1} onClick={() => write(moveItem(list, i, i + 1))} aria-label={`${title}: ${tt('moveDown', lang)}`} title={tt('moveDown', lang)}>↓</button>
                  <button type="button" className="tr-icon-button" onClick={() => write(list.filter((_, j) => j !== i))} aria-label={`${title}: ${tt('removeAction', lang)}`} title={tt('removeAction', lang)}>×</button>
                </span>
              </div>
              {ref && (
                <ParamsEditor type={ref.type} vocabulary="action" params={ref.params} bundle={bundle} eventForm={eventForm} lang={lang}
                  onChange={(params) => write(list.map((a, j) => (j === i ? withParams(a, params) : a)))} />
              )}
            </li>
          );
        })}
      </ol>
      <div className="tr-actions-row">
        <label htmlFor={id} className="tr-visually-hidden">{tt('chooseAction', lang)}</label>
        <select id={id} value={adding} onChange={(e) => setAdding(e.target.value)}>
          {Object.keys(ACTION_SPECS).map((type) => <option key={type} value={type}>{vocabularyName(type, 'action', lang)}</option>)}
        </select>
        <button type="button" className="button button--secondary tr-small" onClick={() => write([...list, { type: adding, params: defaultParams(adding, 'action', offerOf(bundle, eventForm)) }])}>
          {tt('addAction', lang)}
        </button>
      </div>
    </div>
  );
}
