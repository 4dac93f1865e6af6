import { TEACHING_JENIS_PTK } from '@kinerja/domain';
import { sql } from 'kysely';

/**
 * The teaching Jenis PTK values upper-cased as an SQL list, for `upper(p.jenis_ptk) in (…)`: only
 * these staff are teachers in Pengelolaan Kinerja (domain.md §1.4).
 */
export const teachingJenisPtkSql = sql.join(
  TEACHING_JENIS_PTK.map((value) => sql.lit(value.toUpperCase())),
);
