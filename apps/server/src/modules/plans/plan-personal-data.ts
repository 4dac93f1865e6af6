import type { PersonalDataDto } from '@kinerja/contract';
import {
  careerLevelOf,
  editablePersonalDataFields,
  findByCode,
  isCareerLevelCode,
  ranks,
  type PersonalData,
} from '@kinerja/domain';
import type { EmployeeContext } from '../plan-context/employee-context.repository.js';

type Golongan = NonNullable<PersonalData['golongan']>;
type Ruang = NonNullable<PersonalData['ruang']>;

/** The roster's golongan/ruang and jenjang as the domain's PersonalData. */
function rosterData(employee: EmployeeContext): PersonalData {
  const rank = employee.golonganRuang ? findByCode(ranks, employee.golonganRuang) : undefined;
  const level = employee.jenjangJabatan;
  return {
    golongan: rank?.golongan ?? null,
    ruang: rank?.ruang ?? null,
    careerLevel: level && isCareerLevelCode(level) ? level : null,
  };
}

/** Whether the once-only local edit has been used in this period (domain.md §3.2). */
export const hasEditedPersonalData = (employee: EmployeeContext): boolean =>
  employee.overrideEditedAt !== null;

/** The data in force: the local edit where made, the roster otherwise (Dapodik stays untouched). */
export function effectivePersonalData(employee: EmployeeContext): PersonalData {
  const roster = rosterData(employee);
  if (!hasEditedPersonalData(employee)) return roster;
  const level = employee.overrideCareerLevel;
  return {
    golongan: (employee.overrideGolongan as Golongan | null) ?? roster.golongan,
    ruang: (employee.overrideRuang as Ruang | null) ?? roster.ruang,
    careerLevel: level && isCareerLevelCode(level) ? level : roster.careerLevel,
  };
}

/** The data-diri screen: roster values, the values in force and what may still be edited. */
export function presentPersonalData(options: {
  employee: EmployeeContext;
  confirmedAt: Date | null;
}): PersonalDataDto {
  const { employee } = options;
  const effective = effectivePersonalData(employee);
  const golonganRuang =
    effective.golongan && effective.ruang ? `${effective.golongan}/${effective.ruang}` : null;
  return {
    roster: {
      name: employee.employeeName,
      nip: employee.nip,
      nuptk: employee.nuptk,
      employmentStatus: employee.employmentStatus,
      golonganRuang: employee.golonganRuang,
      jenjangJabatan: employee.jenjangJabatan,
      jenisPtk: employee.jenisPtk,
      schoolName: employee.schoolName,
    },
    effective: {
      golongan: effective.golongan,
      ruang: effective.ruang,
      golonganRuang,
      pangkat: golonganRuang ? (findByCode(ranks, golonganRuang)?.pangkat ?? null) : null,
      careerLevel: effective.careerLevel,
      careerLevelLabel: effective.careerLevel ? careerLevelOf(effective.careerLevel).name : null,
    },
    isEdited: hasEditedPersonalData(employee),
    editedAt: employee.overrideEditedAt?.toISOString() ?? null,
    editableFields: [
      ...editablePersonalDataFields({
        status: employee.employmentStatus,
        hasEditedBefore: hasEditedPersonalData(employee),
      }),
    ],
    isConfirmed: options.confirmedAt !== null,
    confirmedAt: options.confirmedAt?.toISOString() ?? null,
  };
}
