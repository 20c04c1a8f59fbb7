import type { JsonObject, Lang, Problem } from '@koers/engine';

/*
 * The shared vocabulary of the admin's editors. Every editor edits the same thing, the raw JSON of a type
 * (definition + its forms) exactly as stored: an edit replaces only what it changes, so key order and every
 * key an editor does not model survive (the round trip is lossless by construction, and tested).
 */

/** A trajectory type being edited: its definition and its forms, plain JSON, in the order written. */
export interface Bundle {
  definition: JsonObject;
  forms: JsonObject[];
}

/** A path of state keys from the machine's root: `['uitvoering', 'voortgangsgesprek']`; `[]` is the machine. */
export type StatePath = readonly string[];

/** What is selected: the panels show it, the diagram highlights it, a lint problem's place selects it. */
export type Selection =
  | { kind: 'type' }
  | { kind: 'step'; path: StatePath }
  /** `event` is the event name in the step's `on`, or `''` for its automatic (`always`) choices; `index` the branch. */
  | { kind: 'transition'; path: StatePath; event: string; index: number }
  /** `field`: a JSON pointer into the form's `schema` (`/properties/doelen/items/properties/omschrijving`). */
  | { kind: 'form'; formId: string; field?: string };

/** What every editor tab gets: the bundle, a way to change it, the shared selection and the live lint problems. */
export interface EditorProps {
  bundle: Bundle;
  /** Every change, with the whole new bundle (the page autosaves it). */
  onChange: (next: Bundle) => void;
  selection: Selection;
  onSelect: (selection: Selection) => void;
  /** The engine's problems for the bundle as it is now; `file` is `definition` or `forms/<index>`. */
  problems: readonly Problem[];
  lang: Lang;
}
