/**
 * The browser's pattern engine for form schemas (chosen through the engine's package.json `imports`, condition
 * `browser`): the browser's own RegExp, with Unicode semantics as JSON Schema asks. On the server and in the CLI
 * `regexp.ts` runs every pattern on RE2 semantics instead (re2js, ~46 KB gzip, which would push the participant's
 * trajectory page past its 200 KB budget). That is safe enough here because a form reaches a browser only after
 * it was published, and publishing refuses what RE2 cannot run (`unsupported-pattern`) and the nested
 * repetitions that backtrack (`unsafe-pattern`); the server checks every submitted answer again with RE2. What
 * is left is a pattern the heuristic misses slowing the tab of the person typing, never the server.
 * @example safeRegExp('^[0-9]{4}$', 'u').test('2026') // true
 */
export function safeRegExp(pattern: string, flags: string): { test: (text: string) => boolean; toString: () => string } {
  const compiled = new RegExp(pattern, flags.includes('u') ? flags : `${flags}u`);
  return { test: (text) => compiled.test(text), toString: () => `/${pattern}/${flags}` };
}
// Ajv writes this into standalone code only; we never generate standalone validators.
safeRegExp.code = 'safeRegExp';
