import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Lang } from '@koers/engine';
import { appMsg, type AppMessageKey } from './messages';

const STORAGE_KEY = 'koers.lang';

interface LangValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** An app text in the current language. */
  appText: (key: AppMessageKey, vars?: Record<string, string | number>) => string;
}

const LangContext = createContext<LangValue>({ lang: 'nl', setLang: () => {}, appText: (key) => appMsg(key, 'nl') });

function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

/** Dutch by default; the choice is remembered in this browser and set on `<html lang>`. */
export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private windows may refuse storage; the choice then lasts for this visit only.
    }
  }, []);
  const appText = useCallback((key: AppMessageKey, vars?: Record<string, string | number>) => appMsg(key, lang, vars), [lang]);
  return <LangContext.Provider value={{ lang, setLang, appText }}>{children}</LangContext.Provider>;
}

export function useLang(): LangValue {
  return useContext(LangContext);
}
