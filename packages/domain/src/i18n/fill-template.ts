import { formatLongDate, isIsoDate } from '../common/dates';
import type { Locale } from './locale';

/**
 * Fills `{name}` placeholders the way a person reads them: an ISO date becomes "1 Januari 2023", and
 * a value ending in a period before a sentence's period is not doubled ("S.Pd." + "." → "S.Pd.").
 * Used by the domain's messages and the web's catalogue alike (issue #11 finding 7).
 */
export function fillTemplate(
  template: string,
  params: Readonly<Record<string, string | number | boolean | null | undefined>>,
  locale: Locale,
): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string, offset: number) => {
    if (!Object.hasOwn(params, name)) return placeholder;
    let value = String(params[name]);
    if (isIsoDate(value)) value = formatLongDate(value, locale);
    const next = template.charAt(offset + placeholder.length);
    return next === '.' && value.endsWith('.') ? value.slice(0, -1) : value;
  });
}
