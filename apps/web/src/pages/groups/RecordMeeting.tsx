import { useRef, useState, type FormEvent } from 'react';
import { checkAttendance, textIn, type JsonObject, type Localized } from '@koers/engine';
import { FormStep } from '@koers/runner';
import { ApiFailure } from '../../api/client';
import type { GroupView, Present } from '../../api/groups';
import { formDefinition } from '../../api/trajectories';
import { useLang } from '../../i18n/lang';
import { useRecordMeeting } from '../../queries/groups';
import { formatDate, newKey } from '../trajectories/format';
import { PeopleField } from './PeopleField';
import { groupText } from './texts';

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });

/**
 * Records a shared meeting once for the group: its kind, the date, its form (if the kind has one) and who of
 * each member school was there. A school that breaks the kind's attendance rule is named before sending; the
 * server flags it (warning) or refuses the whole recording (error), and its Dutch message is shown as it says.
 */
export function RecordMeeting({ group, roles }: { group: GroupView; roles: Array<{ id: string; title: Localized }> }) {
  const { lang } = useLang();
  const t = (key: Parameters<typeof groupText>[0], vars?: Record<string, string | number>) => groupText(key, lang, vars);
  const kinds = group.meetingKinds;
  const [kind, setKind] = useState(kinds[0]?.kind ?? '');
  const [heldOn, setHeldOn] = useState(today);
  const [data, setData] = useState<JsonObject>({});
  const [present, setPresent] = useState<Record<string, Present[]>>({});
  const [done, setDone] = useState<string | undefined>();
  const record = useRecordMeeting(group.id);
  // One Idempotency-Key per meeting being recorded: sending again after a lost answer records it once; a new one
  // after it was recorded.
  const key = useRef(newKey());
  if (kinds.length === 0 || group.members.length === 0) return null;
  const spec = kinds.find((k) => k.kind === kind) ?? kinds[0]!;
  const form = spec.form ?? undefined;
  const rule = spec.attendance ?? undefined;
  // The engine's own check, the one the server flags with; the rule's roles as ids.
  const engineRule = rule && { ...(rule.min !== null ? { min: rule.min } : {}), roles: rule.roles.map((r) => r.id) };
  const named = (m: { trajectoryId: string }) => (present[m.trajectoryId] ?? []).filter((p) => p.name.trim() !== '');
  // Warn only once attendance is being filled in (an empty form breaks every school's rule).
  const filling = group.members.some((m) => named(m).length > 0);
  const breaking = rule && filling ? group.members.filter((m) => !checkAttendance(engineRule, named(m)).holds) : [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(undefined);
    const attendance = group.members.map((m) => ({
      trajectoryId: m.trajectoryId,
      present: (present[m.trajectoryId] ?? []).map((p) => ({ name: p.name.trim(), role: p.role })).filter((p) => p.name !== ''),
    }));
    record.mutate({ body: { kind: spec.kind, heldOn, ...(form ? { data } : {}), attendance }, key: key.current }, {
      onSuccess: () => {
        key.current = newKey();
        setDone(t('saved', { title: textIn(spec.title, lang), date: formatDate(`${heldOn}T12:00:00Z`, lang), n: group.members.length }));
        setPresent({});
        setData({});
      },
    });
  };
  const error = record.error;
  const problem = !error ? undefined : error instanceof ApiFailure
    ? [textIn(error.error.message, lang), ...(error.error.path ? [`(${error.error.path})`] : [])].join(' ') : String(error);
  return (
    <section className="group__record" aria-labelledby="group-record">
      <h2 id="group-record">{t('record')}</h2>
      <p className="group__muted">{t('recordIntro')}</p>
      <form onSubmit={submit}>
        <div className="group__row">
          <label>
            <span>{t('kind')}</span>
            <select value={spec.kind} onChange={(e) => { setKind(e.target.value); setData({}); }}>
              {kinds.map((k) => <option key={k.kind} value={k.kind}>{textIn(k.title, lang)}</option>)}
            </select>
          </label>
          <label>
            <span>{t('heldOn')}</span>
            <input type="date" required value={heldOn} onChange={(e) => setHeldOn(e.target.value)} />
          </label>
        </div>
        {spec.description && <p className="group__muted">{textIn(spec.description, lang)}</p>}
        {rule && <p className="group__rule">{t('rule', { rule: textIn(rule.text, lang) })}</p>}
        {form && <FormStep form={formDefinition(form)} data={data} onChange={setData} lang={lang} showHeader={false} />}
        <fieldset className="group__attendance">
          <legend>{t('attendance')}</legend>
          {group.members.map((m) => (
            <PeopleField key={m.trajectoryId} school={m.label ? `${m.school.name} (${m.label})` : m.school.name}
              roles={roles} people={present[m.trajectoryId] ?? []} breaks={breaking.includes(m)}
              onChange={(people) => setPresent({ ...present, [m.trajectoryId]: people })} />
          ))}
        </fieldset>
        {rule && breaking.length > 0 && (
          <p className="group__warning" role="status">
            <span aria-hidden="true">⚠ </span>
            {t(rule.severity === 'error' ? 'ruleRefusesBefore' : 'ruleBreaksBefore', { schools: breaking.map((m) => m.school.name).join(', '), rule: textIn(rule.text, lang) })}
          </p>
        )}
        {problem && <p role="alert" className="groups__problem">{problem}</p>}
        {done && <p role="status" className="group__done">{done}</p>}
        <button type="submit" className="button" disabled={record.isPending}>{t('save')}</button>
      </form>
    </section>
  );
}
