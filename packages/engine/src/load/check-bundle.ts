import type { Problem } from '../errors';
import type { TrajectoryDefinition } from '../format/types';
import { type CompiledDefinition, compileDefinition } from '../run/compile';
import { loadBundle } from './bundle';
import type { FormCache } from './form-cache';

/** The names the parts of a bundle get, so each problem can be traced back to its place (`/definition/...`, `/forms/2/...`). */
export const DEFINITION_FILE = 'definition';
export const formFile = (index: number) => `forms/${index}`;

/**
 * Loads and lints one definition with its forms, given as values (an upload, an admin's draft); never throws
 * for bad input. Problems name their part as `definition` or `forms/<index>` plus a pointer inside it.
 * The server checks a publication with it and the admin's editors check a draft with it as the admin types.
 * An editor that checks the same bundle at every keystroke passes a `formCache` (see `createFormCache`).
 * @example const { definition, problems } = checkBundle(draft.definition, draft.forms);
 */
export function checkBundle(definition: unknown, forms: readonly unknown[], options: { formCache?: FormCache } = {}): { definition?: CompiledDefinition; problems: Problem[] } {
  const files = [
    { file: DEFINITION_FILE, text: JSON.stringify(definition) },
    ...forms.map((form, i) => ({ file: formFile(i), text: JSON.stringify(form) })),
  ];
  const bundle = loadBundle(files, options);
  const problems = [...bundle.problems];
  for (const def of bundle.definitions) {
    if (def.file !== DEFINITION_FILE) {
      problems.push({ file: def.file, pointer: '', code: 'not-a-form', message: {
        nl: 'dit is een workflow, geen formulier: stuur één workflow in "definition"', en: 'this is a workflow, not a form: send one workflow in "definition"' } });
    }
  }
  const found = bundle.definitions.find((d) => d.file === DEFINITION_FILE);
  if (!found && problems.length === 0) {
    problems.push({ file: DEFINITION_FILE, pointer: '', code: 'not-a-definition', message: {
      nl: 'hier hoort een workflow (met "machine")', en: 'a workflow (with "machine") belongs here' } });
  }
  return problems.length > 0 ? { problems } : { definition: found!, problems: [] };
}

/**
 * A definition compiled as far as it can be read, without the lint that would refuse it, against those of its
 * forms that compile: for drawing a draft while it still has problems (a form being built, a step that points
 * nowhere yet). Never for running a trajectory. Undefined when even that fails (the machine cannot be read).
 * @example const sketch = sketchBundle(draft.definition, draft.forms, { formCache });
 */
export function sketchBundle(definition: unknown, forms: readonly unknown[], options: { formCache?: FormCache } = {}): CompiledDefinition | undefined {
  const machine = (definition as { machine?: unknown } | null)?.machine;
  if (!machine || typeof machine !== 'object' || Array.isArray(machine)) return undefined;
  try {
    const compiledForms = loadBundle(forms.map((form, i) => ({ file: formFile(i), text: JSON.stringify(form) })), options).forms;
    return compileDefinition(definition as TrajectoryDefinition, compiledForms);
  } catch {
    return undefined;
  }
}
