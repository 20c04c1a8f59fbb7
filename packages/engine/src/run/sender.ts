import { type RejectionReason, TransitionRejected } from '../errors';
import type { Localized } from '../format/types';
import type { EventDeclaration, CompiledDefinition } from './compile';
import { declarationsIn } from './declarations';
import { rejectionMessage } from './messages';
import { timersIn } from './timers';
import { handlesEvent } from '../groups/events';

const PEOPLE_ONLY: Localized = {
  nl: 'Het systeem stuurt alleen timers; deze actie is voor mensen.',
  en: 'The system sends timers only; this action is for people.',
};
const SYSTEM_ONLY: Localized = {
  nl: 'Deze gebeurtenis stuurt het systeem zelf wanneer het tijd is.',
  en: 'The system sends this event itself when its time comes.',
};

const GROUP_ONLY: Localized = {
  nl: 'Deze gebeurtenis stuurt het systeem zelf, bij het indelen in een groep of het vastleggen van een groepsbijeenkomst.',
  en: 'The system sends this event itself, when the trajectory is placed in a group or a group meeting is recorded.',
};

/**
 * Checks that this actor may send this event in these active steps, and returns the event's declarations there
 * (`meta.events`; empty for the system's timer). The system actor sends only timers (`meta.timers`) of an active
 * step and the type's group events (`groups.join.event`, meeting events) to a step that handles them; people send only events in `meta.events`, with one of their roles, also when the same step lists the
 * event as a timer. Throws `TransitionRejected`.
 */
export function checkSender(
  def: CompiledDefinition, activeSteps: readonly string[], type: string, actor: { roles: string[]; system?: boolean },
): EventDeclaration[] {
  if (!def.events.has(type) && !def.timers.has(type) && !def.groupEvents.has(type)) throw reject('unknown-event');
  const active = declarationsIn(def, activeSteps, type);
  if (actor.system) {
    if (timersIn(def, activeSteps, type).length > 0) return [];
    // A group event (placed in a group, a shared meeting recorded): sent by the system to a step that handles it.
    if (def.groupEvents.has(type)) {
      if (handlesEvent(def, activeSteps, type)) return [];
      throw reject('not-in-step');
    }
    throw def.timers.has(type) ? reject('not-in-step') : reject('role-forbidden', PEOPLE_ONLY);
  }
  if (active.length === 0) {
    if (timersIn(def, activeSteps, type).length > 0) throw reject('role-forbidden', SYSTEM_ONLY);
    if (def.groupEvents.has(type) && handlesEvent(def, activeSteps, type)) throw reject('role-forbidden', GROUP_ONLY);
    throw reject('not-in-step');
  }
  if (!active.every((d) => d.spec.roles.some((role) => actor.roles.includes(role)))) throw reject('role-forbidden');
  return active;
}

function reject(reason: RejectionReason, message?: Localized): TransitionRejected {
  return new TransitionRejected(reason, message ?? rejectionMessage(reason));
}
