import type { RosterImportError } from '@kinerja/contract';
import { rowError } from './roster-file-error.js';
import type { PtkRow, RowCheck, SchoolRow } from './validate-roster-row.js';

/**
 * Checks across the rows of one file, kept in compact maps of keys → first line: duplicate NPSN,
 * NIP, NUPTK or email, two principals for one school, one region code with two names. 3.4 million
 * PTK rows need a few hundred MB here, never the rows themselves.
 */
export class RosterFileChecks {
  private readonly npsn = new Map<string, number>();
  private readonly nip = new Map<string, number>();
  private readonly nuptk = new Map<string, number>();
  private readonly email = new Map<string, number>();
  private readonly principal = new Map<string, number>();
  private readonly regionNames = new Map<string, { name: string; line: number }>();

  constructor(private readonly allowedNpsn: ReadonlySet<string> | undefined) {}

  /** Line where a NIP first appeared in this file, if it did. */
  lineOfNip(nip: string): number | undefined {
    return this.nip.get(nip);
  }

  /** Line where a NUPTK first appeared in this file, if it did. */
  lineOfNuptk(nuptk: string): number | undefined {
    return this.nuptk.get(nuptk);
  }

  /** Checks one schools-file row against the rows before it. */
  school(check: RowCheck<SchoolRow>, line: number): RosterImportError[] {
    const errors = this.ownSchool(check.keys.npsn, line);
    const npsn = check.keys.npsn;
    if (npsn) this.unique(this.npsn, npsn, line, 'npsn', errors);
    const row = check.row;
    if (row) {
      this.sameName(`p${row.provinceCode}`, row.provinceName, line, 'nama_provinsi', errors);
      this.sameName(`k${row.regencyCode}`, row.regencyName, line, 'nama_kabupaten', errors);
    }
    return errors;
  }

  /** Checks one PTK-file row against the rows before it. */
  ptk(check: RowCheck<PtkRow>, line: number): RosterImportError[] {
    const errors = this.ownSchool(check.keys.npsn, line);
    const { nip, nuptk, email } = check.keys;
    if (nip) this.unique(this.nip, nip, line, 'nip', errors);
    if (nuptk) this.unique(this.nuptk, nuptk, line, 'nuptk', errors);
    if (email) this.unique(this.email, email, line, 'email', errors);
    const row = check.row;
    if (row?.principalKind) {
      const first = this.principal.get(row.npsn);
      if (first === undefined) this.principal.set(row.npsn, line);
      else {
        errors.push(
          rowError(
            line,
            'kepala_sekolah',
            `sekolah NPSN ${row.npsn} sudah punya kepala sekolah di baris ${first}; satu sekolah hanya satu kepala sekolah (definitif atau plt)`,
          ),
        );
      }
    }
    return errors;
  }

  private ownSchool(npsn: string | undefined, line: number): RosterImportError[] {
    if (!npsn || !this.allowedNpsn || this.allowedNpsn.has(npsn)) return [];
    return [
      rowError(
        line,
        'npsn',
        `NPSN bukan sekolah Anda (${npsn}); operator sekolah hanya dapat mengimpor data sekolahnya sendiri`,
      ),
    ];
  }

  private unique(
    seen: Map<string, number>,
    key: string,
    line: number,
    column: string,
    errors: RosterImportError[],
  ): void {
    const first = seen.get(key);
    if (first === undefined) seen.set(key, line);
    else
      errors.push(
        rowError(
          line,
          column,
          `kolom ${column} "${key}" sudah dipakai di baris ${first}; setiap ${column} hanya boleh muncul sekali`,
        ),
      );
  }

  private sameName(
    key: string,
    name: string,
    line: number,
    column: string,
    errors: RosterImportError[],
  ) {
    const first = this.regionNames.get(key);
    if (!first) this.regionNames.set(key, { name, line });
    else if (first.name.toLowerCase() !== name.toLowerCase()) {
      const code = key.slice(1);
      errors.push(
        rowError(
          line,
          column,
          `kolom ${column} "${name}" berbeda dengan baris ${first.line} ("${first.name}") untuk kode ${code} yang sama`,
        ),
      );
    }
  }
}
