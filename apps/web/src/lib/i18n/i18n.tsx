import { fillTemplate } from '@kinerja/domain';
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { setApiLocale } from '../api/client';
import {
  indonesianMessages,
  messagePackArrivals,
  requestPackOf,
  subscribeMessagePacks,
} from './message-packs';
import type { MessageKey } from './messages-id';

/** The two locales: Bahasa Indonesia (default) and English. */
export type Locale = 'id' | 'en';

/** Fills `{name}` placeholders of a message. */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const STORAGE_KEY = 'kinerja.locale';
/** The catalogues downloaded so far; Indonesian, the default, ships with the app (issue 15 item 5). */
const catalogues: Partial<Record<Locale, Record<string, string>>> = { id: indonesianMessages };

/** Downloads a locale's catalogue once: English is fetched only by those who choose it. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (catalogues[locale]) return;
  catalogues.en = (await import('./messages-en')).messagesEn;
}

/**
 * Looks a message up in a locale's catalogue (Indonesian until the other has arrived) and fills its
 * placeholders. A text whose area has not arrived yet is blank for the moment it takes to download
 * (message-packs.ts) rather than shown as its key.
 */
export function translate(
  locale: Locale,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const message = (catalogues[locale] ?? indonesianMessages)[key];
  if (message === undefined && requestPackOf(key)) return '';
  return fillTemplate(message ?? key, params, locale);
}

/** The locale chosen on an earlier visit (Indonesian when none or storage is refused). */
export function storedLocale(): Locale {
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

type I18n = {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
  /** How many areas' texts have arrived (message-packs.ts). */
  textsArrived: number;
};

const I18nContext = createContext<I18n | null>(null);

/** Provides the chosen locale (saved in localStorage) and `t` to the whole app. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    // main.tsx loads the stored locale's catalogue before the first render; until it is here, Indonesian.
    const stored = storedLocale();
    const initial = catalogues[stored] ? stored : 'id';
    applyLocale(initial);
    return initial;
  });
  const setLocale = useCallback((next: Locale) => {
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private browsing may refuse storage; the choice still applies to this visit.
    }
    const show = () => {
      applyLocale(next);
      setLocaleState(next);
    };
    // Without a connection the catalogue cannot arrive: the page stays in the language it is in.
    if (catalogues[next]) show();
    else loadLocale(next).then(show, () => undefined);
  }, []);
  const t = useCallback<Translate>((key, params) => translate(locale, key, params), [locale]);
  // When an area's texts arrive, a new context value re-renders the components that showed them
  // blank, while `t` keeps its identity: effects that depend on it (e.g. loads) do not run again.
  const arrivals = useSyncExternalStore(subscribeMessagePacks, messagePackArrivals);
  const value = useMemo<I18n>(
    () => ({ locale, setLocale, t, textsArrived: arrivals }),
    [locale, setLocale, t, arrivals],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current locale, its setter and `t`. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
