import { useState } from 'react';
import { pointerSegments, SCHOOL_TIME_ZONE, textIn, type JsonObject, type Lang, type Localized } from '@koers/engine';
import { msg } from '../i18n/messages';

/** An earlier form the carried-over answers come from, and when it was submitted (null or absent: not known). */
export interface CarriedOrigin {
  title: Localized;
  at?: string | null;
}

const LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A submission moment as the school reads it: the calendar day in the school's zone ("12 maart 2026"). */
export function submittedOn(at: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'long', timeZone: SCHOOL_TIME_ZONE }).format(new Date(at));
}

/** "Overgenomen uit: Startgesprek, ingevuld op 12 maart 2026." for the origins of the carried answers. */
export function carriedText(origins: readonly CarriedOrigin[], lang: Lang): string {
  const sources = origins.map((o) => (o.at ? msg('carriedSourceOn', lang, { title: textIn(o.title, lang), date: submittedOn(o.at, lang) }) : textIn(o.title, lang)));
  return msg('carriedNotice', lang, { sources: sources.join('; ') });
}

/** The answers without the carried-over fields (JSON pointers): what "Leeg beginnen" leaves. */
export function withoutCarried(data: JsonObject, pointers: readonly string[]): JsonObject {
  const next = structuredClone(data);
  for (const pointer of pointers) {
    const segments = pointerSegments(pointer);
    let node: unknown = next;
    for (const segment of segments.slice(0, -1)) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    const last = segments.at(-1);
    if (last !== undefined && node && typeof node === 'object' && !Array.isArray(node)) delete (node as Record<string, unknown>)[last];
  }
  return next;
}

/**
 * Above a form that starts from an earlier form's answers: where they come from and when that form was filled in,
 * with "Leeg beginnen", which clears the carried answers (and only those); "Ongedaan maken" brings them back.
 */
export function CarriedNotice({ origins, carried, data, onChange, lang }: {
  origins: readonly CarriedOrigin[]; carried: readonly string[]; data: JsonObject; onChange: (data: JsonObject) => void; lang: Lang;
}) {
  // The answers as they were before "Leeg beginnen", while nothing else changed since.
  const [undo, setUndo] = useState<{ before: JsonObject; after: JsonObject }>();
  if (undo && undo.after !== data) setUndo(undefined);
  if (undo && undo.after === data) {
    return (
      <div className="kf-carried-notice" role="status">
        <p>{msg('carriedCleared', lang)}</p>
        <button type="button" className="kf-button" onClick={() => { onChange({ ...undo.before }); setUndo(undefined); }}>{msg('undo', lang)}</button>
      </div>
    );
  }
  if (carried.length === 0 || origins.length === 0) return null;
  return (
    <div className="kf-carried-notice">
      <p>{carriedText(origins, lang)}</p>
      <button type="button" className="kf-button" onClick={() => {
        const after = withoutCarried(data, carried);
        setUndo({ before: data, after });
        onChange(after);
      }}>{msg('startEmpty', lang)}</button>
    </div>
  );
}
