import type { CompiledDefinition, Lang, StateInfo, TransitionInfo } from '@koers/engine';
import { type FormDefinition, conditionPhrase, describeGuard, durationText, fieldLabel, formAccessOf, formTitle, refList, textIn } from '@koers/engine';
import { describeAction } from '../actions';
import { word } from '../words';
import { momentText } from '../time';
import { formFields } from './form-fields';
import { code, escapeMarkdown, table } from './table';
import { DOC_TEXT } from './words';

const childPath = (info: StateInfo, key: string) => (info.path === '' ? key : `${info.path}.${key}`);

/** A step's title in Markdown-safe text. */
export function stepTitle(def: CompiledDefinition, path: string, lang: Lang): string {
  const info = def.index.states.get(path);
  return escapeMarkdown(textIn(info?.config.meta?.title, lang) || info?.key || path);
}

/** The facts line under a step's heading (id, roles, duration, kind) and its entry/exit actions. */
export function stepFacts(def: CompiledDefinition, info: StateInfo, lang: Lang): string {
  const nl = lang === 'nl';
  const meta = info.config.meta;
  const title = (key: string) => stepTitle(def, childPath(info, key), lang);
  const facts = [`${DOC_TEXT.step[lang]} ${code(info.path)}`];
  if (meta?.roles?.length) facts.push(`${DOC_TEXT.waitsFor[lang]}: ${meta.roles.map((r) => escapeMarkdown(textIn(def.definition.roles[r]?.title, lang) || r)).join(', ')}`);
  if (meta?.expectedDuration) facts.push(`${DOC_TEXT.duration[lang]}: ${durationText(meta.expectedDuration, lang)} (${code(meta.expectedDuration)})`);
  if (meta?.deadline) facts.push(`${DOC_TEXT.deadline[lang]}: ${escapeMarkdown(momentText(meta.deadline, def, lang))}`);
  if (info.kind === 'final') {
    const parent = info.parent ? stepTitle(def, info.parent, lang) : '';
    facts.push(info.parent ? (nl ? `eindstap van ${parent}` : `final step of ${parent}`) : (nl ? 'eindstap: hier is het traject afgerond' : 'final step: the trajectory ends here'));
  }
  if (info.kind === 'compound' && info.config.initial) facts.push(nl ? `samengestelde stap, begint bij ${title(info.config.initial)}` : `compound step, starts at ${title(info.config.initial)}`);
  if (info.kind === 'parallel') facts.push(nl ? `parallel: ${info.children.map(title).join(' en ')} lopen tegelijk` : `parallel: ${info.children.map(title).join(' and ')} run at the same time`);
  if (info.kind === 'atomic' && info.config.always && Object.keys(info.config.on ?? {}).length === 0) facts.push(nl ? 'automatische keuze: gaat meteen door' : 'automatic choice: moves on at once');
  const lines = [`*${facts.join(' · ')}*`];
  const entry = refList(info.config.entry).map((a) => escapeMarkdown(describeAction(a, { def, lang })));
  const exit = refList(info.config.exit).map((a) => escapeMarkdown(describeAction(a, { def, lang })));
  if (entry.length > 0) lines.push(`${DOC_TEXT.onEntry[lang]}: ${entry.join('; ')}.`);
  if (exit.length > 0) lines.push(`${DOC_TEXT.onExit[lang]}: ${exit.join('; ')}.`);
  return lines.join('\n\n');
}

/** The forms a step shows plus the forms its events carry, each once. */
export function stepForms(info: StateInfo): string[] {
  const events = Object.values(info.config.meta?.events ?? {}).flatMap((e) => (e.form ? [e.form] : []));
  return [...new Set([...(info.config.meta?.forms ?? []), ...events])];
}

/** A form's title, description and a table of its fields. */
export function formBlock(def: CompiledDefinition, formId: string, lang: Lang): string {
  const form = def.forms.get(formId)?.definition;
  const heading = `**${DOC_TEXT.form[lang]}: ${escapeMarkdown(formTitle(def, formId, lang))}** (${code(formId)})`;
  if (!form) return heading;
  const description = escapeMarkdown(textIn(form.description, lang));
  const rows = formFields(form, lang).map((f) => [
    code(f.pointer), escapeMarkdown(f.description ? `${f.label} — ${f.description}` : f.label), f.type,
    f.required ? word('yes', lang) : word('no', lang), escapeMarkdown(f.constraints.join('; ')),
  ]);
  return [heading, ...(description ? ['', description] : []), ...readersLines(def, formId, lang), '',
    table([DOC_TEXT.field[lang], DOC_TEXT.label[lang], DOC_TEXT.type[lang], DOC_TEXT.required[lang], DOC_TEXT.rulesCol[lang]], rows),
    ...checksBlock(form, lang)].join('\n');
}

/** A form's checks across fields (`rules`): each message, where it shows, and whether it refuses or flags. */
function checksBlock(form: FormDefinition, lang: Lang): string[] {
  if (!form.rules?.length) return [];
  const lines = form.rules.map((rule) => {
    const where = rule.items ? `${rule.items}/*${rule.path}` : rule.path;
    const severity = rule.severity === 'warning' ? DOC_TEXT.checkWarning[lang] : DOC_TEXT.checkError[lang];
    return `- ${escapeMarkdown(textIn(rule.message, lang))} (${severity}; ${escapeMarkdown(fieldLabel(form, where, lang))}, ${code(rule.id)})`;
  });
  return ['', `**${DOC_TEXT.checks[lang]}**`, '', ...lines];
}

/** The events of a step as a table (who may, which form, required fields, result), then automatic and on-done transitions. */
export function transitionsBlock(def: CompiledDefinition, info: StateInfo, lang: Lang): string {
  const own = def.index.transitions.filter((tr) => tr.source === info.path);
  const parts: string[] = [];
  const events = Object.entries(info.config.meta?.events ?? {});
  if (events.length > 0) {
    const rows = events.map(([type, spec]) => {
      const form = spec.form ? def.forms.get(spec.form)?.definition : undefined;
      const required = (spec.requiredFields ?? []).map((p) => `${escapeMarkdown(fieldLabel(form, p, lang))} (${code(p)})`).join(', ');
      const results = resultLines(def, own.filter((tr) => tr.kind === 'event' && tr.event === type), lang, spec.form);
      return [`${escapeMarkdown(textIn(spec.label, lang))} (${code(type)})`, spec.roles.map((r) => escapeMarkdown(textIn(def.definition.roles[r]?.title, lang) || r)).join(', '),
        spec.form ? escapeMarkdown(formTitle(def, spec.form, lang)) : '', required, results.join('<br>')];
    });
    parts.push(`**${DOC_TEXT.actionsHere[lang]}**`, '', table([DOC_TEXT.action[lang], DOC_TEXT.who[lang], DOC_TEXT.form[lang], DOC_TEXT.requiredFields[lang], DOC_TEXT.result[lang]], rows));
  }
  for (const kind of ['always', 'done'] as const) {
    const list = own.filter((tr) => tr.kind === kind);
    if (list.length === 0) continue;
    const name = kind === 'always' ? word('automatic', lang) : word('whenDone', lang);
    parts.push('', `**${name[0]!.toUpperCase()}${name.slice(1)}**`, '', ...resultLines(def, list, lang).map((l) => `- ${l}`));
  }
  return parts.join('\n').trim();
}

/** One line per alternative: where it goes, under which condition, and what it does. */
export function resultLines(def: CompiledDefinition, list: TransitionInfo[], lang: Lang, eventForm?: string): string[] {
  let guarded = false;
  return list.map((tr) => {
    const where = tr.resolved.length === 0 ? DOC_TEXT.stays[lang] : tr.resolved.map((p) => `→ ${stepTitle(def, p ?? '', lang)}`).join(', ');
    let condition = '';
    if (tr.config.guard !== undefined) {
      condition = `, ${escapeMarkdown(conditionPhrase(tr.config.guard, { def, lang, eventForm }))}`;
      guarded = true;
    } else if (guarded) condition = `, ${word('otherwise', lang)}`;
    const actions = refList(tr.config.actions).map((a) => escapeMarkdown(describeAction(a, { def, lang, eventForm })));
    // Soft rules: the step is taken all the same; the trajectory gets a flag with the message.
    const warnings = (tr.config.warnings ?? []).map((w) =>
      ` (⚠ ${word('warning', lang)} ${escapeMarkdown(describeGuard(w.guard, { def, lang, eventForm }))}: ${escapeMarkdown(textIn(w.message, lang))})`);
    return `${where}${condition}${warnings.join('')}${actions.length > 0 ? ` — ${actions.join('; ')}` : ''}`;
  });
}

/**
 * Who may read a restricted form (`formAccess`), as one line under its heading: "Alleen te lezen door: Directie,
 * Leerkracht; veld `/beoordeling` alleen door Directie." Nothing for a form everyone who sees the trajectory reads.
 */
function readersLines(def: CompiledDefinition, formId: string, lang: Lang): string[] {
  const access = formAccessOf(def.definition, formId);
  if (!access) return [];
  const titles = (roles: readonly string[]) => roles.map((r) => escapeMarkdown(textIn(def.definition.roles[r]?.title, lang) || r)).join(', ');
  const fields = Object.entries(access.fields ?? {}).map(([pointer, roles]) => `${DOC_TEXT.fieldReaders[lang].replace('{field}', code(pointer))} ${titles(roles)}`);
  return ['', `${DOC_TEXT.readers[lang]}: ${[titles(access.read), ...fields].join('; ')}.`];
}
