import type { AttendanceRule, CompiledDefinition, Lang, StateInfo } from '@koers/engine';
import { textIn } from '@koers/engine';
import { resultLines } from './step';
import { code, escapeMarkdown } from './table';

const WORDS = {
  heading: { nl: 'Groepen', en: 'Groups' },
  size: { nl: 'Grootte', en: 'Size' },
  schools: { nl: 'scholen', en: 'schools' },
  atMost: { nl: 'hoogstens', en: 'at most' },
  atLeast: { nl: 'minstens', en: 'at least' },
  leads: { nl: 'Vormen en begeleiden', en: 'Formed and led by' },
  admins: { nl: 'beheerders', en: 'administrators' },
  perYear: { nl: 'Groepen per programmajaar', en: 'Groups per programme year' },
  join: { nl: 'Indelen', en: 'Placing' },
  joinText: { nl: 'kan zolang het traject in de stap staat', en: 'possible while the trajectory is in the step' },
  sends: { nl: 'het systeem stuurt', en: 'the system sends' },
  meetings: { nl: 'Gezamenlijke bijeenkomsten (één keer voor de groep vastgelegd)', en: 'Shared meetings (recorded once for the group)' },
  attendance: { nl: 'aanwezigheid', en: 'attendance' },
  people: { nl: 'vertegenwoordigers per school', en: 'representatives per school' },
  person: { nl: 'vertegenwoordiger per school', en: 'representative per school' },
  including: { nl: 'onder wie', en: 'including' },
  warning: { nl: 'anders een signaal bij de school', en: 'otherwise a flag on the school' },
  error: { nl: 'anders wordt niets vastgelegd', en: 'otherwise nothing is recorded' },
  fromGroup: { nl: 'Vanuit de groep (het systeem stuurt)', en: 'From the group (sent by the system)' },
} as const;

const w = (key: keyof typeof WORDS, lang: Lang) => WORDS[key][lang];
const roleTitle = (def: CompiledDefinition, role: string, lang: Lang) => escapeMarkdown(textIn(def.definition.roles[role]?.title, lang) || role);

function rule(def: CompiledDefinition, a: AttendanceRule, lang: Lang): string {
  const parts: string[] = [];
  if (a.min !== undefined) parts.push(`${w('atLeast', lang)} ${a.min} ${w(a.min === 1 ? 'person' : 'people', lang)}`);
  if (a.roles?.length) parts.push(`${w('including', lang)} ${a.roles.map((r) => roleTitle(def, r, lang)).join(', ')}`);
  return `${w('attendance', lang)}: ${parts.join(', ')}; ${w(a.severity === 'error' ? 'error' : 'warning', lang)}`;
}

/** The `groups` block of a type in words, for the generated documentation; empty when it declares none. */
export function groupsBlock(def: CompiledDefinition, lang: Lang): string {
  const g = def.definition.groups;
  if (!g) return '';
  const lines = [`## ${w('heading', lang)}: ${escapeMarkdown(textIn(g.title, lang))}`, ''];
  const description = escapeMarkdown(textIn(g.description, lang));
  if (description) lines.push(description, '');
  const size = [g.size?.min !== undefined ? `${w('atLeast', lang)} ${g.size.min}` : '', g.size?.max !== undefined ? `${w('atMost', lang)} ${g.size.max}` : '']
    .filter(Boolean).join(', ');
  const full = escapeMarkdown(textIn(g.full, lang));
  if (size) lines.push(`- **${w('size', lang)}**: ${size} ${w('schools', lang)}${full ? ` — “${full}”` : ''}`);
  lines.push(`- **${w('leads', lang)}**: ${[...(g.leadRoles ?? []).map((r) => roleTitle(def, r, lang)), w('admins', lang)].join(', ')}`);
  if (g.capacity) {
    const message = escapeMarkdown(textIn(g.capacity.message, lang));
    lines.push(`- **${w('perYear', lang)}**: ${w('atMost', lang)} ${g.capacity.perYear}${message ? ` — “${message}”` : ''}`);
  }
  const step = textIn(def.index.states.get(g.join.step)?.config.meta?.title, lang) || g.join.step;
  lines.push(`- **${w('join', lang)}**: ${w('joinText', lang)} “${escapeMarkdown(step)}”; ${w('sends', lang)} ${code(g.join.event)}`);
  const meetings = Object.entries(g.meetings ?? {});
  if (meetings.length > 0) {
    lines.push('', `**${w('meetings', lang)}**`, '');
    for (const [kind, m] of meetings) {
      const parts = [`**${escapeMarkdown(textIn(m.title, lang))}** (${code(kind)})`];
      if (m.form) parts.push(`${lang === 'nl' ? 'formulier' : 'form'} ${code(m.form)}`);
      if (m.event) parts.push(`${w('sends', lang)} ${code(m.event)}`);
      if (m.attendance) parts.push(rule(def, m.attendance, lang));
      lines.push(`- ${parts.join('; ')}`);
      const about = escapeMarkdown(textIn(m.description, lang));
      if (about) lines.push(`  ${about}`);
    }
  }
  return lines.join('\n');
}

/** The group events a step handles (placed in a group, a meeting held), with what each does there. */
export function groupEventsBlock(def: CompiledDefinition, info: StateInfo, lang: Lang): string {
  const own = def.index.transitions.filter((tr) => tr.source === info.path && tr.kind === 'event' && def.groupEvents.has(tr.event));
  if (own.length === 0) return '';
  const lines = [`**${w('fromGroup', lang)}**`, ''];
  for (const type of [...new Set(own.map((tr) => tr.event))]) {
    const results = resultLines(def, own.filter((tr) => tr.event === type), lang);
    lines.push(`- ${code(type)}: ${results.join('; ')}`);
  }
  return lines.join('\n');
}
