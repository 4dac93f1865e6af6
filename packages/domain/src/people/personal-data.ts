import { isCareerLevelCode, type CareerLevelCode } from '../catalogues/career-levels';
import { isGolonganRuang, type Rank } from '../catalogues/ranks';
import type { MessageCode, MessageParams } from '../errors/messages';
import type { LocalizedText } from '../i18n/locale';

/** Employment status (status kepegawaian) — domain.md §1.1. */
export const EMPLOYMENT_STATUSES = ['pns', 'pppk', 'non_asn'] as const;

/** An employment status. */
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];

/** Labels of employment statuses. */
export const EMPLOYMENT_STATUS_LABELS: { readonly [S in EmploymentStatus]: LocalizedText } = {
  pns: { id: 'PNS', en: 'Civil servant (PNS)' },
  pppk: { id: 'PPPK', en: 'Contract civil servant (PPPK)' },
  non_asn: { id: 'Non ASN', en: 'Non-civil-servant' },
};

/** Fields of the data-diri screen that may be edited locally — domain.md §3.2. */
export const PERSONAL_DATA_FIELDS = ['golongan', 'ruang', 'careerLevel'] as const;

/** An editable data-diri field. */
export type PersonalDataField = (typeof PERSONAL_DATA_FIELDS)[number];

/** Official field labels ("Pangkat/Golongan, Ruang, Jenjang Jabatan") — domain.md §3.2. */
export const PERSONAL_DATA_FIELD_LABELS: { readonly [F in PersonalDataField]: LocalizedText } = {
  golongan: { id: 'Pangkat/Golongan', en: 'Rank/Grade (pangkat/golongan)' },
  ruang: { id: 'Ruang', en: 'Grade step (ruang)' },
  careerLevel: { id: 'Jenjang Jabatan', en: 'Career level (jenjang jabatan)' },
};

/** The local, Pengelolaan-Kinerja-only copy of the editable data (Dapodik is not changed). */
export type PersonalData = {
  readonly golongan: Rank['golongan'] | null;
  readonly ruang: Rank['ruang'] | null;
  readonly careerLevel: CareerLevelCode | null;
};

// PNS: pangkat/golongan, ruang, jenjang; PPPK: jenjang only; non-ASN: nothing [C] SEED3 — domain.md §3.2.
const EDITABLE: { readonly [S in EmploymentStatus]: readonly PersonalDataField[] } = {
  pns: ['golongan', 'ruang', 'careerLevel'],
  pppk: ['careerLevel'],
  non_asn: [],
};

/** The fields a person may still edit: none once the one edit is used — domain.md §3.2. */
export function editablePersonalDataFields(options: {
  status: EmploymentStatus;
  hasEditedBefore: boolean;
}): readonly PersonalDataField[] {
  return options.hasEditedBefore ? [] : EDITABLE[options.status];
}

type EditResult =
  | { readonly ok: true; readonly data: PersonalData; readonly hasEditedBefore: true }
  | { readonly ok: false; readonly code: MessageCode; readonly params: MessageParams };

const refuse = (code: MessageCode, params: MessageParams = {}): EditResult => ({
  ok: false,
  code,
  params,
});

function invalidValue(data: PersonalData): EditResult | null {
  if (data.careerLevel !== null && !isCareerLevelCode(data.careerLevel)) {
    return refuse('PERSONAL_DATA_INVALID_VALUE', {
      field: 'Jenjang Jabatan',
      value: data.careerLevel,
    });
  }
  if (data.golongan === null || data.ruang === null) return null;
  const code = `${data.golongan}/${data.ruang}`;
  return isGolonganRuang(code)
    ? null
    : refuse('PERSONAL_DATA_INVALID_VALUE', { field: 'Pangkat/Golongan, Ruang', value: code });
}

/** Applies the one allowed data-diri edit, by employment status — domain.md §3.2. */
export function applyPersonalDataEdit(options: {
  status: EmploymentStatus;
  current: PersonalData;
  edit: Partial<PersonalData>;
  hasEditedBefore: boolean;
}): EditResult {
  const { status, edit } = options;
  if (status === 'non_asn') return refuse('PERSONAL_DATA_NOT_EDITABLE');
  if (options.hasEditedBefore) return refuse('PERSONAL_DATA_ALREADY_EDITED');
  const fields = PERSONAL_DATA_FIELDS.filter(
    (field) => edit[field] !== undefined && edit[field] !== null,
  );
  if (fields.length === 0) return refuse('PERSONAL_DATA_NO_CHANGES');
  const forbidden = fields.find((field) => !EDITABLE[status].includes(field));
  if (forbidden) {
    const params = {
      field: PERSONAL_DATA_FIELD_LABELS[forbidden].id,
      status: EMPLOYMENT_STATUS_LABELS[status].id,
    };
    return refuse('PERSONAL_DATA_FIELD_NOT_EDITABLE', params);
  }
  const { current } = options;
  const data: PersonalData = {
    golongan: edit.golongan ?? current.golongan,
    ruang: edit.ruang ?? current.ruang,
    careerLevel: edit.careerLevel ?? current.careerLevel,
  };
  return invalidValue(data) ?? { ok: true, data, hasEditedBefore: true };
}
