// The compiler's proof of this package's boundary (tsconfig.json: lib ES2023, no types). The names below must stay
// unknown here: should a dependency's types bring them in, the @ts-expect-error goes unused and typecheck fails.
// @ts-expect-error no Node types (so no process, no Buffer, no node:fs)
export type NoProcess = typeof process;
// @ts-expect-error no DOM (no window, no document)
export type NoWindow = typeof window;
