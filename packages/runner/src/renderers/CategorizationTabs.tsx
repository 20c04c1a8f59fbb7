import { useMemo, useRef, type KeyboardEvent } from 'react';
import {
  deriveLabelForUISchemaElement,
  isVisible,
  type Categorization,
  type Category,
  type LayoutProps,
} from '@jsonforms/core';
import { JsonFormsDispatch, useJsonForms, withJsonFormsLayoutProps, withTranslateProps, type TranslateProps } from '@jsonforms/react';
import { msg } from '../i18n/messages';
import { categoryOfPath } from '../form/categories';
import { fieldId, useFormStep } from '../form/context';
import { pointerToPath } from '../form/errors';

/**
 * A Categorization as tabs (the WAI-ARIA tabs pattern: arrow keys move between tabs), each tab showing how many
 * of its fields need attention, with "Vorige"/"Volgende" buttons under the panel. Read-only, every category is
 * shown one after the other under its own heading, which also prints well.
 */
export function CategorizationTabs(props: LayoutProps & TranslateProps) {
  const { uischema, schema, path, data, visible, enabled, t } = props;
  const { lang, readonly, idPrefix, errors, category, setCategory } = useFormStep();
  const { core, config } = useJsonForms();
  const all = (uischema as Categorization).elements as Category[];
  const shown = useMemo(
    () => all.map((c, index) => ({ c, index })).filter(({ c }) => !core?.ajv || isVisible(c, data, path, core.ajv, config)),
    [all, data, path, core?.ajv, config],
  );
  const counts = useMemo(() => {
    const perCategory = all.map(() => 0);
    for (const error of errors) {
      const index = categoryOfPath(all, pointerToPath(error.path));
      if (index >= 0) perCategory[index] = (perCategory[index] ?? 0) + 1;
    }
    return perCategory;
  }, [all, errors]);
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);
  if (!visible) return null;

  const base = fieldId(idPrefix, path ? `${path}-tabs` : 'tabs');
  const label = (c: Category) => deriveLabelForUISchemaElement(c, t) ?? '';
  const panel = (c: Category, index: number) => (c.elements ?? []).map((child, i) => (
    <JsonFormsDispatch key={`${index}-${i}`} uischema={child} schema={schema} path={path} enabled={enabled} />
  ));

  if (readonly) {
    return (
      <div className="kf-categories kf-categories--readonly">
        {shown.map(({ c, index }) => (
          <section key={index} className="kf-category" aria-labelledby={`${base}-h${index}`}>
            <h3 className="kf-category__title" id={`${base}-h${index}`}>{label(c)}</h3>
            {panel(c, index)}
          </section>
        ))}
      </div>
    );
  }

  const position = Math.max(0, shown.findIndex(({ index }) => index === category));
  const active = shown[position];
  if (!active) return null;
  const select = (to: number, focus: boolean) => {
    const target = shown[(to + shown.length) % shown.length];
    if (!target) return;
    setCategory(target.index);
    if (focus) tabs.current[target.index]?.focus();
  };
  const onKey = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowRight: position + 1, ArrowLeft: position - 1, Home: 0, End: shown.length - 1 };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    select(to, true);
  };
  const previous = shown[position - 1];
  const next = shown[position + 1];

  return (
    <div className="kf-categories">
      <div className="kf-tabs" role="tablist" aria-label={msg('sections', lang)} onKeyDown={onKey}>
        {shown.map(({ c, index }) => {
          const count = counts[index] ?? 0;
          const selected = index === active.index;
          return (
            <button key={index} type="button" role="tab" id={`${base}-tab${index}`} aria-controls={`${base}-panel`}
              aria-selected={selected} tabIndex={selected ? 0 : -1} className="kf-tab"
              ref={(el) => { tabs.current[index] = el; }} onClick={() => setCategory(index)}>
              {label(c)}
              {count > 0 && (
                <span className="kf-tab__count">
                  <span aria-hidden="true">{count}</span>
                  <span className="kf-sr-only">, {msg('errorsInTab', lang, { count })}</span>
                </span>
              )}
            </button>
          );
        })}
      </div>
      <div className="kf-tabpanel" role="tabpanel" id={`${base}-panel`} aria-labelledby={`${base}-tab${active.index}`}>
        {panel(active.c, active.index)}
      </div>
      {(previous || next) && (
        <div className="kf-pager">
          {previous && (
            <button type="button" className="kf-button kf-button--secondary" onClick={() => select(position - 1, true)}>
              <span aria-hidden="true">← </span>{msg('previous', lang)}: {label(previous.c)}
            </button>
          )}
          {next && (
            <button type="button" className="kf-button kf-button--secondary kf-pager__next" onClick={() => select(position + 1, true)}>
              {msg('next', lang)}: {label(next.c)}<span aria-hidden="true"> →</span>
            </button>
          )}
        </div>
      )}
    </div>
  );
}

export const CategorizationTabsRenderer = withJsonFormsLayoutProps(withTranslateProps(CategorizationTabs));
