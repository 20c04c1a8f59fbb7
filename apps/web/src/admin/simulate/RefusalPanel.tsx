import { type Lang, textIn } from '@koers/engine';
import type { SimCommand, Simulation } from '../model/simulate';
import type { Refusal, RefusalCondition } from '../model/simulate-refusal';
import { roleTitle } from '../model/simulate-paths';
import { simText } from './texts';

const conditionText = (c: RefusalCondition, lang: Lang) => (c.to.length > 0
  ? simText('toStep', lang, { step: c.to.map((t) => t[lang]).join(' + '), condition: c.condition[lang] })
  : simText('stayIf', lang, { condition: c.condition[lang] }));

/** Why the engine refuses an event, in one line: its conditions ("naar Planning als genoeg uren …"), else its message. */
export function refusalReasonText(refusal: Refusal, lang: Lang): string {
  if (refusal.conditions.length > 0) return refusal.conditions.map((c) => conditionText(c, lang)).join(lang === 'nl' ? '; of ' : '; or ');
  return refusal.message[lang];
}

/**
 * The last refusal, in full: the engine's message, each branch with its condition, the roles that may send it
 * (with a way to act as one), the fields in question; and a notice when the draft changed under the simulation.
 */
export function RefusalPanel({ sim, dispatch, lang }: { sim: Simulation; dispatch: (c: SimCommand) => Simulation; lang: Lang }) {
  const { refusal, notice } = sim;
  if (!refusal && !notice) return null;
  const dismiss = (
    <button type="button" className="button button--secondary sim-button" onClick={() => dispatch({ type: 'dismiss' })}>{simText('dismiss', lang)}</button>
  );
  if (notice && !refusal) {
    return <div className="sim-notice" role="status"><p>{notice[lang]}</p>{dismiss}</div>;
  }
  const r = refusal!;
  const roles = (list: string[]) => list.map((role) => roleTitle(sim.compiled, role, lang)).join(', ');
  return (
    <div className="sim-refusal" role="alert">
      <p className="sim-refusal__title">
        <strong>{simText('refused', lang, { event: textIn(r.label, lang) })}</strong> {simText('refusedAs', lang, { roles: roles(r.roles) || '—' })}
      </p>
      <p>{r.message[lang]}</p>
      {r.conditions.length > 0 && (
        <>
          <p>{simText('conditions', lang)}</p>
          <ul>{r.conditions.map((c, i) => <li key={i}>{conditionText(c, lang)}</li>)}</ul>
        </>
      )}
      {r.allowedRoles.length > 0 && (
        <p>
          {simText('allowed', lang, { roles: roles(r.allowedRoles) })}{' '}
          {r.allowedRoles.map((role) => (
            <button key={role} type="button" className="sim-link" onClick={() => dispatch({ type: 'roles', roles: [role] })}>
              {simText('switchTo', lang, { role: roleTitle(sim.compiled, role, lang) })}
            </button>
          ))}
        </p>
      )}
      {r.fields.length > 0 && <ul className="sim-refusal__fields">{r.fields.map((f, i) => <li key={i}><code>{f.path}</code> {f.message[lang]}</li>)}</ul>}
      {dismiss}
    </div>
  );
}
