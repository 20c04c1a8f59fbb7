import { textIn, type Localized } from '@koers/engine';
import type { Present } from '../../api/groups';
import { useLang } from '../../i18n/lang';
import { groupText } from './texts';

/** Who of one school was at the meeting: a name and a role per person, added and removed one by one. */
export function PeopleField({ school, roles, people, breaks, onChange }: {
  school: string; roles: Array<{ id: string; title: Localized }>; people: Present[]; breaks: boolean;
  onChange: (people: Present[]) => void;
}) {
  const { lang } = useLang();
  const t = (key: Parameters<typeof groupText>[0], vars?: Record<string, string | number>) => groupText(key, lang, vars);
  const set = (i: number, next: Partial<Present>) => onChange(people.map((p, j) => (j === i ? { ...p, ...next } : p)));
  return (
    <fieldset className={breaks ? 'group__school group__school--breaks' : 'group__school'}>
      <legend>{school}{breaks && <span className="group__breaks"> · <span aria-hidden="true">⚠ </span>{t('breaks')}</span>}</legend>
      {people.map((person, i) => (
        <div key={i} className="group__person" role="group" aria-label={t('personN', { n: i + 1, school })}>
          <label>
            <span>{t('person')}</span>
            <input value={person.name} required maxLength={200} onChange={(e) => set(i, { name: e.target.value })} />
          </label>
          <label>
            <span>{t('role')}</span>
            <select value={person.role} required onChange={(e) => set(i, { role: e.target.value })}>
              <option value="">–</option>
              {roles.map((r) => <option key={r.id} value={r.id}>{textIn(r.title, lang)}</option>)}
            </select>
          </label>
          <button type="button" className="button button--secondary" aria-label={t('removePersonLabel', { name: person.name || String(i + 1) })}
            onClick={() => onChange(people.filter((_, j) => j !== i))}>{t('removePerson')}</button>
        </div>
      ))}
      <button type="button" className="button button--secondary" aria-label={t('addPersonAt', { school })}
        onClick={() => onChange([...people, { name: '', role: '' }])}>{t('addPerson')}</button>
    </fieldset>
  );
}
