import { useState } from 'react';
import { escapePointer, type JsonObject, type JsonValue } from '@koers/engine';
import { getIn, setInState, stateAt } from '../model/edit';
import { branchesAt, deleteEvent, eventSpec, eventSpecStartsOpen, readBranches } from '../model/transitions';
import { EventName } from './event-name';
import { EventSpecFields } from './event-spec';
import { BranchList } from './transition-branches';
import { problemsUnder, stepPointer, type StepEditing } from './transition-context';
import { ProblemList } from './transition-fields';
import { tt } from './transition-text';

/**
 * One event of the step: its name, what people see and who may send it (its `meta.events` description), and
 * its branches. Deleting asks once more, in place.
 */
export function EventCard({ ctx, name }: { ctx: StepEditing; name: string }) {
  const { bundle, path, lang, onChange } = ctx;
  const [confirming, setConfirming] = useState(false);
  const state = stateAt(bundle, path);
  // Decided once: completing the form must not fold the section shut under the user's hands.
  const [specOpen, setSpecOpen] = useState(() => eventSpecStartsOpen(state, name));
  const spec = eventSpec(state, name);
  const eventForm = typeof spec?.form === 'string' ? spec.form : undefined;
  const onPointer = `${stepPointer(path)}/on/${escapePointer(name)}`;
  const specPointer = `${stepPointer(path)}/meta/events/${escapePointer(name)}`;
  // A list's own problems show here; a single branch shows its problems itself.
  const own = [
    ...(readBranches(getIn(state, ['on', name])).list ? ctx.problems.filter((p) => p.file === 'definition' && p.pointer === onPointer) : []),
    ...problemsUnder(ctx.problems, specPointer),
  ];
  const setSpec = (keys: (string | number)[], value: JsonValue | undefined) => onChange(setInState(bundle, path, ['meta', 'events', name, ...keys], value));
  const headingId = `tr-event-${path.join('-')}-${name}`;

  return (
    <section className="tr-event" aria-labelledby={headingId}>
      <header className="tr-event__head">
        <h4 id={headingId}>
          {typeof spec?.label === 'object' && spec.label && !Array.isArray(spec.label) ? String((spec.label as JsonObject)[lang] ?? name) : name}
          <code className="tr-code">{name}</code>
        </h4>
        {confirming ? (
          <span className="tr-buttons">
            <button type="button" className="button tr-small tr-danger" onClick={() => {
              onChange(deleteEvent(bundle, path, name));
              // A selection of the deleted event falls back to its step.
              if (ctx.selection.kind === 'transition' && ctx.selection.event === name && ctx.selection.path.join('.') === path.join('.')) ctx.onSelect({ kind: 'step', path });
            }}>{tt('confirmDelete', lang)}</button>
            <button type="button" className="button button--secondary tr-small" onClick={() => setConfirming(false)}>{tt('cancel', lang)}</button>
          </span>
        ) : (
          <button type="button" className="button button--secondary tr-small" onClick={() => setConfirming(true)}>{tt('deleteEvent', lang)}</button>
        )}
      </header>
      <ProblemList problems={own} lang={lang} base={specPointer} />
      <details className="tr-event__spec" open={specOpen} onToggle={(e) => setSpecOpen(e.currentTarget.open)}>
        <summary>{lang === 'nl' ? 'Naam, knoptekst, wie mag en formulier' : 'Name, button text, who may and form'}</summary>
        <EventName ctx={ctx} name={name} />
        {spec ? (
          <EventSpecFields ctx={ctx} name={name} spec={spec} setSpec={setSpec} />
        ) : (
          <p className="tr-help">
            {tt('undescribed', lang)}{' '}
            <button type="button" className="button button--secondary tr-small" onClick={() => setSpec([], { label: { nl: name, en: name }, roles: [] })}>{tt('describe', lang)}</button>
          </p>
        )}
      </details>
      <h5 className="tr-subhead">{tt('branches', lang)}</h5>
      {branchesAt(bundle, path, { kind: 'event', event: name }).branches.length > 1 && <p className="tr-help">{tt('branchesHelp', lang)}</p>}
      <BranchList ctx={ctx} source={{ kind: 'event', event: name }} eventForm={eventForm} addLabel={tt('addBranch', lang)} level={5} newBranch={(): JsonObject => (path.length > 0 ? { target: path.at(-1)! } : {})} />
    </section>
  );
}
