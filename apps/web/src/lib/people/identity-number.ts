import type { MessageKey } from '../i18n/messages-id';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * The employee's number with its label: "NIP …" for a PNS, "NI PPPK …" for a PPPK (stored in the
 * same field), and what is missing otherwise — one function for every list (issue #11 finding 7).
 */
export function identityNumber(
  t: Translate,
  employee: { nip: string | null; employmentStatus?: 'pns' | 'pppk' | 'non_asn' | undefined },
): string {
  const status = employee.employmentStatus;
  if (employee.nip)
    return t(status === 'pppk' ? 'people.niPppk' : 'people.nip', { number: employee.nip });
  if (status === 'pppk') return t('people.niPppkMissing');
  if (status === 'non_asn') return t('people.nonAsn');
  return t('people.nipMissing');
}
