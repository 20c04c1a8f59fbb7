import { type CompiledDefinition, eventFormIn, fieldLabels, formAccessOf, type JsonObject } from '@koers/engine';
import { roleRef } from './labels';
import type { EventSummary } from '@koers/store';

/** The form a stored event carried: the one its type carries in the steps it was sent in. */
export const eventForm = (def: CompiledDefinition, e: Pick<EventSummary, 'type' | 'stepsBefore'>): string | undefined =>
  eventFormIn(def, e.stepsBefore, e.type);

/** A form as the page renders it: schema, layout, translations, its rules (checked while filling in) and who may read it. */
export function formShape(def: CompiledDefinition, id: string) {
  const form = def.forms.get(id)?.definition;
  const access = formAccessOf(def.definition, id);
  return {
    id, title: form?.title ?? { nl: id, en: id }, ...(form?.description ? { description: form.description } : {}),
    schema: form?.schema ?? {}, ...(form?.uischema ? { uischema: form.uischema } : {}), ...(form?.i18n ? { i18n: form.i18n } : {}),
    ...(access ? {
      access: {
        read: access.read.map((r) => roleRef(def, r)),
        fields: Object.entries(access.fields ?? {}).map(([pointer, read]) => ({
          pointer, title: (form && fieldLabels(form, pointer.replace(/\/\*(?=\/|$)/g, '/0'))) ?? { nl: pointer, en: pointer }, read: read.map((r) => roleRef(def, r)),
        })),
      },
    } : {}),
    ...(form?.rules ? { rules: form.rules as unknown as JsonObject[] } : {}),
  };
}

/**
 * The forms filled in so far that are not open for editing now: what the trajectory has on paper (pass the
 * answers as the viewer may read them: `readableForms`). Each
 * with the answers kept in the context, when and by whom it was last submitted, and the current steps
 * that name it in `meta.reference` (they show it at hand). In the order they were first submitted.
 */
export function documentsOf(input: {
  def: CompiledDefinition; forms: Readonly<Record<string, JsonObject>>; events: readonly EventSummary[];
  open: readonly string[]; referencedBy: ReadonlyMap<string, string[]>;
}) {
  const { def, forms, events, open, referencedBy } = input;
  const submissions = new Map<string, EventSummary>();
  const first: string[] = [];
  for (const e of events) {
    const form = eventForm(def, e);
    if (!form) continue;
    if (!submissions.has(form)) first.push(form);
    submissions.set(form, e);
  }
  // Answers can also reach the context without a recorded submission (a definition's own defaults): list them last.
  const ids = [...first, ...Object.keys(forms).filter((id) => !first.includes(id))];
  return ids.filter((id) => Object.hasOwn(forms, id) && !open.includes(id) && def.forms.has(id)).map((id) => {
    const last = submissions.get(id);
    return {
      ...formShape(def, id),
      data: forms[id]!,
      submittedAt: last?.at ?? null,
      submittedBy: last?.actor ?? null,
      referencedBy: referencedBy.get(id) ?? [],
    };
  });
}
