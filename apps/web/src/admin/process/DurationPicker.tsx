import { useId } from 'react';
import type { Lang } from '@koers/engine';
import { parseDuration } from '../model/duration';
import { DurationInput } from './DurationInput';
import { processText } from './texts';

/**
 * The expected duration as a number and a unit (dagen, weken, maanden, jaren), written as ISO 8601. A value the
 * picker cannot show (`PT24H`) is named as it is and stays until the admin sets another.
 */
export function DurationPicker({ value, onChange, lang }: { value: string | undefined; onChange: (iso: string | undefined) => void; lang: Lang }) {
  const id = useId();
  const picked = value === undefined ? undefined : parseDuration(value);
  return (
    <fieldset className="process-field process-duration">
      <legend>{processText('duration', lang)}</legend>
      <div className="process-duration__row">
        <DurationInput id={id} value={value} onChange={onChange} lang={lang} placeholder={processText('durationNone', lang)} />
        {value !== undefined && (
          <button type="button" className="button button--secondary" onClick={() => onChange(undefined)}>{processText('durationRemove', lang)}</button>
        )}
      </div>
      <p className="process-muted">{value !== undefined && picked ? `${value} · ` : ''}{processText('durationHelp', lang)}</p>
    </fieldset>
  );
}
