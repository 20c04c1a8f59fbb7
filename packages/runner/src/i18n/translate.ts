import type { ErrorTranslator, Translator } from '@jsonforms/core';
import { type FormDefinition, type Lang, humanizeValue } from '@koers/engine';

/**
 * The JSON Forms translator for one form. Dutch texts live in the schema (titles, descriptions), so in Dutch
 * the default message JSON Forms passes in is the answer; English comes from the form's `i18n.en`, keyed the
 * JSON Forms way (`smartDoelen.doel.label`, `deelnemers.rol.ib`), falling back to Dutch when a key is missing.
 * `i18n.nl` names choice values in Dutch where the value itself is a code (`ib`, `ondersteuning-cm`).
 */
export function formTranslator(form: Pick<FormDefinition, 'i18n'>, lang: Lang): Translator {
  const en = form.i18n?.en ?? {};
  const nl = form.i18n?.nl ?? {};
  return ((key: string, defaultMessage?: string) => {
    if (lang === 'en' && Object.hasOwn(en, key)) return en[key];
    // Dutch choice labels for values that do not speak for themselves (`ib`), in English too when it lacks one.
    if (Object.hasOwn(nl, key)) return nl[key];
    return defaultMessage;
  }) as Translator;
}

/** Error messages reach JSON Forms already in the reader's language (see toAdditionalErrors). */
export const passThroughErrors: ErrorTranslator = (error) => error.message ?? '';

/** `externe-begeleiding` -> "Externe begeleiding": the engine's, which names meetings after a choice the same way. */
export { humanizeValue };

/** The label to show for an option: the translation when there is one, else the humanized value. */
export function optionLabel(option: { label: string; value: unknown }): string {
  return option.label === String(option.value) ? humanizeValue(option.value) : option.label;
}
