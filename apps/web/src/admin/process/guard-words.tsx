import { useId } from 'react';
import type { JsonValue, Lang } from '@koers/engine';
import { tt } from './transition-text';

const isObject = (v: JsonValue | undefined): v is { [key: string]: JsonValue } => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A guard's `description` (format §3): the condition in the author's words, Dutch and English, which diagrams,
 * the documentation and the simulator show instead of the worked-out rule. Both empty removes it.
 */
export function GuardWords({ guard, lang, onChange }: { guard: JsonValue | undefined; lang: Lang; onChange: (next: JsonValue) => void }) {
  const id = useId();
  if (!isObject(guard)) return null;
  const description = isObject(guard.description) ? guard.description : {};
  const text = (l: Lang) => (typeof description[l] === 'string' ? description[l] : '');
  const set = (l: Lang, value: string) => {
    const next = { nl: text('nl'), en: text('en'), [l]: value };
    const { description: _old, ...rest } = guard;
    onChange(next.nl === '' && next.en === '' ? rest : { ...rest, description: next });
  };
  return (
    <div className="tr-words">
      {(['nl', 'en'] as const).map((l) => (
        <div key={l} className="tr-field">
          <label htmlFor={`${id}-${l}`}>{tt(l === 'nl' ? 'ownWords' : 'ownWordsEn', lang)}</label>
          <input id={`${id}-${l}`} lang={l} value={text(l)} onChange={(e) => set(l, e.target.value)} />
        </div>
      ))}
    </div>
  );
}
