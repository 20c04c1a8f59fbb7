/**
 * The one host global the engine uses. The engine compiles without DOM and Node types (tsconfig.json), so it cannot
 * reach `fs`, `process` or `window`; `structuredClone` is in every runtime Koers runs on (Node, browsers) but in no
 * ES lib of TypeScript, so it is declared here and nothing else is.
 */
declare function structuredClone<T>(value: T): T;
