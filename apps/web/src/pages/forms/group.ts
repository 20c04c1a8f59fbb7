import type { FormDefinition, Localized } from '@koers/engine';

export interface FormEntry {
  id: string;
  file: string;
  title: Localized;
  load: () => Promise<FormDefinition>;
}

export interface FormGroup {
  /** The trajectory type's id, or `other` for forms no type uses. */
  id: string;
  title: Localized | undefined;
  forms: FormEntry[];
}

/** `../forms/pd-intake.json` -> `pd-intake` */
export function formIdOf(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.json$/, '');
}

/**
 * The forms per trajectory type, in the order the type uses them; a form used by two types shows under both,
 * forms no type uses come last under "other".
 */
export function groupForms(types: ReadonlyArray<{ id: string; title: Localized; forms: string[] }>, forms: readonly FormEntry[]): FormGroup[] {
  const byId = new Map(forms.map((f) => [f.id, f]));
  const used = new Set<string>();
  const groups: FormGroup[] = types.map((type) => ({
    id: type.id,
    title: type.title,
    forms: type.forms.flatMap((id) => {
      const form = byId.get(id);
      if (!form) return [];
      used.add(id);
      return [form];
    }),
  })).filter((g) => g.forms.length > 0);
  const rest = forms.filter((f) => !used.has(f.id));
  return rest.length > 0 ? [...groups, { id: 'other', title: undefined, forms: rest }] : groups;
}
