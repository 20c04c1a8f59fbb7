import type { Categorization, UISchemaElement } from '@jsonforms/core';
import type { FormDefinition } from '@koers/engine';
import { msg } from '../i18n/messages';
import { categoryOfPath } from './categories';
import { fieldId, useFormStep } from './context';
import { fieldLabelParts, pointerToPath, type FormError } from './errors';

interface ErrorSummaryProps {
  form: FormDefinition;
  errors: readonly FormError[];
  /** Called with a field's data path to bring it into view and focus it. */
  onJump: (path: string) => void;
}

/** One line per problem, deduplicated, in the order the fields come. */
export function uniqueErrors(errors: readonly FormError[]): FormError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.path}\u0000${e.message.nl}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The list of problems above the form (the GOV.UK pattern): each names its field and jumps to it, even when the
 * field sits on another tab.
 */
export function ErrorSummary({ form, errors, onJump }: ErrorSummaryProps) {
  const { lang, idPrefix } = useFormStep();
  const list = uniqueErrors(errors);
  if (list.length === 0) return null;
  const titleId = `${idPrefix}-summary-title`;
  return (
    <div className="kf-summary" role="region" aria-labelledby={titleId} tabIndex={-1} id={`${idPrefix}-summary`}>
      <h3 className="kf-summary__title" id={titleId}>
        {list.length === 1 ? msg('errorSummaryOne', lang) : msg('errorSummary', lang, { count: list.length })}
      </h3>
      <ul className="kf-summary__list">
        {list.map((error, i) => (
          <li key={i}>
            {/* A link (not a button) so a long line wraps like text; the jump itself is done in script, since the
                app may use the URL hash for its own routing. */}
            <a className="kf-link" href={`#${fieldId(idPrefix, pointerToPath(error.path))}`}
              onClick={(event) => {
                event.preventDefault();
                onJump(pointerToPath(error.path));
              }}>
              <SummaryLine parts={fieldLabelParts(form, error.path, lang)} message={error.message[lang] || error.message.nl}
                whole={msg('wholeForm', lang)} />
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * "Deelnemers 2 › Naam is verplicht" rather than "Deelnemers 2 › Naam: Naam is verplicht" when the message
 * already starts with the field's label (as the engine's required messages do).
 */
export function summaryText(parts: readonly string[], message: string, whole: string): { label: string; rest: string } {
  const leaf = parts[parts.length - 1];
  if (leaf && message.startsWith(leaf)) {
    const parents = parts.slice(0, -1).join(' › ');
    return { label: parents ? `${parents} › ${leaf}` : leaf, rest: message.slice(leaf.length) };
  }
  return { label: parts.length > 0 ? parts.join(' › ') : whole, rest: `: ${message}` };
}

function SummaryLine({ parts, message, whole }: { parts: string[]; message: string; whole: string }) {
  const { label, rest } = summaryText(parts, message, whole);
  return <><strong>{label}</strong>{rest}</>;
}

/** The tab that shows a path when the form's root is a Categorization, else undefined. */
export function tabForPath(uischema: UISchemaElement | undefined, path: string): number | undefined {
  if (uischema?.type !== 'Categorization') return undefined;
  const index = categoryOfPath((uischema as Categorization).elements, path);
  return index >= 0 ? index : undefined;
}
