import { escapePointer } from '@koers/engine';
import { InvalidRequest, Unprocessable } from './errors';

type Localized = { nl: string; en: string };

// String.prototype.isWellFormed (Node 20+, ES2024); the compiler's lib here is ES2023.
const wellFormed = (text: string) => (text as string & { isWellFormed(): boolean }).isWellFormed();

/** What is wrong with a string, if anything: a NUL (PostgreSQL cannot store it) or a lone UTF-16 surrogate (no text at all). */
function flaw(text: string): 'nul' | 'surrogate' | undefined {
  if (text.includes('\u0000')) return 'nul';
  return wellFormed(text) ? undefined : 'surrogate';
}

const MESSAGES: Record<'nul' | 'surrogate', { value: Localized; key: Localized }> = {
  nul: {
    value: { nl: 'bevat het teken U+0000 (NUL), dat niet is toegestaan', en: 'contains the character U+0000 (NUL), which is not allowed' },
    key: { nl: 'een veldnaam in dit object bevat het teken U+0000 (NUL), dat niet is toegestaan', en: 'a field name in this object contains the character U+0000 (NUL), which is not allowed' },
  },
  surrogate: {
    value: { nl: 'bevat een ongeldig teken (een losse UTF-16-surrogaat, \\ud800–\\udfff)', en: 'contains an invalid character (a lone UTF-16 surrogate, \\ud800–\\udfff)' },
    key: { nl: 'een veldnaam in dit object bevat een ongeldig teken (een losse UTF-16-surrogaat, \\ud800–\\udfff)', en: 'a field name in this object contains an invalid character (a lone UTF-16 surrogate, \\ud800–\\udfff)' },
  },
};

/**
 * The first string in a parsed JSON value, key or value at any depth, that is not storable text, with
 * its JSON pointer (for a bad key: the object holding it, as the key itself cannot be shown faithfully).
 */
export function findBadString(value: unknown, pointer = ''): { path: string; message: Localized } | undefined {
  if (typeof value === 'string') {
    const found = flaw(value);
    return found && { path: pointer, message: MESSAGES[found].value };
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findBadString(value[i], `${pointer}/${i}`);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const bad = flaw(key);
      if (bad) return { path: pointer, message: MESSAGES[bad].key };
      const found = findBadString(child, `${pointer}/${escapePointer(key)}`);
      if (found) return found;
    }
  }
  return undefined;
}

/** Refuses a parsed body holding a string that is not storable text: 422 at its field. */
export function refuseBadStrings(value: unknown): void {
  const bad = findBadString(value);
  if (!bad) return;
  throw new Unprocessable({ nl: `Een veld bevat een teken dat niet is toegestaan (${bad.path || '/'}).`, en: `A field contains a character that is not allowed (${bad.path || '/'}).` }, [bad], bad.path);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A request body's bytes as text; bytes that are not UTF-8 are refused (400) instead of quietly becoming
 * U+FFFD. A byte-order mark is dropped.
 */
export function decodeUtf8(bytes: ArrayBuffer): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new InvalidRequest({ nl: 'De gegevens zijn geen geldige UTF-8-tekst.', en: 'The data is not valid UTF-8 text.' }, '/body');
  }
}
