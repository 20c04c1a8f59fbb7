import type { FormDefinition } from '../format/types';
import { checkExpression } from '../expr/logic';
import { schemaAt } from '../forms/fields';
import { ruleFields } from '../forms/rules';

type Report = (pointer: string, code: string, nl: string, en: string) => void;

/**
 * A form's `rules`: unique ids, `items` naming a list, `path` and every field `check` reads existing in the
 * schema (inside the item for a rule over `items`), and `check` a safe expression (with valid durations).
 */
export function checkFormRules(form: FormDefinition, report: Report): void {
  const seen = new Set<string>();
  (form.rules ?? []).forEach((rule, i) => {
    const at = `/rules/${i}`;
    if (seen.has(rule.id)) {
      report(`${at}/id`, 'duplicate-rule-id', `er is al een regel "${rule.id}" in dit formulier`, `there already is a rule "${rule.id}" in this form`);
    }
    seen.add(rule.id);
    let base = '';
    if (rule.items !== undefined) {
      const list = schemaAt(form.schema, rule.items);
      if (!list?.items || typeof list.items !== 'object') {
        report(`${at}/items`, 'rule-bad-items', `"${rule.items}" is geen lijst (herhaalbare groep) in het schema`,
          `"${rule.items}" is no list (repeatable group) in the schema`);
        return;
      }
      base = `${rule.items}/*`;
    }
    if (schemaAt(form.schema, `${base}${rule.path}`) === undefined) {
      report(`${at}/path`, 'rule-unknown-field', `veld "${rule.path}" bestaat niet in ${base ? `de items van ${rule.items}` : 'het schema'}`,
        `field "${rule.path}" does not exist in ${base ? `the items of ${rule.items}` : 'the schema'}`);
    }
    const problems = checkExpression(rule.check);
    for (const problem of problems) report(`${at}/check${problem.pointer}`, 'bad-expression', problem.message.nl, problem.message.en);
    if (problems.length > 0) return;
    for (const { field, at: where } of ruleFields(rule)) {
      if (schemaAt(form.schema, field) !== undefined) continue;
      const name = field.replace(/^.*\/\*\//, '').replace(/^\//, '').replace(/\//g, '.');
      report(`${at}/check${where}`, 'rule-unknown-field',
        `de regel leest "${name}", maar dat veld bestaat niet${base ? ` in de items van ${rule.items} (het hele formulier: "$form.<veld>")` : ''}`,
        `the rule reads "${name}", but that field does not exist${base ? ` in the items of ${rule.items} (the whole form: "$form.<field>")` : ''}`);
    }
  });
}
