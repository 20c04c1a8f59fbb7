import type { TrajectoryDefinition } from '../format/types';
import type { StructureIndex } from '../format/structure';
import { schemaAt } from '../forms/fields';
import { escapePointer, pointerSegments } from '../load/json';
import type { LintContext } from './definition';
import { checkForm } from './references';

type Report = (pointer: string, code: string, nl: string, en: string) => void;

/**
 * `formAccess`: every form, role and field it names exists; a field's readers are readers of the form; and
 * whoever may send an event must be able to read the whole form it carries (else they would submit answers
 * they cannot see, or wipe the hidden ones).
 */
export function checkFormAccess(def: TrajectoryDefinition, index: StructureIndex, ctx: LintContext, report: Report): void {
  const access = def.formAccess ?? {};
  for (const [formId, spec] of Object.entries(access)) {
    const at = `/formAccess/${escapePointer(formId)}`;
    checkForm(ctx, formId, at, report);
    spec.read.forEach((role, i) => knownRole(def, role, `${at}/read/${i}`, report));
    const form = ctx.forms.get(formId);
    for (const [field, readers] of Object.entries(spec.fields ?? {})) {
      const fieldAt = `${at}/fields/${escapePointer(field)}`;
      if (pointerSegments(field).some((s) => /^\d+$/.test(s))) {
        report(fieldAt, 'field-index', `veld "${field}" noemt een plaats in een lijst; gebruik * voor elk item`,
          `field "${field}" names a position in a list; use * for every item`);
      } else if (form && !schemaAt(form.definition.schema, field)) {
        report(fieldAt, 'unknown-field', `veld "${field}" staat niet in formulier "${formId}"`, `field "${field}" is not in form "${formId}"`);
      }
      readers.forEach((role, i) => {
        if (!knownRole(def, role, `${fieldAt}/${i}`, report)) return;
        if (!spec.read.includes(role)) {
          report(`${fieldAt}/${i}`, 'field-reader-not-form-reader', `rol "${role}" mag veld "${field}" lezen maar formulier "${formId}" niet (zet de rol ook in read)`,
            `role "${role}" may read field "${field}" but not form "${formId}" (add the role to read as well)`);
        }
      });
    }
  }
  for (const info of index.states.values()) {
    for (const [event, spec] of Object.entries(info.config.meta?.events ?? {})) {
      const rule = spec.form === undefined || !Object.hasOwn(access, spec.form) ? undefined : access[spec.form]!;
      if (!rule) continue;
      spec.roles.forEach((role, i) => {
        const blind = !rule.read.includes(role) ? undefined : Object.entries(rule.fields ?? {}).find(([, readers]) => !readers.includes(role))?.[0];
        if (!rule.read.includes(role)) {
          report(`${info.pointer}/meta/events/${escapePointer(event)}/roles/${i}`, 'sender-cannot-read',
            `rol "${role}" mag "${event}" sturen maar formulier "${spec.form}" niet lezen (zie formAccess)`,
            `role "${role}" may send "${event}" but may not read form "${spec.form}" (see formAccess)`);
        } else if (blind !== undefined) {
          report(`${info.pointer}/meta/events/${escapePointer(event)}/roles/${i}`, 'sender-cannot-read',
            `rol "${role}" mag "${event}" sturen maar veld "${blind}" van formulier "${spec.form}" niet lezen (zie formAccess)`,
            `role "${role}" may send "${event}" but may not read field "${blind}" of form "${spec.form}" (see formAccess)`);
        }
      });
    }
  }
}

function knownRole(def: TrajectoryDefinition, role: string, pointer: string, report: Report): boolean {
  if (Object.hasOwn(def.roles, role)) return true;
  report(pointer, 'unknown-role', `rol "${role}" is niet gedeclareerd in "roles"`, `role "${role}" is not declared in "roles"`);
  return false;
}
