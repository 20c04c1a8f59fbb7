/** The Dutch patterns of `hyphen` (Liang's algorithm, TeX patterns); the package ships no types. */
declare module 'hyphen/nl' {
  export function hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}
