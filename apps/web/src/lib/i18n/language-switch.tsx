import { useI18n, type Locale } from './i18n';

const choices: Array<{ locale: Locale; key: 'language.id' | 'language.en' }> = [
  { locale: 'id', key: 'language.id' },
  { locale: 'en', key: 'language.en' },
];

/** Bahasa Indonesia / English toggle; each label is in its own language so anyone can find it. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <div role="group" aria-label={t('language.label')} className="segmented">
      {choices.map((choice) => (
        <button
          key={choice.locale}
          type="button"
          lang={choice.locale}
          aria-pressed={locale === choice.locale}
          onClick={() => setLocale(choice.locale)}
        >
          {t(choice.key)}
        </button>
      ))}
    </div>
  );
}
