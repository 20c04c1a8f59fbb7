import { type CompiledDefinition, type Lang, type StateInfo, fieldLabel, prefillSource, textIn } from '@koers/engine';
import { code, escapeMarkdown } from './table';

/**
 * A step's carried-over answers (`meta.prefill`) and sign-offs (`meta.signoff`) in words: which field starts from
 * which source, and what someone without an account signs, who signs and who may ask. Empty when it has neither.
 */
export function carryBlock(def: CompiledDefinition, info: StateInfo, lang: Lang): string {
  const nl = lang === 'nl';
  const lines: string[] = [];
  for (const [formId, fields] of Object.entries(info.config.meta?.prefill ?? {})) {
    const form = def.forms.get(formId)?.definition;
    const title = escapeMarkdown(textIn(form?.title, lang) || formId);
    for (const [pointer, expr] of Object.entries(fields)) {
      const source = escapeMarkdown(textIn(prefillSource(def, expr), lang));
      lines.push(`- ${nl ? 'Overgenomen' : 'Carried over'}: ${title} · ${escapeMarkdown(fieldLabel(form, pointer, lang))} ${nl ? 'uit' : 'from'} ${source} (${code(JSON.stringify(expr))})`);
    }
  }
  for (const [key, spec] of Object.entries(info.config.meta?.signoff ?? {})) {
    const roles = spec.requestRoles.map((r) => escapeMarkdown(textIn(def.definition.roles[r]?.title, lang) || r)).join(', ');
    const signers = spec.signers ? ` — ${nl ? 'tekent' : 'signs'}: ${escapeMarkdown(textIn(spec.signers, lang))}` : '';
    lines.push(`- ${nl ? 'Ondertekening' : 'Sign-off'}: **${escapeMarkdown(textIn(spec.title, lang))}** (${code(key)})${signers}; ${nl ? 'aan te vragen door' : 'requested by'} ${roles}`);
  }
  return lines.join('\n');
}
