import type { JsonObject, Localized } from '@koers/engine';
import type { Bundle } from '../model/bundle';

/** A type bundle's file is larger than this: refused before it is read (the server's limit is the same order). */
export const MAX_BUNDLE_BYTES = 5 * 1024 * 1024;

const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Reads an uploaded bundle (`{ definition, forms }`, the format `koers export` writes and the API serves) or says
 * in words why it is not one. Only the shape is checked here; the lint and the server check the content.
 */
export async function readBundleFile(file: File): Promise<{ bundle: Bundle } | { error: Localized }> {
  if (file.size > MAX_BUNDLE_BYTES) {
    return { error: { nl: `Het bestand is te groot (${Math.round(file.size / 1024)} kB; hoogstens 5 MB).`, en: `The file is too large (${Math.round(file.size / 1024)} kB; at most 5 MB).` } };
  }
  let value: unknown;
  try {
    value = JSON.parse(await file.text());
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { error: { nl: `Dit is geen geldige JSON: ${why}`, en: `This is not valid JSON: ${why}` } };
  }
  if (!isObject(value) || !isObject(value.definition)) {
    return { error: { nl: 'Dit is geen bundel van een trajectsoort: er hoort een object met "definition" (en "forms") in.', en: 'This is not a trajectory type bundle: it needs an object with "definition" (and "forms").' } };
  }
  const forms = value.forms ?? [];
  if (!Array.isArray(forms) || !forms.every(isObject)) {
    return { error: { nl: '"forms" moet een lijst van formulieren (objecten) zijn.', en: '"forms" must be a list of forms (objects).' } };
  }
  return { bundle: { definition: value.definition, forms } };
}
