import {
  type CompiledDefinition, type Localized, type TrajectorySnapshot, asksFirst, eventConsequences, isExpected, isOnceOnly,
} from '@koers/engine';
import { Unprocessable } from '../errors';
import { stepRef } from './labels';

/** What the page asks before an event is sent (issue 14): the author's text, what will happen, and whether a reason is asked. */
export interface Confirmation {
  text?: Localized;
  consequences: Localized[];
  reason?: 'required' | 'optional';
}

/** A consequence that follows only from some answers. */
const maybe = (s: Localized): Localized => ({
  nl: `Afhankelijk van de antwoorden: ${s.nl.charAt(0).toLowerCase()}${s.nl.slice(1)}`,
  en: `Depending on the answers: ${s.en.charAt(0).toLowerCase()}${s.en.slice(1)}`,
});

const amountText = (n: number) => ({ nl: String(n).replace('.', ','), en: String(n) });

/**
 * The confirmation an event asks for when sent in these active steps, with what will happen in words; undefined
 * for an event that is sent at once (see `asksFirst`).
 */
export function confirmationOf(def: CompiledDefinition, activeSteps: readonly string[], type: string, withForm: boolean): Confirmation | undefined {
  const c = eventConsequences(def, activeSteps, type);
  if (!asksFirst(c, withForm)) return undefined;
  const out: Localized[] = [];
  for (const b of c.budgets) {
    const spec = def.definition.budgets?.[b.budget];
    const title = spec?.title ?? { nl: b.budget, en: b.budget };
    const unit = spec?.unit ?? { nl: '', en: '' };
    const amount = b.amount === undefined ? undefined : amountText(b.amount);
    const sentence: Localized = b.change === 'extend'
      ? amount
        ? { nl: `"${title.nl}" wordt met ${amount.nl} ${unit.nl} verhoogd.`, en: `"${title.en}" is raised by ${amount.en} ${unit.en}.` }
        : { nl: `"${title.nl}" wordt verhoogd.`, en: `"${title.en}" is raised.` }
      : amount
        ? { nl: `Er gaat ${amount.nl} ${unit.nl} af van "${title.nl}".`, en: `${amount.en} ${unit.en} are taken from "${title.en}".` }
        : { nl: `De ingevulde ${unit.nl} gaan af van "${title.nl}".`, en: `The ${unit.en} filled in are taken from "${title.en}".` };
    out.push(b.certain ? sentence : maybe(sentence));
  }
  for (const counter of c.counters) {
    const title = def.definition.counters?.[counter]?.title ?? { nl: counter, en: counter };
    out.push({ nl: `"${title.nl}" telt één op.`, en: `"${title.en}" goes up by one.` });
  }
  const closing = (path: string) => def.index.states.get(path)?.kind === 'final' && def.index.states.get(path)?.parent === '';
  const next = c.targets.filter((path) => !activeSteps.includes(path) && !closing(path)).map((path) => stepRef(def, path).title);
  const closes = { nl: 'Het traject wordt afgesloten.', en: 'The trajectory is closed.' };
  if (c.ends === 'always') out.push(closes);
  else if (next.length > 0) {
    out.push({
      nl: `Het traject gaat naar ${next.map((t) => `"${t.nl}"`).join(' of ')}.`,
      en: `The trajectory moves on to ${next.map((t) => `"${t.en}"`).join(' or ')}.`,
    });
  }
  if (c.ends === 'maybe') out.push(maybe(closes));
  out.push({ nl: 'Dit kunt u daarna niet ongedaan maken.', en: 'You cannot undo this afterwards.' });
  return { ...(c.confirm ? { text: c.confirm } : {}), consequences: out, ...(c.reason ? { reason: c.reason } : {}) };
}

/** How the page shows an event: whether the step waits for it, and what it asks first. */
export function eventPresentation(def: CompiledDefinition, activeSteps: readonly string[], type: string, withForm: boolean) {
  const confirm = confirmationOf(def, activeSteps, type, withForm);
  return { expected: isExpected(def, activeSteps, type), ...(confirm ? { confirm } : {}) };
}

/** A blocked event that can never pass again (see `isOnceOnly`): the page leaves it out. */
export function usedUp(def: CompiledDefinition, snapshot: TrajectorySnapshot, activeSteps: readonly string[], type: string, blocked: boolean): boolean {
  return blocked && snapshot.status === 'active' && isOnceOnly(def, activeSteps, type);
}

/**
 * The reason sent with an event, checked against what the event asks (`meta.events.<E>.reason`): trimmed, required
 * where the definition says so, refused for an event that asks none. Nothing is written on a refusal (422).
 */
export function checkedReason(def: CompiledDefinition, activeSteps: readonly string[], type: string, reason: string | undefined): string | null {
  const asked = eventConsequences(def, activeSteps, type).reason;
  const text = reason?.trim() ?? '';
  if (asked === 'required' && text === '') {
    const message = { nl: 'Geef een reden op: deze stap vraagt waarom.', en: 'Give a reason: this step asks why.' };
    throw new Unprocessable(message, [{ path: '/reason', message }], '/reason');
  }
  if (asked === undefined && text !== '') {
    const message = { nl: 'Deze gebeurtenis vraagt geen reden; laat "reason" weg.', en: 'This event asks for no reason; leave "reason" out.' };
    throw new Unprocessable(message, [{ path: '/reason', message }], '/reason');
  }
  return text === '' ? null : text;
}
