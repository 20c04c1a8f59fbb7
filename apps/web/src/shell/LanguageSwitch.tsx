import type { Lang } from '@koers/engine';
import { useLang } from '../i18n/lang';

// Each language named in itself, so a reader who does not know the current one still finds theirs.
const OTHER: Record<Lang, { lang: Lang; name: string }> = {
  nl: { lang: 'en', name: 'English' },
  en: { lang: 'nl', name: 'Nederlands' },
};

/** One button that switches to the other language, named in that language: "English" on a Dutch page and back. */
export function LanguageSwitch() {
  const { lang, setLang, appText } = useLang();
  const other = OTHER[lang];
  return (
    <div className="lang-switch" role="group" aria-label={appText('language')}>
      <button type="button" lang={other.lang} onClick={() => setLang(other.lang)}>{other.name}</button>
    </div>
  );
}
