import type { Lang } from '@koers/engine';
import { InvalidRequest } from './errors';

/** The language a request asks for: `?lang=nl|en`, else Dutch. Anything else is a clear 400. */
export function langOf(query: string | undefined): Lang {
  if (query === undefined || query === '' || query === 'nl') return 'nl';
  if (query === 'en') return 'en';
  throw new InvalidRequest({ nl: `Taal "${query}" bestaat niet; kies nl of en.`, en: `Language "${query}" does not exist; use nl or en.` }, '/lang');
}
