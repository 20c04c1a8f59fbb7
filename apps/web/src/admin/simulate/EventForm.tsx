import { useMemo, useState } from 'react';
import { type EventView, type JsonObject, type Lang, getAtPointer, leafPaths, prefillFor, textIn } from '@koers/engine';
import { FormStep } from '@koers/runner';
import { type SimCommand, type Simulation, clockOf, snapshotOf } from '../model/simulate';
import { simulationFacts } from '../model/simulate-facts';
import { carriedOrigins, formErrors, formExamples } from '../model/simulate-form';
import { simText } from './texts';

/**
 * The form an event carries, filled in with the participants' own runner and checked as the server checks it
 * (the form's schema and the event's required fields); "vul het voorbeeld in" takes the form's example answers.
 * Sending hands the answers to the engine, which also judges the guards; a refusal shows above.
 */
export function EventForm({ sim, event, dispatch, drafts, onSent, lang }: {
  sim: Simulation; event: EventView & { form: string }; dispatch: (c: SimCommand) => Simulation;
  drafts: Map<string, JsonObject>; onSent: () => void; lang: Lang;
}) {
  const compiled = sim.compiled;
  const form = compiled.forms.get(event.form)?.definition;
  // As on the participant's page: a form nobody started begins with the answers that carry over (`meta.prefill`).
  const prefill = useMemo(() => {
    const snapshot = snapshotOf(sim);
    if (snapshot.context.forms[event.form]) return undefined;
    return prefillFor(compiled, snapshot, leafPaths(snapshot.value), event.form, simulationFacts(compiled), clockOf(sim));
  }, [sim, compiled, event.form]);
  const [data, setData] = useState<JsonObject>(() => drafts.get(event.form) ?? structuredClone(snapshotOf(sim).context.forms[event.form] ?? prefill?.data ?? {}));
  const carried = useMemo(() => Object.fromEntries(Object.entries(prefill?.sources ?? {})
    .filter(([p]) => JSON.stringify(getAtPointer(data, p)) === JSON.stringify(getAtPointer(prefill!.data, p)))), [prefill, data]);
  const origins = useMemo(() => carriedOrigins(sim, prefill), [sim, prefill]);
  // Messages wait for the first try, as on the participant pages: an empty form is not yet wrong.
  const [tried, setTried] = useState(false);
  // Each refused send moves the focus to the list of problems, as on the participant's page.
  const [refusals, setRefusals] = useState(0);
  const live = useMemo(() => formErrors(compiled, event.form, data, event.requiredFields), [compiled, event, data]);
  const refused = sim.refusal?.event === event.type ? sim.refusal.fields : [];
  const errors = tried ? (live.length > 0 ? live : refused) : [];
  const examples = useMemo(() => formExamples(compiled, event.form), [compiled, event.form]);
  if (!form) return null;

  const change = (next: JsonObject) => {
    setData(next);
    drafts.set(event.form, next);
  };
  const submit = () => {
    setTried(true);
    const before = sim.entries.length;
    const after = dispatch({ type: 'send', event: event.type, data });
    if (after.entries.length > before) {
      drafts.delete(event.form);
      onSent();
    } else setRefusals((n) => n + 1);
  };
  const description = textIn(form.description, lang);
  const status = live.length === 0 ? simText('formValid', lang) : simText(live.length === 1 ? 'formProblemOne' : 'formProblems', lang, { count: live.length });
  return (
    <div className="sim-form">
      <div className="sim-form__tools" role="group" aria-label={textIn(form.title, lang)}>
        {examples.map((example, i) => (
          <button key={i} type="button" className="button button--secondary sim-button" onClick={() => change(example)}>
            {examples.length === 1 ? simText('fillExample', lang) : simText('fillExampleN', lang, { n: i + 1 })}
          </button>
        ))}
        <button type="button" className="button button--secondary sim-button" onClick={() => change({})}>{simText('clear', lang)}</button>
        <p className={`sim-form__status${live.length === 0 ? ' sim-form__status--ok' : ''}`} role="status">{status}</p>
      </div>
      {description && <p className="sim-form__description">{description}</p>}
      <FormStep form={form} data={data} onChange={change} lang={lang} errors={errors} showHeader={false} carried={carried} carriedFrom={origins}
        focusSummary={refusals} />
      <div className="sim-form__send">
        <button type="button" className="button" onClick={submit}>{simText('send', lang, { event: textIn(event.label, lang) })}</button>
      </div>
    </div>
  );
}
