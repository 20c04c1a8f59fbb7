/** The type id rule of the API (lowercase letters, digits and `-`, starting with a letter or digit; at most 100). */
export const TYPE_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/**
 * An id made from a title: lowercase, accents dropped, anything else a single `-`.
 * @example typeIdOf('Zorg & Coördinatie 2027') // 'zorg-coordinatie-2027'
 */
export function typeIdOf(title: string): string {
  return title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
}
