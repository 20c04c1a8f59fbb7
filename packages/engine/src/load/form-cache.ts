import type { Problem } from '../errors';
import type { CompiledForm } from '../forms/form';

/** What checking one form file found: its format problems, and (when those are none) its lint result. */
export interface CheckedForm {
  value: unknown;
  format: Problem[];
  linted?: { form?: CompiledForm; problems: Problem[] };
}

/**
 * Remembers what checking a form file found, by its name and exact text, so that checking a bundle again after a
 * change elsewhere (the admin typing a step title) does not compile and lint every unchanged form again: that is
 * most of the work. Bounded: the least recently used entries go first. A form's own checks depend on nothing but
 * its text; what depends on the other files (duplicate ids, a definition's references) is checked every time.
 * @example const cache = createFormCache(); checkBundle(definition, forms, { formCache: cache });
 */
export function createFormCache(max = 64) {
  const entries = new Map<string, CheckedForm>();
  const keyOf = (file: string, text: string) => `${file}\u0000${text}`;
  return {
    get(file: string, text: string): CheckedForm | undefined {
      const key = keyOf(file, text);
      const entry = entries.get(key);
      if (entry) {
        entries.delete(key);
        entries.set(key, entry);
      }
      return entry;
    },
    set(file: string, text: string, entry: CheckedForm): void {
      entries.set(keyOf(file, text), entry);
      while (entries.size > max) entries.delete(entries.keys().next().value!);
    },
    get size() {
      return entries.size;
    },
  };
}

export type FormCache = ReturnType<typeof createFormCache>;
