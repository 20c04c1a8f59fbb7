import type { BundleChange, ChangeSubject, Lang } from '@koers/engine';

const GROUPS: Array<{ subjects: ChangeSubject[]; title: { nl: string; en: string } }> = [
  { subjects: ['type', 'role'], title: { nl: 'Trajectsoort en rollen', en: 'Trajectory type and roles' } },
  { subjects: ['step', 'event'], title: { nl: 'Stappen en gebeurtenissen', en: 'Steps and events' } },
  { subjects: ['form', 'field'], title: { nl: 'Formulieren en velden', en: 'Forms and fields' } },
];
const MARK = { added: '+', removed: '−', changed: '~' } as const;

/** Changes between two versions, grouped (type, steps, forms), each a sentence marked added, removed or changed. */
export function ChangeList({ changes, lang }: { changes: readonly BundleChange[]; lang: Lang }) {
  return (
    <div className="change-list">
      {GROUPS.map((group) => {
        const mine = changes.filter((c) => group.subjects.includes(c.subject));
        if (mine.length === 0) return null;
        return (
          <section key={group.title.nl}>
            <h3>{group.title[lang]} ({mine.length})</h3>
            <ul>
              {mine.map((change, i) => (
                <li key={i} className={`change-list__item change-list__item--${change.change}`}>
                  <span aria-hidden="true" className="change-list__mark">{MARK[change.change]}</span> {change.description[lang]}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
