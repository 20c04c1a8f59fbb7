import { createAjv } from '@koers/engine';

/**
 * The Ajv JSON Forms evaluates `rule` conditions with: the engine's, so a condition's `pattern` matches with
 * RE2 semantics like every other form schema and cannot hang the page. Not strict: conditions are small
 * schemas such as `{ "minimum": 1 }`, written without `type`.
 */
export const ruleAjv = createAjv({ strict: false });
