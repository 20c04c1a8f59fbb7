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
  const groupType = subjectOf(def) === 'group';
  checkGroupSubject(def, report);
  for (const role of Object.keys(def.roles)) {
    const at = `/roles/${escapePointer(role)}`;
    const levels = heldAtOf(def, role);
    const by = grantedByOf(def, role);
    if (!groupType && levels.includes('group')) {
      report(`${at}/heldAt`, 'held-at-group-outside-group-type',
        `rol "${role}" kan alleen "group" in heldAt hebben als trajecten van deze soort bij een groep horen ("subject": "group")`,
        `role "${role}" can have "group" in heldAt only when this type's trajectories belong to a group ("subject": "group")`);
    }
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

/**
 * A group type names whose groups its trajectories belong to (`groupOf`), and is not itself grouped: its subject is
 * already the group. `groupOf` without `"subject": "group"` would be silently ignored, so it is refused.
 */
function checkGroupSubject(def: TrajectoryDefinition, report: Report): void {
  const groupType = subjectOf(def) === 'group';
  if (groupType && def.groupOf === undefined) {
    report('/subject', 'group-subject-without-group-of',
      'trajecten van deze soort horen bij een groep ("subject": "group"): noem in "groupOf" de trajectsoort wier groepen het zijn',
      'trajectories of this type belong to a group ("subject": "group"): name in "groupOf" the trajectory type whose groups they are');
  }
  if (!groupType && def.groupOf !== undefined) {
    report('/groupOf', 'group-of-without-group-subject',
      '"groupOf" telt alleen bij "subject": "group"; zet "subject" op "group" of haal "groupOf" weg',
      '"groupOf" only counts with "subject": "group"; set "subject" to "group" or remove "groupOf"');
  }
  if (groupType && def.groupOf === def.id) {
    report('/groupOf', 'group-of-self',
      'een groepstraject hoort bij de groepen van een andere soort (de soort van de scholen), niet van zichzelf',
      "a group type belongs to the groups of another type (the schools' type), not its own");
  }
  if (groupType && def.groups !== undefined) {
    report('/groups', 'groups-in-group-type',
      'een soort waarvan de trajecten bij een groep horen, vormt zelf geen groepen: de groepen komen van de soort in "groupOf"',
      'a type whose trajectories belong to a group forms no groups itself: the groups come from the type in "groupOf"');
  }
}
