import type { JsonObject, JsonValue, Lang } from '@koers/engine';
import type { Bundle } from '../model/bundle';
import { setInDefinition } from '../model/edit';
import { addDeclaration, declared, deleteDeclaration, usesOf, type DeclarationKind } from '../model/declarations';
import { STATE_KEY } from '../model/states';
import { LocalizedField } from './fields';
import { localizedOf } from './localized';
import { NewKey } from './NewKey';
import { NumberField } from './NumberField';
import { typeText } from './type-texts';
import { VariableDefault } from './VariableDefault';

type Kind = Exclude<DeclarationKind, 'roles'>;

/** What a new declaration of each kind starts with. */
const FIRST: Record<Kind, (key: string) => JsonObject> = {
  budgets: (key) => ({ title: { nl: key, en: key }, unit: { nl: 'uur', en: 'hours' }, limit: 10 }),
  counters: (key) => ({ title: { nl: key, en: key } }),
  variables: (key) => ({ title: { nl: key, en: key } }),
  dates: (key) => ({ title: { nl: key, en: key } }),
};

/** One table of declarations (budgets, counters, variables or dates), each edited in place; delete when unused. */
export function DeclarationsEditor({ kind, bundle, onChange, lang }: { kind: Kind; bundle: Bundle; onChange: (next: Bundle) => void; lang: Lang }) {
  const t = (key: Parameters<typeof typeText>[0], vars?: Record<string, string | number>) => typeText(key, lang, vars);
  const table = (bundle.definition[kind] ?? {}) as JsonObject;
  const set = (key: string, keys: string[], value: JsonValue | undefined) => onChange(setInDefinition(bundle, [kind, key, ...keys], value));
  const problem = (key: string) => (!STATE_KEY.test(key) ? { nl: typeText('keyRule', 'nl'), en: typeText('keyRule', 'en') }
    : declared(bundle, kind).includes(key) ? { nl: typeText('keyTaken', 'nl', { key }), en: typeText('keyTaken', 'en', { key }) } : undefined);
  return (
    <section className="process-decl" aria-labelledby={`process-${kind}`}>
      <h3 id={`process-${kind}`}>{t(kind)}</h3>
      {Object.entries(table).map(([key, raw]) => {
        const item = (raw ?? {}) as JsonObject;
        const uses = usesOf(bundle, kind, key).length;
        return (
          <details key={key} className="process-decl__item">
            <summary>{localizedOf(item.title)[lang] || key} <code>{key}</code></summary>
            <LocalizedField label={t('title')} value={localizedOf(item.title)} onChange={(l, v) => set(key, ['title', l], v)} />
            {kind === 'budgets' && (
              <>
                <LocalizedField label={t('unit')} value={localizedOf(item.unit)} onChange={(l, v) => set(key, ['unit', l], v)} />
                <NumberField label={t('limit')} value={item.limit} onChange={(n) => set(key, ['limit'], n)} />
              </>
            )}
            {kind === 'counters' && <NumberField label={t('max')} value={item.max} onChange={(n) => set(key, ['max'], n)} />}
            {kind === 'variables' && <VariableDefault value={item.default} lang={lang} onChange={(v) => set(key, ['default'], v)} />}
            <button type="button" className="button button--secondary" disabled={uses > 0} onClick={() => onChange(deleteDeclaration(bundle, kind, key))}>
              {t('remove', { key })}
            </button>
            {uses > 0 && <p className="process-muted">{t('usedBy', { n: uses })}</p>}
          </details>
        );
      })}
      <NewKey what={t('key')} lang={lang} problem={problem} onAdd={(key) => onChange(addDeclaration(bundle, kind, key, FIRST[kind](key)))} />
    </section>
  );
}
