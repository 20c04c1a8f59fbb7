import { useId } from 'react';
import type { Lang } from '@koers/engine';
import type { Bundle } from '../model/bundle';
import { getIn, setInDefinition } from '../model/edit';
import { timeText } from './time-texts';

/**
 * The type's rule for a due date in a school holiday (`calendar.holidayDue`): moved to the first school day
 * after it (the default, written by leaving the key out) or left as it is (`keep`).
 */
export function HolidayDueField({ bundle, onChange, lang }: { bundle: Bundle; onChange: (b: Bundle) => void; lang: Lang }) {
  const id = useId();
  const value = getIn(bundle.definition, ['calendar', 'holidayDue']);
  const set = (next: string) => {
    const written = setInDefinition(bundle, ['calendar', 'holidayDue'], next === 'keep' ? 'keep' : next === 'next-school-day' && value === 'next-school-day' ? value : undefined);
    const calendar = getIn(written.definition, ['calendar']);
    // An emptied calendar object goes away, as the other declarations do.
    onChange(calendar && typeof calendar === 'object' && Object.keys(calendar).length === 0 ? setInDefinition(written, ['calendar'], undefined) : written);
  };
  return (
    <section className="process-decl" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{timeText('calendar', lang)}</h3>
      <div className="process-field">
        <label htmlFor={id}>{timeText('holidayDue', lang)}</label>
        <select id={id} value={value === 'keep' ? 'keep' : 'next-school-day'} onChange={(e) => set(e.target.value)}>
          <option value="next-school-day">{timeText('holidayNext', lang)}</option>
          <option value="keep">{timeText('holidayKeep', lang)}</option>
        </select>
        <p className="process-muted">{timeText('holidayHelp', lang)}</p>
      </div>
    </section>
  );
}
