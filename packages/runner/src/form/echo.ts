import { UPDATE_CORE, type JsonFormsCore, type Middleware } from '@jsonforms/core';

/**
 * JSON Forms tells its `onChange` about new answers 10 ms after a change, and takes the `data` prop back as the
 * truth whenever a prop changes. When the page re-renders with answers it was told about earlier while the person
 * has typed on since (two fields filled in quick succession on a busy machine), JSON Forms would put the older
 * answers back and the newer typing would be lost. This middleware knows every answers object JSON Forms itself
 * made: such an object coming back through the props while JSON Forms already holds newer answers is a late echo
 * and is passed over; answers from outside (an example loaded, "Leeg beginnen", someone else's draft taken) are
 * new objects and are taken as they are. Callers that bring back older answers on purpose pass a copy.
 */
export function keepNewerAnswers(): Middleware {
  const ours = new WeakSet<object>();
  return (state, action, reducer) => {
    const late = action.type === UPDATE_CORE && action.data !== state.data && isObject(action.data) && ours.has(action.data);
    const next: JsonFormsCore = reducer(state, late ? { ...action, data: state.data } : action);
    if (isObject(next.data)) ours.add(next.data);
    return next;
  };
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}
