import { createAjv } from '@koers/engine';

/**
 * The Ajv JSON Forms evaluates `rule` conditions with: the engine's, so a condition's `pattern` is matched
 * like every other form schema's (in the browser with its own RegExp, on patterns the linter passed; see
 * packages/engine/src/forms/regexp-browser.ts). Not strict: conditions are small
 * schemas such as `{ "minimum": 1 }`, written without `type`.
 */
export const ruleAjv = createAjv({ strict: false });
