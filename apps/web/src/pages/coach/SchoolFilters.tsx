import { textIn } from '@koers/engine';
import { useLang } from '../../i18n/lang';
import { csvDialect, downloadCsv, toCsv } from './csv';
import { schoolsCsv } from './export';
import type { Filter } from './rows';
import type { Overview, SchoolRow } from './types';
import { coachText } from './texts';

/** The search box, the version (when schools run on more than one), the "only overdue" and "only with open flags" switches, the step filter from the bars, the count and the CSV export. */
export function SchoolFilters({ data, filter, onFilter, shown, more }: {
  data: Overview; filter: Filter; onFilter: (filter: Filter) => void; shown: readonly SchoolRow[];
  /** When the server holds more schools than are loaded: how many, and how to load the next page. */
  more?: { loaded: number; total: number; loading: boolean; failed: boolean; load: () => void } | undefined;
}) {
  const { appText, lang } = useLang();
  const step = filter.step ? data.steps.find((s) => s.path === filter.step) : undefined;
  const exportCsv = () => {
    const day = data.at.slice(0, 10);
    downloadCsv(`${data.type.id}-overzicht-${day}.csv`, toCsv(schoolsCsv(shown, lang), csvDialect(lang)));
  };
  return (
    <div className="schools__filters">
      <SearchAndSwitches id="schools-search" filter={filter} onFilter={onFilter} />
      {data.versions.length > 1 && (
        <div className="schools__search">
          <label htmlFor="schools-version">{coachText('versionFilter', lang)}</label>
          <select id="schools-version" value={filter.version ?? ''}
            onChange={(e) => onFilter({ ...filter, version: e.target.value === '' ? undefined : Number(e.target.value) })}>
            <option value="">{coachText('allVersions', lang, { n: data.versions.reduce((n, v) => n + v.active, 0) })}</option>
            {data.versions.map((v) => <option key={v.version} value={v.version}>{coachText('oneVersion', lang, { version: v.version, n: v.active })}</option>)}
          </select>
        </div>
      )}
      {step && (
        <p className="schools__chip">
          {appText('filteredOnStep', { step: textIn(step.title, lang) })}
          <button type="button" className="button button--secondary coach-small" onClick={() => onFilter({ ...filter, step: undefined })}>
            {appText('clearStepFilter')}
          </button>
        </p>
      )}
      <p className="schools__count" role="status">{appText('shownOf', { shown: shown.length, total: data.schools.length })}</p>
      <button type="button" className="button coach-small" onClick={exportCsv}>{appText('exportCsv')}</button>
      {more && (
        <p className="schools__more">
          <span>{appText('schoolsLoaded', { n: more.loaded, total: more.total })}</span>{' '}
          <button type="button" className="button button--secondary coach-small" disabled={more.loading} onClick={more.load}>
            {appText('loadMoreSchools')}
          </button>
          {more.failed && <span role="alert"> {appText('moreSchoolsFailed')}</span>}
        </p>
      )}
    </div>
  );
}

/** The search box and the "only overdue" and "only with open flags" switches, of a type's table and of the matrix. */
export function SearchAndSwitches({ id, filter, onFilter }: { id: string; filter: Filter; onFilter: (filter: Filter) => void }) {
  const { appText } = useLang();
  return (
    <>
      <div className="schools__search">
        <label htmlFor={id}>{appText('filterText')}</label>
        <input id={id} type="search" value={filter.text} onChange={(e) => onFilter({ ...filter, text: e.target.value })} />
      </div>
      <label className="schools__check">
        <input type="checkbox" checked={filter.onlyOverdue} onChange={(e) => onFilter({ ...filter, onlyOverdue: e.target.checked })} />
        {appText('onlyOverdue')}
      </label>
      <label className="schools__check">
        <input type="checkbox" checked={filter.onlyFlagged === true} onChange={(e) => onFilter({ ...filter, onlyFlagged: e.target.checked })} />
        {appText('onlyFlagged')}
      </label>
    </>
  );
}
