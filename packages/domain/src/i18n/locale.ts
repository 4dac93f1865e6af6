/** Locales the product speaks; Bahasa Indonesia is the default (architecture.md §6). */
export const LOCALES = ['id', 'en'] as const;

/** A supported locale code. */
export type Locale = (typeof LOCALES)[number];

/** The default locale: Bahasa Indonesia, with the official labels of the guides. */
export const DEFAULT_LOCALE: Locale = 'id';

/** A text in every supported locale. */
export type LocalizedText = { readonly id: string; readonly en: string };

/** Picks the text of one locale. */
export function localize(text: LocalizedText, locale: Locale = DEFAULT_LOCALE): string {
  return text[locale];
}
