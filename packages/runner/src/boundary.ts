// The compiler's proof of this package's boundary (tsconfig.json: DOM, no Node types). The names below must stay
// unknown here: should a dependency's types bring them in, the @ts-expect-error goes unused and typecheck fails.
// @ts-expect-error no Node types (so no process, no Buffer, no node:fs)
export type NoProcess = typeof process;
