import type { TrajectoryDefinition } from '../format/types';
import { escapePointer } from '../load/json';
import { grantedByOf, heldAtOf, subjectOf } from '../format/roles';

type Report = (pointer: string, code: string, nl: string, en: string) => void;

/**
 * A coaching role sees the overview of whole schools: only an administrator may hand it out, or a school's
 * leadership could make a colleague a coach by inviting them.
 */
export function checkRoleKinds(def: TrajectoryDefinition, report: Report): void {
  for (const [role, spec] of Object.entries(def.roles)) {
    if (spec.coach && spec.grantedBy !== 'admin') {
      report(`/roles/${escapePointer(role)}`, 'coach-granted-by-school',
        `rol "${role}" begeleidt (coach) en moet dus "grantedBy": "admin" hebben: anders kan de schoolleiding iemand coach maken`,
        `role "${role}" coaches and so needs "grantedBy": "admin": otherwise school leadership could make someone a coach`);
    }
  }
}

/**
 * Where roles are held and who grants them must fit whom the type belongs to: a bestuur type has no school, so a
 * role there cannot be held at (or granted by) a school; a role held only at the bestuur is never granted by a school.
 */
export function checkRoleScope(def: TrajectoryDefinition, report: Report): void {
  const bestuurType = subjectOf(def) === 'bestuur';
  for (const role of Object.keys(def.roles)) {
    const at = `/roles/${escapePointer(role)}`;
    const levels = heldAtOf(def, role);
    const by = grantedByOf(def, role);
    if (bestuurType && levels.includes('school')) {
      report(`${at}/heldAt`, 'held-at-school-in-bestuur-type',
        `rol "${role}" kan niet bij een school gehouden worden: trajecten van deze soort horen bij een bestuur ("subject": "bestuur")`,
        `role "${role}" cannot be held at a school: this type's trajectories belong to a bestuur ("subject": "bestuur")`);
    }
    if (by === 'school' && (bestuurType || !levels.some((l) => l === 'school' || l === 'trajectory'))) {
      report(def.roles[role]?.grantedBy ? `${at}/grantedBy` : `${at}/heldAt`, 'granted-by-school-not-held-there',
        `rol "${role}" wordt door de school gegeven ("grantedBy": "school"), maar kan daar niet gehouden worden; kies "bestuur" of "admin"`,
        `role "${role}" is granted by the school ("grantedBy": "school") but cannot be held there; choose "bestuur" or "admin"`);
    }
  }
}
