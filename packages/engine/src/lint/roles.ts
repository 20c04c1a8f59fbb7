import type { TrajectoryDefinition } from '../format/types';
import { escapePointer } from '../load/json';

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
