import { useState } from 'react';
import { type EventView, type JsonObject, type Lang, eventsFor, textIn } from '@koers/engine';
import { type SimCommand, type Simulation, clockOf, sendAs, viewOf } from '../model/simulate';
import { roleTitle } from '../model/simulate-paths';
import { EventForm } from './EventForm';
import { refusalReasonText } from './RefusalPanel';
import { simText } from './texts';

/**
 * The events the chosen roles may send now (the engine's `describe` + `eventsFor`): one without a form is a
 * button, with what the engine would say to it now; one with a form opens it. The events only other roles may
 * send are listed with a way to act as such a role.
 */
export function EventsPanel({ sim, dispatch, drafts, lang }: {
  sim: Simulation; dispatch: (c: SimCommand) => Simulation; drafts: Map<string, JsonObject>; lang: Lang;
}) {
  const [open, setOpen] = useState<string | undefined>();
  const { events, done } = viewOf(sim);
  if (done) return null;
  const mine = eventsFor(events, sim.roles);
  const others = events.filter((e) => !mine.includes(e));
  const roles = (e: EventView) => e.roles.map((r) => roleTitle(sim.compiled, r, lang)).join(', ');
  return (
    <section className="sim-panel sim-events" aria-labelledby="sim-events-title">
      <h3 id="sim-events-title">{simText('actions', lang)}</h3>
      {sim.roles.length === 0 ? <p>{simText('noRole', lang)}</p> : mine.length === 0 && <p>{simText('noActions', lang)}</p>}
      <ul className="sim-events__list">
        {mine.map((event) => (
          <li key={event.type} className="sim-event">
            {event.form ? (
              <>
                <button type="button" className="button sim-button" aria-expanded={open === event.type}
                  onClick={() => setOpen(open === event.type ? undefined : event.type)}>
                  {textIn(event.label, lang)}
                </button>
                {open === event.type && (
                  <EventForm key={`${event.type}:${sim.entries.length}`} sim={sim} event={event as EventView & { form: string }}
                    dispatch={dispatch} drafts={drafts} onSent={() => setOpen(undefined)} lang={lang} />
                )}
              </>
            ) : <PlainEvent sim={sim} event={event} dispatch={dispatch} lang={lang} />}
          </li>
        ))}
      </ul>
      {others.length > 0 && (
        <div className="sim-events__others">
          <p>{simText('otherRoles', lang)}</p>
          <ul>
            {others.map((event) => (
              <li key={event.type}>
                <span>{simText('byRoles', lang, { event: textIn(event.label, lang), roles: roles(event) })}</span>{' '}
                <button type="button" className="sim-link" onClick={() => dispatch({ type: 'roles', roles: [event.roles[0]!] })}>
                  {simText('switchTo', lang, { role: roleTitle(sim.compiled, event.roles[0]!, lang) })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** An event without a form: a button, and what a dry run of the engine says to it now (nothing is kept). */
function PlainEvent({ sim, event, dispatch, lang }: { sim: Simulation; event: EventView; dispatch: (c: SimCommand) => Simulation; lang: Lang }) {
  const dry = sendAs(sim, event.type, undefined, sim.roles, clockOf(sim)).refusal;
  const hintId = `sim-hint-${event.type}`;
  return (
    <>
      <button type="button" className="button sim-button" aria-describedby={dry ? hintId : undefined}
        onClick={() => dispatch({ type: 'send', event: event.type })}>
        {textIn(event.label, lang)}
      </button>
      {dry && <p id={hintId} className="sim-event__hint">{simText('wouldRefuse', lang, { reason: refusalReasonText(dry, lang) })}</p>}
    </>
  );
}
