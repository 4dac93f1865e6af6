import type { RosterImportError } from '@kinerja/contract';
import type { Db } from '../../db/database.js';
import type { RosterFileChecks } from './roster-file-checks.js';
import { rowError } from './roster-file-error.js';
import { findPeopleByKeys, findSchoolsByNpsn, type PersonKeys } from './roster-write.repository.js';
import type { PtkRow, RowCheck } from './validate-roster-row.js';

/** A checked PTK row waiting for the database checks of its batch. */
export type PendingPtk = { line: number; check: RowCheck<PtkRow> };

type PeopleIndex = {
  byNip: Map<string, PersonKeys>;
  byNuptk: Map<string, PersonKeys>;
  byEmail: Map<string, PersonKeys>;
};

const describe = (p: PersonKeys) => (p.nip ? `NIP ${p.nip}` : `NUPTK ${p.nuptk ?? '-'}`);

/**
 * Checks of PTK rows against the database, one query per batch: the school must already exist, and
 * NIP, NUPTK and email must not point at two different people (they are unique in `people`).
 * Keeps only the set of NPSNs already found (at most one entry per school).
 */
export class PtkDatabaseChecks {
  private readonly knownNpsn = new Set<string>();

  constructor(
    private readonly db: Db,
    private readonly fileChecks: RosterFileChecks,
  ) {}

  /** Errors of one batch of rows, in no particular order. */
  async checkBatch(batch: readonly PendingPtk[]): Promise<RosterImportError[]> {
    const errors: RosterImportError[] = [];
    await this.loadSchools(batch);
    for (const { line, check } of batch) {
      const npsn = check.keys.npsn;
      if (npsn && !this.knownNpsn.has(npsn)) {
        errors.push(
          rowError(
            line,
            'npsn',
            `sekolah dengan NPSN ${npsn} belum terdaftar; impor dulu berkas sekolah yang memuat NPSN ini`,
          ),
        );
      }
    }
    const index = await this.loadPeople(batch);
    for (const pending of batch) errors.push(...this.identityErrors(pending, index));
    return errors;
  }

  private async loadSchools(batch: readonly PendingPtk[]): Promise<void> {
    const wanted = new Set<string>();
    for (const { check } of batch) {
      const npsn = check.keys.npsn;
      if (npsn && !this.knownNpsn.has(npsn)) wanted.add(npsn);
    }
    for (const school of await findSchoolsByNpsn(this.db, [...wanted]))
      this.knownNpsn.add(school.npsn);
  }

  private async loadPeople(batch: readonly PendingPtk[]): Promise<PeopleIndex> {
    const pick = (key: 'nip' | 'nuptk' | 'email') =>
      batch.flatMap(({ check }) => (check.keys[key] ? [check.keys[key]] : []));
    const people = await findPeopleByKeys(this.db, {
      nips: pick('nip'),
      nuptks: pick('nuptk'),
      emails: pick('email'),
    });
    const index: PeopleIndex = { byNip: new Map(), byNuptk: new Map(), byEmail: new Map() };
    for (const p of people) {
      if (p.nip) index.byNip.set(p.nip, p);
      if (p.nuptk) index.byNuptk.set(p.nuptk, p);
      if (p.email) index.byEmail.set(p.email, p);
    }
    return index;
  }

  /** The row's person is found by NIP, else by NUPTK; every other key must agree with that person. */
  private identityErrors({ line, check }: PendingPtk, index: PeopleIndex): RosterImportError[] {
    const { nip, nuptk, email } = check.keys;
    const byNip = nip ? index.byNip.get(nip) : undefined;
    const byNuptk = nuptk ? index.byNuptk.get(nuptk) : undefined;
    const errors: RosterImportError[] = [];
    if (byNip && byNuptk && byNip.id !== byNuptk.id) {
      errors.push(
        rowError(
          line,
          'nuptk',
          `kolom nuptk "${nuptk}" sudah terdaftar atas orang lain (${describe(byNuptk)}), bukan pemilik nip ${nip}`,
        ),
      );
    } else if (!byNip && byNuptk?.nip && nip) {
      errors.push(
        rowError(
          line,
          'nip',
          `kolom nuptk "${nuptk}" sudah terdaftar dengan NIP ${byNuptk.nip}, bukan ${nip}; perbaikan NIP dilakukan lewat Verval PTK`,
        ),
      );
    }
    const target = byNip ?? byNuptk;
    const byEmail = email ? index.byEmail.get(email) : undefined;
    if (byEmail && byEmail.id !== target?.id) {
      errors.push(
        rowError(
          line,
          'email',
          `kolom email "${email}" sudah dipakai orang lain (${describe(byEmail)})`,
        ),
      );
    }
    if (target) errors.push(...this.sameTargetErrors(line, check.keys, target));
    return errors;
  }

  /** Two rows of one file that reach the same stored person through different keys. */
  private sameTargetErrors(
    line: number,
    keys: RowCheck<PtkRow>['keys'],
    target: PersonKeys,
  ): RosterImportError[] {
    const earlier =
      (target.nip && target.nip !== keys.nip ? this.fileChecks.lineOfNip(target.nip) : undefined) ??
      (target.nuptk && target.nuptk !== keys.nuptk
        ? this.fileChecks.lineOfNuptk(target.nuptk)
        : undefined);
    if (earlier === undefined || earlier >= line) return [];
    return [
      rowError(
        line,
        keys.nip ? 'nip' : 'nuptk',
        `baris ini dan baris ${earlier} menunjuk orang yang sama (${describe(target)}); setiap orang hanya boleh muncul sekali`,
      ),
    ];
  }
}
