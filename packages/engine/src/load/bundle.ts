import { DefinitionError, type Problem } from '../errors';
import type { FormDefinition, TrajectoryDefinition } from '../format/types';
import { createAjv } from '../forms/ajv';
import type { CompiledForm } from '../forms/form';
import { lintDefinition } from '../lint/definition';
import { lintForm } from '../lint/form';
import { checkFormat } from '../lint/format-schema';
import { type CompiledDefinition, compileDefinition } from '../run/compile';
import type { CheckedForm, FormCache } from './form-cache';
import { parseJson } from './json';

export interface SourceFile {
  file: string;
  text: string;
}

export interface LoadedBundle {
  definitions: CompiledDefinition[];
  forms: Map<string, CompiledForm>;
  problems: Problem[];
}

type Kind = 'definition' | 'form';

export interface LoadOptions {
  /** Called as the loader starts on each file (parsing, then checking), so a caller can keep a time budget per file. */
  onFile?: (file: string) => void;
  /** Reuses what checking an unchanged form file found before (an editor checking the same bundle as it is typed). */
  formCache?: FormCache;
}

/** Tells a workflow from a form by its content, falling back to the folder it sits in. */
function kindOf(value: unknown, file: string): Kind | undefined {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    if ('machine' in value) return 'definition';
    if ('schema' in value) return 'form';
  }
  if (/(^|\/)workflows\//.test(file)) return 'definition';
  if (/(^|\/)forms\//.test(file)) return 'form';
  return undefined;
}

/**
 * Loads workflow and form files together: parses them safely, checks them against the format schemas,
 * compiles forms, lints and compiles workflows against those forms. Reports every problem; never throws
 * for bad input.
 */
export function loadBundle(files: SourceFile[], options: LoadOptions = {}): LoadedBundle {
  const onFile = options.onFile ?? (() => {});
  const problems: Problem[] = [];
  const cache = options.formCache;
  const parsed: Array<{ file: string; kind: Kind; value: unknown; checked?: CheckedForm; text: string }> = [];
  for (const { file, text } of files) {
    onFile(file);
    const checked = cache?.get(file, text);
    if (checked) {
      parsed.push({ file, kind: 'form', value: checked.value, checked, text });
      continue;
    }
    const result = parseJson(text, file);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const kind = kindOf(result.value, file);
    if (!kind) {
      problems.push({ file, pointer: '', code: 'unknown-kind', message: {
        nl: 'geen workflow (met "machine") en geen formulier (met "schema")',
        en: 'neither a workflow (with "machine") nor a form (with "schema")',
      } });
      continue;
    }
    parsed.push({ file, kind, value: result.value, text });
  }
  const forms = new Map<string, CompiledForm>();
  // One Ajv per bundle: its compiled validators live and die with the bundle's forms.
  const ajv = createAjv();
  const refused = new Map<string, string>();
  for (const { file, value, checked: hit, text } of parsed.filter((p) => p.kind === 'form')) {
    onFile(file);
    const checked: CheckedForm = hit ?? { value, format: checkFormat('form', value, file) };
    if (!hit) cache?.set(file, text, checked);
    const format = checked.format;
    if (format.length > 0) {
      problems.push(...format);
      const id = (value as { id?: unknown }).id;
      if (typeof id === 'string' && !refused.has(id)) refused.set(id, file);
      continue;
    }
    const form = value as FormDefinition;
    const known = forms.get(form.id);
    if (known) {
      problems.push({ file, pointer: '/id', code: 'duplicate-form', message: {
        nl: `formulier-id "${form.id}" bestaat al in ${known.file}`, en: `form id "${form.id}" already exists in ${known.file}` } });
      continue;
    }
    // A cached form keeps an Ajv of its own: it outlives this bundle.
    checked.linted ??= guarded(file, () => lintForm(form, file, cache ? createAjv() : ajv));
    const linted = checked.linted;
    problems.push(...linted.problems);
    if (linted.form) forms.set(form.id, linted.form);
    else refused.set(form.id, file);
  }
  const definitions: CompiledDefinition[] = [];
  const seen = new Map<string, string>();
  for (const { file, value } of parsed.filter((p) => p.kind === 'definition')) {
    onFile(file);
    const result = guarded(file, () => loadDefinition(value, file, forms, refused));
    problems.push(...result.problems);
    if (!result.definition) continue;
    const key = `${result.definition.definition.id}@${result.definition.definition.version}`;
    if (seen.has(key)) {
      problems.push({ file, pointer: '/id', code: 'duplicate-definition', message: {
        nl: `${key} bestaat al in ${seen.get(key)}`, en: `${key} already exists in ${seen.get(key)}` } });
      continue;
    }
    seen.set(key, file);
    definitions.push(result.definition);
  }
  return { definitions, forms, problems };
}

/**
 * Runs one file's checks; should a check itself fail (a case the linter does not know yet), that file gets
 * a located problem and the other files are still checked.
 */
function guarded<T extends { problems: Problem[] }>(file: string, check: () => T): Partial<T> & { problems: Problem[] } {
  try {
    return check();
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return { problems: [{ file, pointer: '', code: 'check-failed', message: {
      nl: `dit bestand kon niet worden gecontroleerd: ${text}`, en: `this file could not be checked: ${text}` } }] } as Partial<T> & { problems: Problem[] };
  }
}

/** Checks and compiles one parsed definition against a set of compiled forms. */
export function loadDefinition(
  value: unknown, file: string, forms: ReadonlyMap<string, CompiledForm>, refused?: ReadonlyMap<string, string>,
): { definition?: CompiledDefinition; problems: Problem[] } {
  const format = checkFormat('definition', value, file);
  if (format.length > 0) return { problems: format };
  const definition = value as TrajectoryDefinition;
  const problems = lintDefinition(definition, { file, forms, refused });
  if (problems.length > 0) return { problems };
  try {
    return { definition: compileDefinition(definition, forms, file), problems: [] };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return { problems: [{ file, pointer: '/machine', code: 'machine-invalid', message: {
      nl: `XState weigert de machine: ${text}`, en: `XState rejects the machine: ${text}` } }] };
  }
}

/** Like `loadBundle`, but throws a `DefinitionError` listing every problem. */
export function loadBundleOrThrow(files: SourceFile[]): LoadedBundle {
  const bundle = loadBundle(files);
  if (bundle.problems.length > 0) throw new DefinitionError(bundle.problems);
  return bundle;
}
