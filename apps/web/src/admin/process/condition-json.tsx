import { useEffect, useId, useState } from 'react';
import { checkExpression, type JsonValue, type Lang } from '@koers/engine';
import { tt } from './transition-text';

/**
 * JSON Logic edited as text: every change that is valid JSON and passes the engine's `checkExpression` is applied
 * at once; otherwise the text stays here with the reason, and the definition keeps its last good expression.
 */
export function ExpressionText({ value, onChange, label, lang }: {
  value: JsonValue;
  onChange: (next: JsonValue) => void;
  label: string;
  lang: Lang;
}) {
  const id = useId();
  // Compact: a short expression reads on one line; the text area wraps a longer one.
  const written = JSON.stringify(value);
  const [text, setText] = useState(written);
  const [error, setError] = useState<string | undefined>();
  // A change from elsewhere (undo, another tab) replaces the text unless it already says the same.
  useEffect(() => {
    setText((current) => {
      try {
        return JSON.stringify(JSON.parse(current)) === JSON.stringify(value) ? current : written;
      } catch {
        return written;
      }
    });
  }, [written, value]);

  const edit = (next: string) => {
    setText(next);
    let parsed: JsonValue;
    try {
      parsed = JSON.parse(next) as JsonValue;
    } catch (e) {
      setError(`${tt('jsonInvalid', lang)}: ${(e as Error).message}`);
      return;
    }
    const problems = checkExpression(parsed);
    if (problems.length > 0) {
      setError(problems.map((p) => `${p.pointer || '/'}: ${p.message[lang]}`).join('; '));
      return;
    }
    setError(undefined);
    onChange(parsed);
  };

  return (
    <div className="tr-field tr-json">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        value={text}
        spellCheck={false}
        rows={Math.min(10, Math.max(2, Math.ceil(text.length / 45) + text.split('\n').length - 1))}
        aria-invalid={error !== undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => edit(e.target.value)}
      />
      {error && <p className="tr-error" id={`${id}-error`} role="alert">{error}</p>}
    </div>
  );
}
