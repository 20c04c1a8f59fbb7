import { RE2JS } from 're2js';

/** A compiled pattern as Ajv uses it: `test`, and a `toString` Ajv keys its cache by. */
interface SafePattern {
  test: (text: string) => boolean;
  toString: () => string;
}

/**
 * The regular-expression engine for every form schema: RE2 semantics (re2js, pure JavaScript), which match
 * in time linear in the text, so no `pattern` can make validation backtrack for hours, whatever the linter
 * missed. RE2 knows no lookaround and no backreferences; such a pattern fails to compile, and the linter
 * reports it as `unsupported-pattern`. Passed to Ajv as `code.regExp`.
 * @example safeRegExp('^[0-9]{4}$', 'u').test('2026') // true
 */
export function safeRegExp(pattern: string, flags: string): SafePattern {
  const compiled = RE2JS.compile(RE2JS.translateRegExp(pattern), flags.includes('i') ? RE2JS.CASE_INSENSITIVE : 0);
  return { test: (text) => compiled.test(text), toString: () => `re2:/${pattern}/${flags}` };
}
// Ajv writes this into standalone code only; we never generate standalone validators.
safeRegExp.code = 'safeRegExp';
