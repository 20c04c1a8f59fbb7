/**
 * Schema keywords whose members are names (fields, definitions), not keywords. Shared by the runtime (meeting
 * fields in forms/meetings.ts) and the linter (lint/schema-refs.ts, lint/form.ts); it lives here so the runtime
 * never imports lint code, which the participant's pages in the browser must not carry.
 */
export const NAMED = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependencies']);
