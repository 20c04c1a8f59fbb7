import { useId, useState } from 'react';
import type { JsonObject, Lang } from '@koers/engine';
import { getIn, stateAt } from '../model/edit';
import { addEvent, EVENT_NAME, eventNames, toEventName } from '../model/transitions';
import { declared, type StepEditing } from './transition-context';
import { tt } from './transition-text';

/** A first target for a new branch: the next sibling step (else the first other one), or none. */
export function siblingTarget({ bundle, path }: StepEditing): JsonObject {
  const siblings = Object.keys((getIn(stateAt(bundle, path.slice(0, -1)), ['states']) as JsonObject | undefined) ?? {});
  const own = siblings.indexOf(path.at(-1)!);
  const next = siblings[own + 1] ?? siblings.find((key) => key !== path.at(-1));
  return next === undefined ? {} : { target: next };
}

/**
 * Adds an event: the admin types its button text, the technical name follows (and can be changed); it starts
 * with one branch to the next step and may be sent by the roles the step waits for.
 */
export function EventAdd({ ctx }: { ctx: StepEditing }) {
  const { bundle, path, lang, onChange, onSelect } = ctx;
  const state = stateAt(bundle, path);
  const add = (eventName: string, label: string) => {
    const roles = declared(bundle, 'roles');
    const waiting = ((getIn(state, ['meta', 'roles']) as string[] | undefined) ?? []).filter((r) => roles.includes(r));
    const spec: JsonObject = { label: { nl: label || eventName, en: label || eventName }, roles: waiting.length ? waiting : roles.slice(0, 1) };
    const target = siblingTarget(ctx).target as string | undefined;
    onChange(addEvent(bundle, path, eventName, spec, target));
    onSelect({ kind: 'transition', path, event: eventName, index: 0 });
  };
  return <AddByName taken={eventNames(state)} label={tt('newEventLabel', lang)} button={tt('addEvent', lang)} lang={lang} onAdd={add} />;
}

/**
 * A text for people and the technical event name that follows it (and can be changed), with a button: the
 * form that adds an event or a timer. `taken`: names the step already uses.
 */
export function AddByName({ taken, label: labelText, button, lang, onAdd }: {
  taken: readonly string[]; label: string; button: string; lang: Lang; onAdd: (name: string, label: string) => void;
}) {
  const id = useId();
  const [label, setLabel] = useState('');
  const [name, setName] = useState<string | undefined>();
  const eventName = name ?? toEventName(label);
  const error = !eventName ? undefined : !EVENT_NAME.test(eventName) ? tt('badEventName', lang) : taken.includes(eventName) ? tt('takenEventName', lang) : undefined;
  const add = () => {
    if (!eventName || error) return;
    onAdd(eventName, label);
    setLabel('');
    setName(undefined);
  };

  return (
    <form className="tr-add" onSubmit={(e) => { e.preventDefault(); add(); }}>
      <div className="tr-field">
        <label htmlFor={id}>{labelText}</label>
        <input id={id} type="text" value={label} onChange={(e) => setLabel(e.target.value)} />
      </div>
      <div className="tr-field">
        <label htmlFor={`${id}-name`}>{tt('eventName', lang)}</label>
        <input id={`${id}-name`} type="text" value={eventName} aria-invalid={error !== undefined} aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setName(e.target.value.toUpperCase())} />
      </div>
      <button type="submit" className="button tr-small" disabled={!eventName || error !== undefined}>{button}</button>
      {error && <p className="tr-error" id={`${id}-error`}>{error}</p>}
    </form>
  );
}
