import { useId, useState } from 'react';
import { type Lang, textIn } from '@koers/engine';
import { type SimCommand, type Simulation, factsOf } from '../model/simulate';
import { joinEventOf, meetingKinds } from '../model/simulate-group';
import { textTable } from '../../i18n/messages';

const t = textTable({
  heading: { nl: 'Gesimuleerde groep', en: 'Simulated group' },
  help: {
    nl: 'De gesimuleerde school in een groep met andere scholen: leg gedeelde bijeenkomsten vast en zie hoe bewakingen op de groepsfeiten (group.meetings.<soort>.held, …) uitpakken.',
    en: 'The simulated school in a group with other schools: record shared meetings and see how guards on the group facts (group.meetings.<kind>.held, …) turn out.',
  },
  on: { nl: 'In een groep simuleren', en: 'Simulate in a group' },
  name: { nl: 'Naam van de groep', en: 'Name of the group' },
  schools: { nl: 'Aantal scholen in de groep', en: 'Number of schools in the group' },
  join: { nl: 'In de groep plaatsen ({event})', en: 'Place in the group ({event})' },
  kind: { nl: 'Bijeenkomst', en: 'Meeting' },
  attended: { nl: 'Deze school was erbij', en: 'This school was there' },
  complete: { nl: 'Volgens de aanwezigheidsregel', en: 'Meeting the attendance rule' },
  record: { nl: 'Bijeenkomst vastleggen', en: 'Record meeting' },
  facts: { nl: 'Groepsfeiten', en: 'Group facts' },
  factLine: { nl: '{title}: {held} gehouden, {attended} bijgewoond, {complete} volgens de regel, laatste {last}', en: '{title}: {held} held, {attended} attended, {complete} meeting the rule, last {last}' },
  never: { nl: 'nooit', en: 'never' },
});

/** The simulated group: on/off, its name and size, placing the school in it, and its shared meetings with their facts. */
export function SimGroupPanel({ sim, dispatch, lang }: { sim: Simulation; dispatch: (c: SimCommand) => Simulation; lang: Lang }) {
  const id = useId();
  const def = sim.compiled.definition;
  const kinds = meetingKinds(def);
  const join = joinEventOf(def);
  const [kind, setKind] = useState(kinds[0]?.kind ?? '');
  const [attended, setAttended] = useState(true);
  const [complete, setComplete] = useState(true);
  if (!join && kinds.length === 0) return null;
  const group = sim.group;
  const meetings = (factsOf(sim)?.group as { meetings?: Record<string, { held: number; attended: number; complete: number; last: string | null }> } | undefined)?.meetings ?? {};
  return (
    <section className="sim-panel sim-group" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('heading', lang)}</h3>
      <p className="process-muted">{t('help', lang)}</p>
      <label className="sim-group__check">
        <input type="checkbox" checked={group !== undefined}
          onChange={(e) => dispatch({ type: 'group', group: e.target.checked ? { name: 'Groep 1', schools: 5 } : undefined })} />
        <span>{t('on', lang)}</span>
      </label>
      {group && (
        <>
          <div className="sim-group__row">
            <label>{t('name', lang)} <input value={group.name} onChange={(e) => dispatch({ type: 'group', group: { ...group, name: e.target.value } })} /></label>
            <label>{t('schools', lang)} <input type="number" min={1} value={group.schools}
              onChange={(e) => Number.isInteger(e.target.valueAsNumber) && dispatch({ type: 'group', group: { ...group, schools: e.target.valueAsNumber } })} /></label>
          </div>
          {join && <button type="button" className="button button--secondary sim-button" onClick={() => dispatch({ type: 'join' })}>{t('join', lang, { event: join })}</button>}
          {kinds.length > 0 && (
            <div className="sim-group__row">
              <label>{t('kind', lang)}{' '}
                <select value={kind} onChange={(e) => setKind(e.target.value)}>
                  {kinds.map((k) => <option key={k.kind} value={k.kind}>{textIn(k.title, lang)}</option>)}
                </select>
              </label>
              <label className="sim-group__check"><input type="checkbox" checked={attended} onChange={(e) => setAttended(e.target.checked)} />{t('attended', lang)}</label>
              <label className="sim-group__check"><input type="checkbox" checked={complete} disabled={!attended} onChange={(e) => setComplete(e.target.checked)} />{t('complete', lang)}</label>
              <button type="button" className="button button--secondary sim-button" onClick={() => dispatch({ type: 'meeting', meeting: { kind, attended, complete: attended && complete } })}>
                {t('record', lang)}
              </button>
            </div>
          )}
          <h4>{t('facts', lang)}</h4>
          <ul className="sim-group__facts">
            {kinds.map((k) => {
              const f = meetings[k.kind] ?? { held: 0, attended: 0, complete: 0, last: null };
              return <li key={k.kind}>{t('factLine', lang, { title: textIn(k.title, lang), held: f.held, attended: f.attended, complete: f.complete, last: f.last ?? t('never', lang) })}</li>;
            })}
          </ul>
        </>
      )}
    </section>
  );
}
