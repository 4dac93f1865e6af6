import { fillTemplate } from '@kinerja/domain';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { setApiLocale } from '../api/client';
import { messagesEn } from './messages-en';
import { messagesId, type MessageKey } from './messages-id';

/** The two locales: Bahasa Indonesia (default) and English. */
export type Locale = 'id' | 'en';

/** Fills `{name}` placeholders of a message. */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const STORAGE_KEY = 'kinerja.locale';
const catalogues: Record<Locale, Record<MessageKey, string>> = { id: messagesId, en: messagesEn };

/** Looks a message up in a locale's catalogue and fills its placeholders. */
export function translate(
  locale: Locale,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  return fillTemplate(catalogues[locale][key], params, locale);
}

function storedLocale(): Locale {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

function applyLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  setApiLocale(locale);
}

type I18n = { locale: Locale; setLocale: (locale: Locale) => void; t: Translate };

const I18nContext = createContext<I18n | null>(null);

/** Provides the chosen locale (saved in localStorage) and `t` to the whole app. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const initial = storedLocale();
    applyLocale(initial);
    return initial;
  });
  const setLocale = useCallback((next: Locale) => {
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private browsing may refuse storage; the choice still applies to this visit.
    }
    applyLocale(next);
    setLocaleState(next);
  }, []);
  const value = useMemo<I18n>(
    () => ({ locale, setLocale, t: (key, params) => translate(locale, key, params) }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current locale, its setter and `t`. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
