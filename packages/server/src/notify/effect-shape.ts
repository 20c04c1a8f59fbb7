type Text = { nl: string; en: string };

/** An effect row's JSON as the delivery reads it: what to tell, to which roles, about which step. */
export interface Tell {
  kind: 'notify' | 'reminder' | 'escalation';
  roles: string[];
  step: string | null;
  /** What it is about: the notify message, or the step's title for a reminder. */
  title: Text;
  dueAt: string | null;
}

const isText = (v: unknown): v is Text =>
  typeof v === 'object' && v !== null && typeof (v as Text).nl === 'string' && typeof (v as Text).en === 'string';
const isRoles = (v: unknown): v is string[] => Array.isArray(v) && v.every((r) => typeof r === 'string');

/**
 * Reads an effect's JSON: `{ type: 'notify', roles, message }` (the definition's notify action) or
 * `{ type: 'remind', kind: 'reminder'|'escalation', roles, step, title, dueAt }` (a fired reminder).
 * Anything else (a future effect type) is undefined: the worker leaves it to whoever understands it.
 */
export function readEffect(effect: unknown): Tell | undefined {
  if (typeof effect !== 'object' || effect === null) return undefined;
  const e = effect as Record<string, unknown>;
  if (e.type === 'notify' && isRoles(e.roles) && isText(e.message)) {
    return { kind: 'notify', roles: e.roles, step: null, title: e.message, dueAt: null };
  }
  if (e.type === 'remind' && (e.kind === 'reminder' || e.kind === 'escalation') && isRoles(e.roles) && typeof e.step === 'string') {
    // A step without a title (the scheduler writes null then) is named by its path.
    const title = isText(e.title) ? e.title : { nl: e.step, en: e.step };
    return { kind: e.kind, roles: e.roles, step: e.step, title, dueAt: typeof e.dueAt === 'string' ? e.dueAt : null };
  }
  return undefined;
}
