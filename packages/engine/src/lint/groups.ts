import type { TrajectoryDefinition } from '../format/types';
import { type StructureIndex, ancestry } from '../format/structure';
import { escapePointer } from '../load/json';
import type { LintContext } from './definition';
import { checkForm } from './references';

type Report = (pointer: string, code: string, nl: string, en: string) => void;

/**
 * Checks a type's `groups` block against the rest of the definition: the join step exists and handles the join
 * event, lead and attendance roles are declared, meeting forms exist, each meeting event is handled by some step,
 * and the sizes make sense (min not above max, an attendance minimum not above a group's size).
 */
export function checkGroups(def: TrajectoryDefinition, index: StructureIndex, ctx: LintContext, report: Report): void {
  const groups = def.groups;
  if (!groups) return;
  const { step, event } = groups.join;
  const info = index.states.get(step);
  if (!info || info.path === '') {
    report('/groups/join/step', 'group-join-step', `stap "${step}" bestaat niet (schrijf het pad, zoals "groepsindeling" of "voorbereiding.indeling")`,
      `step "${step}" does not exist (write its path, such as "groepsindeling" or "voorbereiding.indeling")`);
  } else if (!handles(index, step, event)) {
    report('/groups/join/event', 'group-join-event', `stap "${step}" heeft geen overgang op "${event}" in "on": plaatsen in een groep zou niets doen`,
      `step "${step}" has no transition on "${event}" in "on": placing a trajectory in a group would do nothing`);
  }
  (groups.leadRoles ?? []).forEach((role, i) => checkRole(def, role, `/groups/leadRoles/${i}`, report));
  const { min, max } = groups.size ?? {};
  if (min !== undefined && max !== undefined && min > max) {
    report('/groups/size/min', 'group-size', `een groep van minstens ${min} en hoogstens ${max} scholen kan niet bestaan`,
      `a group of at least ${min} and at most ${max} schools cannot exist`);
  }
  for (const [kind, meeting] of Object.entries(groups.meetings ?? {})) {
    const at = `/groups/meetings/${escapePointer(kind)}`;
    if (meeting.form !== undefined) checkForm(ctx, meeting.form, `${at}/form`, report);
    if (meeting.event !== undefined && meeting.event === event) {
      report(`${at}/event`, 'group-event-twice', `"${meeting.event}" is al de gebeurtenis van het indelen (groups.join.event)`,
        `"${meeting.event}" is already the join event (groups.join.event)`);
    } else if (meeting.event !== undefined && !index.transitions.some((t) => t.kind === 'event' && t.event === meeting.event)) {
      report(`${at}/event`, 'group-event-unhandled', `geen stap heeft een overgang op "${meeting.event}": het vastleggen van een ${meeting.title.nl.toLowerCase()} zou geen traject verder brengen`,
        `no step has a transition on "${meeting.event}": recording a ${meeting.title.en.toLowerCase()} would move no trajectory`);
    }
    (meeting.attendance?.roles ?? []).forEach((role, i) => checkRole(def, role, `${at}/attendance/roles/${i}`, report));
  }
}

function checkRole(def: TrajectoryDefinition, role: string, pointer: string, report: Report): void {
  if (!Object.hasOwn(def.roles, role)) {
    report(pointer, 'unknown-role', `rol "${role}" is niet gedeclareerd in "roles"`, `role "${role}" is not declared in "roles"`);
  }
}

/** Whether the step (or a step around it) has a transition on `event`. */
function handles(index: StructureIndex, step: string, event: string): boolean {
  const around = new Set([...ancestry(step), '']);
  return index.transitions.some((t) => t.kind === 'event' && t.event === event && around.has(t.source));
}
