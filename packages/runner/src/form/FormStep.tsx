import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { JsonSchema, UISchemaElement } from '@jsonforms/core';
import { JsonForms } from '@jsonforms/react';
import { pointerSegments, textIn, type FormDefinition, type JsonObject, type Lang, type Localized } from '@koers/engine';
import { msg } from '../i18n/messages';
import { formTranslator, passThroughErrors } from '../i18n/translate';
import { koersCells, koersRenderers } from '../renderers';
import { FormStepContext, type FormStepContextValue } from './context';
import { toAdditionalErrors, type FormError } from './errors';
import { ErrorSummary, tabForPath } from './ErrorSummary';
import { keepNewerAnswers } from './echo';
import { CarriedNotice, type CarriedOrigin } from './CarriedNotice';
import { ruleAjv } from './rule-ajv';
import { liveRules, mergeErrors, withoutResolved } from './live-rules';

export interface FormStepProps {
  /** The Koers form: JSON Schema with Dutch titles, JSON Forms UI schema, English texts in `i18n.en`. */
  form: FormDefinition;
  /**
   * The answers. An object this form gave through `onChange` and passed back is its own (an echo); answers from
   * elsewhere, also older ones brought back, are passed as a new object.
   */
  data: JsonObject | undefined;
  /** Every change, with the whole new answer. Not called in read-only mode. */
  onChange?: (data: JsonObject) => void;
  lang?: Lang;
  /** Shows the answers as text (earlier steps, print); nothing can be changed. */
  readonly?: boolean;
  /** Field errors (from the engine's validation or the server's 422), shown next to their fields. */
  errors?: readonly FormError[];
  /** Show the form's title and description above it (default true). */
  showHeader?: boolean;
  /** Show the list of problems above the form (default true when there are errors). */
  showSummary?: boolean;
  /**
   * Check the form's `rules` while it is filled in (default true): a rule that does not hold shows its message
   * at its field, an error in red, a warning as "Let op". The summary lists only `errors`.
   */
  checkRules?: boolean;
  /**
   * Fields whose value was carried over (`meta.prefill`), by JSON pointer, with their source: each shows
   * "Overgenomen uit <source>" and stays editable. Pass only the fields that still hold the carried value.
   */
  carried?: Readonly<Record<string, Localized>>;
  /**
   * A number the caller raises after each refused submit (in the browser or by the server): the list of problems
   * then takes the focus, so a screen reader says what is wrong and the keyboard is where the links to the fields are.
   */
  focusSummary?: number;
  /**
   * The earlier forms the carried answers (`carried`) come from, with when each was submitted: shown above the form
   * ("Overgenomen uit: Startgesprek, ingevuld op 12 maart 2026") with "Leeg beginnen", which clears those answers
   * through `onChange` and can be undone.
   */
  carriedFrom?: readonly CarriedOrigin[];
}

const CONFIG = { showUnfocusedDescription: true, trim: false };
/** One empty answer for every render, so JSON Forms does not see new data each time. */
const EMPTY: JsonObject = {};
const NO_ERRORS: readonly FormError[] = [];
const NO_RULES = { errors: NO_ERRORS as FormError[], warnings: NO_ERRORS as FormError[] };
const NOTHING_CARRIED: Readonly<Record<string, Localized>> = {};

/** Whether any level of a schema lists required fields (then the "* = verplicht" line is worth showing). */
export function hasRequiredFields(schema: unknown): boolean {
  if (schema === null || typeof schema !== 'object') return false;
  const s = schema as { required?: unknown; properties?: Record<string, unknown>; items?: unknown };
  if (Array.isArray(s.required) && s.required.length > 0) return true;
  return Object.values(s.properties ?? {}).some(hasRequiredFields) || hasRequiredFields(s.items);
}

/**
 * One Koers form rendered with JSON Forms: our renderers for fields, scales, choices, repeatable groups and
 * tabs, vanilla for layouts. Props in, callbacks out: it never fetches or validates by itself; the caller
 * passes the errors to show (live from `compileForm(...).validate`, or the server's answer).
 *
 * @example
 * <FormStep form={form} data={data} onChange={setData} lang="nl" errors={compiled.validate(data)} />
 */
export function FormStep({
  form, data, onChange, lang = 'nl', readonly = false, errors = NO_ERRORS, showHeader = true, showSummary = true,
  checkRules = true, carried = NOTHING_CARRIED, focusSummary, carriedFrom,
}: FormStepProps) {
  const idPrefix = `kf${useId().replace(/[^A-Za-z0-9]/g, '')}`;
  const [category, setCategory] = useState(0);
  const [shownForm, setShownForm] = useState(form.id);
  if (shownForm !== form.id) {
    setShownForm(form.id);
    setCategory(0);
  }
  const root = useRef<HTMLElement>(null);
  const i18n = useMemo(
    () => ({ locale: lang, translate: formTranslator(form, lang), translateError: passThroughErrors }),
    [form, lang],
  );
  // Answers this form made itself and hears of late do not overwrite newer typing (see echo.ts).
  const keepNewer = useState(keepNewerAnswers)[0];
  const live = useMemo(() => (readonly || !checkRules ? NO_RULES : liveRules(form, data)), [form, data, readonly, checkRules]);
  const current = useMemo(() => (readonly || !checkRules ? errors : withoutResolved(errors, form, data)), [errors, form, data, readonly, checkRules]);
  const shown = useMemo(() => mergeErrors(current, live.errors), [current, live.errors]);
  const additionalErrors = useMemo(() => toAdditionalErrors(shown, lang), [shown, lang]);
  const carriedByPath = useMemo(() => Object.fromEntries(Object.entries(carried)
    .map(([pointer, source]) => [pointerSegments(pointer).join('.'), msg('carriedFrom', lang, { source: textIn(source, lang) })])), [carried, lang]);
  const context = useMemo<FormStepContextValue>(
    () => ({ lang, readonly, idPrefix, errors: shown, warnings: live.warnings, category, setCategory, carried: carriedByPath }),
    [lang, readonly, idPrefix, shown, live.warnings, category, carriedByPath],
  );
  const uischema = form.uischema as UISchemaElement | undefined;

  const jump = useCallback((path: string) => {
    const tab = tabForPath(uischema, path);
    if (tab !== undefined) setCategory(tab);
    // Wait for the tab to render before looking for the field; fall back to the nearest parent that exists.
    requestAnimationFrame(() => {
      let target: Element | null = null;
      for (let p = path; target === null; p = p.split('.').slice(0, -1).join('.')) {
        target = root.current?.querySelector(`[data-kf-path="${CSS.escape(p)}"]`) ?? null;
        if (p === '') break;
      }
      const focusable = target?.querySelector<HTMLElement>('input, select, textarea, button');
      focusable?.focus();
      target?.scrollIntoView({ block: 'center' });
    });
  }, [uischema]);

  // Once per refusal, as soon as the list is there (the server's answer may render a moment after the raise).
  const focused = useRef(0);
  const summaryShown = showSummary && !readonly && current.length > 0;
  useEffect(() => {
    if (!focusSummary || focused.current === focusSummary || !summaryShown) return;
    const summary = document.getElementById(`${idPrefix}-summary`);
    if (!summary) return;
    focused.current = focusSummary;
    summary.focus();
    summary.scrollIntoView({ block: 'start' });
  }, [focusSummary, summaryShown, idPrefix]);

  const description = textIn(form.description, lang);
  const hasRequired = useMemo(() => hasRequiredFields(form.schema), [form.schema]);

  return (
    <section className="kf-form" lang={lang} ref={root} aria-labelledby={showHeader ? `${idPrefix}-title` : undefined}>
      <FormStepContext.Provider value={context}>
        {showHeader && (
          <header className="kf-form__header">
            <h2 className="kf-form__title" id={`${idPrefix}-title`}>{textIn(form.title, lang)}</h2>
            {description && <p className="kf-form__description">{description}</p>}
          </header>
        )}
        {!readonly && hasRequired && <p className="kf-form__legend">{msg('requiredLegend', lang)}</p>}
        {!readonly && onChange && carriedFrom && (
          <CarriedNotice origins={carriedFrom} carried={Object.keys(carried)} data={data ?? EMPTY} onChange={onChange} lang={lang} />
        )}
        {summaryShown && <ErrorSummary form={form} errors={current} onJump={jump} />}
        <JsonForms
          schema={form.schema as JsonSchema}
          uischema={uischema}
          data={data ?? EMPTY}
          renderers={koersRenderers}
          cells={koersCells}
          ajv={ruleAjv}
          config={CONFIG}
          i18n={i18n}
          readonly={readonly}
          validationMode="NoValidation"
          additionalErrors={additionalErrors}
          middleware={keepNewer}
          onChange={({ data: next }) => {
            if (!readonly && onChange && next !== data) onChange(next as JsonObject);
          }}
        />
      </FormStepContext.Provider>
    </section>
  );
}
