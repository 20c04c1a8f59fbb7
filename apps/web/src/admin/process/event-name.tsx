import { useEffect, useId, useState } from 'react';
import { stateAt } from '../model/edit';
import { EVENT_NAME, eventNames, renameEvent } from '../model/transitions';
import type { StepEditing } from './transition-context';
import { tt } from './transition-text';

/**
 * The technical name of an event, renamed on Enter or with the button: in `on` and `meta.events`, each in its
 * place. A name that is not one or that the step already has is refused with the reason.
 */
export function EventName({ ctx, name }: { ctx: StepEditing; name: string }) {
  const { bundle, path, lang, onChange, selection, onSelect } = ctx;
  const id = useId();
  const [text, setText] = useState(name);
  useEffect(() => setText(name), [name]);
  const taken = text !== name && eventNames(stateAt(bundle, path)).includes(text);
  const error = !EVENT_NAME.test(text) ? tt('badEventName', lang) : taken ? tt('takenEventName', lang) : undefined;
  const rename = () => {
    if (error || text === name) return;
    onChange(renameEvent(bundle, path, name, text));
    if (selection.kind === 'transition' && selection.event === name && selection.path.join('.') === path.join('.')) onSelect({ ...selection, event: text });
  };
  return (
    <div className="tr-field">
      <label htmlFor={id}>{tt('eventName', lang)}</label>
      <p className="tr-help" id={`${id}-help`}>{tt('eventNameHelp', lang)}</p>
      <span className="tr-inline">
        <input
          id={id}
          type="text"
          value={text}
          aria-invalid={error !== undefined}
          aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
          onChange={(e) => setText(e.target.value.toUpperCase())}
          onKeyDown={(e) => {
            if (e.key === 'Enter') rename();
          }}
        />
        <button type="button" className="button button--secondary tr-small" disabled={error !== undefined || text === name} onClick={rename}>{tt('rename', lang)}</button>
      </span>
      {error && <p className="tr-error" id={`${id}-error`}>{error}</p>}
    </div>
  );
}
