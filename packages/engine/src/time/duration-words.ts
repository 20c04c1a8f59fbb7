import type { Lang } from '../format/localize';

const UNITS: Array<{ re: RegExp; nl: [string, string]; en: [string, string] }> = [
  { re: /(\d+(?:[.,]\d+)?)Y/, nl: ['jaar', 'jaar'], en: ['year', 'years'] },
  { re: /(\d+(?:[.,]\d+)?)M/, nl: ['maand', 'maanden'], en: ['month', 'months'] },
  { re: /(\d+(?:[.,]\d+)?)W/, nl: ['week', 'weken'], en: ['week', 'weeks'] },
  { re: /(\d+(?:[.,]\d+)?)D/, nl: ['dag', 'dagen'], en: ['day', 'days'] },
];
const TIME_UNITS: Array<{ re: RegExp; nl: [string, string]; en: [string, string] }> = [
  { re: /(\d+(?:[.,]\d+)?)H/, nl: ['uur', 'uur'], en: ['hour', 'hours'] },
  { re: /(\d+(?:[.,]\d+)?)M/, nl: ['minuut', 'minuten'], en: ['minute', 'minutes'] },
  { re: /(\d+(?:[.,]\d+)?)S/, nl: ['seconde', 'seconden'], en: ['second', 'seconds'] },
];

/**
 * An ISO 8601 duration in words; the original text when it does not parse.
 * @example durationText('P14D', 'nl') // '14 dagen'
 * @example durationText('P1Y2M', 'en') // '1 year and 2 months'
 */
export function durationText(iso: string, lang: Lang): string {
  const match = /^P(?!$)([^T]*)(?:T(.+))?$/.exec(iso);
  if (!match) return iso;
  const [, date = '', time = ''] = match;
  const parts: string[] = [];
  const collect = (text: string, units: typeof UNITS) => {
    for (const unit of units) {
      const m = unit.re.exec(text);
      if (!m) continue;
      const n = Number(m[1]!.replace(',', '.'));
      parts.push(`${m[1]} ${unit[lang][n === 1 ? 0 : 1]}`);
    }
  };
  collect(date, UNITS);
  collect(time, TIME_UNITS);
  if (parts.length === 0) return iso;
  const and = lang === 'nl' ? 'en' : 'and';
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} ${and} ${parts.at(-1)}`;
}
