import { type JsonObject, type Lang, textIn } from '@koers/engine';
import { schemaValue, setSchemaValue } from '../model/form-field-edit';
import { CheckField } from './inputs';

const T = {
  label: { nl: 'Afspraak in de agenda', en: 'Meeting in the calendar' },
  hint: {
    nl: 'Ingevuld komt deze datum als afspraak op de trajectpagina ("Zet in agenda") en in de agendafeeds. Een eigen titel, duur of tijdveld (meeting.title, duration, time) zet u in het JSON-tabblad.',
    en: 'Once filled in, this date is a meeting on the trajectory page ("Add to calendar") and in the calendar feeds. Set an own title, duration or time field (meeting.title, duration, time) in the JSON tab.',
  },
};

/**
 * Whether a date field is a meeting (`"meeting"` in its schema, docs/definition-format.md "Afspraken in de
 * agenda"). Switching it on writes `true`; off removes the keyword with whatever title or duration it had.
 */
export function MeetingToggle({ form, pointer, onChange, lang }: { form: JsonObject; pointer: string; onChange: (form: JsonObject) => void; lang: Lang }) {
  const value = schemaValue(form, pointer, 'meeting');
  return (
    <div className="fb-meeting">
      <CheckField label={textIn(T.label, lang)} checked={value !== undefined && value !== false}
        onChange={(on) => onChange(setSchemaValue(form, pointer, 'meeting', on ? (value !== undefined && value !== false ? value : true) : undefined))} />
      <p className="fb-muted">{textIn(T.hint, lang)}</p>
    </div>
  );
}
