import { stateAt } from '../model/edit';
import { EVENT_NAME, eventNames, renameEvent } from '../model/transitions';
import { KeyField } from './fields';
import type { StepEditing } from './transition-context';
import { TEXTS, tt } from './transition-text';

/**
 * The technical name of an event, renamed with the button or Enter: in `on` and `meta.events`, each in its
 * place. A name that is not one or that the step already has is refused with the reason.
 */
export function EventName({ ctx, name }: { ctx: StepEditing; name: string }) {
  const { bundle, path, lang, onChange, selection, onSelect } = ctx;
  const problem = (next: string) =>
    !EVENT_NAME.test(next) ? TEXTS.badEventName : eventNames(stateAt(bundle, path)).includes(next) ? TEXTS.takenEventName : undefined;
  const rename = (next: string) => {
    onChange(renameEvent(bundle, path, name, next));
    if (selection.kind === 'transition' && selection.event === name && selection.path.join('.') === path.join('.')) onSelect({ ...selection, event: next });
  };
  return <KeyField label={tt('eventName', lang)} help={tt('eventNameHelp', lang)} value={name} problem={problem} onApply={rename} button={tt('rename', lang)} lang={lang} />;
}
