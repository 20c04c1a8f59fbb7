import type { JsonObject, Problem } from '@koers/engine';
import { allFields, pointerKeys, toPointer } from './form-fields';
import { flatten, layoutOf } from './form-layout';

/*
 * Where a lint problem of a form belongs in the builder: with the field it points at (a pointer into the
 * schema, into a UI element that shows the field, or into an example's answer for the field), with the examples,
 * or with the form as a whole.
 */

/** The problems of form number `index` (file `forms/<index>`). */
export function problemsOfForm(problems: readonly Problem[], index: number): Problem[] {
  return problems.filter((p) => p.file === `forms/${index}`);
}

/** The schema pointer of the answer at a data pointer (`/doelen/0/doel` -> `/properties/doelen/items/properties/doel`). */
export function dataToSchemaPointer(data: string): string {
  return toPointer(pointerKeys(data).flatMap((k) => (/^\d+$/.test(k) ? ['items'] : ['properties', k])));
}

/** The field a problem pointer is about, or undefined when it is about the form as a whole. */
export function fieldOfProblem(form: JsonObject, pointer: string): string | undefined {
  const fields = allFields(form).map((f) => f.pointer);
  const deepest = (schemaPointer: string) => fields
    .filter((f) => schemaPointer === f || schemaPointer.startsWith(`${f}/`))
    .sort((a, b) => b.length - a.length)[0];
  const keys = pointerKeys(pointer);
  if (keys[0] === 'schema') return deepest(toPointer(keys.slice(1)));
  if (keys[0] === 'examples') return deepest(dataToSchemaPointer(toPointer(keys.slice(2))));
  if (keys[0] === 'uischema') {
    const items = flatten(layoutOf(form)).filter((i) => i.field !== undefined);
    const owner = items
      .filter((i) => { const at = toPointer(i.keys); return pointer === at || pointer.startsWith(`${at}/`); })
      .sort((a, b) => b.keys.length - a.keys.length)[0];
    return owner?.field;
  }
  return undefined;
}

/** The form's problems grouped by field pointer; `''` holds those about the form as a whole. */
export function problemsByField(form: JsonObject, problems: readonly Problem[]): Map<string, Problem[]> {
  const map = new Map<string, Problem[]>();
  for (const problem of problems) {
    const field = fieldOfProblem(form, problem.pointer) ?? '';
    map.set(field, [...(map.get(field) ?? []), problem]);
  }
  return map;
}
