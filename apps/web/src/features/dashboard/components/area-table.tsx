import type { AreaDashboardRow, DashboardQuery } from '@kinerja/contract';
import { useId, useMemo, useState } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';
import { Link } from '../../../lib/router';
import { formatNumber, formatPercent } from '../format';
import { provinceDashboardPath, schoolDashboardPath } from '../paths';
import { PREDIKATS } from './predikat-chart';

type SortKey = 'name' | 'completion';
type Sort = { key: SortKey; direction: 'ascending' | 'descending' };

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

function sortRows(rows: readonly AreaDashboardRow[], sort: Sort): AreaDashboardRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const byName = collator.compare(a.name, b.name);
    if (sort.key === 'name') return sign * byName;
    // Equal shares keep alphabetical order whichever way the percentage runs.
    return sign * (a.counts.completionPercent - b.counts.completionPercent) || byName;
  });
}

/** Where a row drills down to: a school's teachers, a province's regencies, or nowhere. */
function rowPath(row: AreaDashboardRow, query: DashboardQuery): string | null {
  if (row.kind === 'school') return schoolDashboardPath(row.code, query);
  if (row.kind === 'province') return provinceDashboardPath(row.code, query);
  return null;
}

function SortButton({
  label,
  sortKey,
  sort,
  onSort,
}: {
  label: string;
  sortKey: SortKey;
  sort: Sort;
  onSort: (key: SortKey) => void;
}) {
  const isActive = sort.key === sortKey;
  const arrow = !isActive ? '↕' : sort.direction === 'ascending' ? '↑' : '↓';
  return (
    <button type="button" className="dash-sort" onClick={() => onSort(sortKey)}>
      {label}
      <span aria-hidden="true">{arrow}</span>
    </button>
  );
}

function CompletionCell({ percent }: { percent: number }) {
  const { locale } = useI18n();
  return (
    <td className="num dash-completion">
      <span className="dash-meter" aria-hidden="true">
        <span style={{ width: `${Math.min(percent, 100)}%` }} />
      </span>
      {formatPercent(percent, locale)}
    </td>
  );
}

/**
 * An area dashboard's rows (schools of a Dinas, provinces, or kabupaten/kota): name, NPSN for
 * schools, teachers, % selesai with a small bar and the predikat counts; sortable by name and by
 * % selesai, with a search box. Scrolls inside its own box on phones.
 */
export function AreaTable({
  rows,
  query,
}: {
  rows: readonly AreaDashboardRow[];
  query: DashboardQuery;
}) {
  const { t, locale } = useI18n();
  const searchId = useId();
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<Sort>({ key: 'name', direction: 'ascending' });
  const kind = rows[0]?.kind ?? 'school';
  const isSchools = kind === 'school';
  const visible = useMemo(() => {
    const needle = search.trim().toLowerCase();
    const matching = needle
      ? rows.filter(
          (row) => row.name.toLowerCase().includes(needle) || (row.npsn ?? '').includes(needle),
        )
      : rows;
    return sortRows(matching, sort);
  }, [rows, search, sort]);
  // A new column starts with its most useful end: A→Z for names, the highest share for % selesai.
  const onSort = (key: SortKey) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: key === 'name' ? 'ascending' : 'descending' },
    );
  const ariaSort = (key: SortKey) => (sort.key === key ? sort.direction : 'none');
  return (
    <section className="dash-section">
      <h2 id="dash-rows" className="section-heading">
        {t(`dashboard.rows.heading.${kind}`)}
      </h2>
      <div className="field dash-search">
        <label htmlFor={searchId}>
          {t(isSchools ? 'dashboard.rows.search.school' : 'dashboard.rows.search.region')}
        </label>
        <input
          id={searchId}
          type="search"
          value={search}
          autoComplete="off"
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      <p className="muted" aria-live="polite">
        {t('dashboard.rows.shown', { shown: visible.length, total: rows.length })}
      </p>
      <p className="hint">{t('dashboard.sortHint')}</p>
      {visible.length === 0 ? (
        <p className="note">{t('dashboard.rows.noMatch')}</p>
      ) : (
        <div
          className="table-scroll dash-table-box"
          role="region"
          tabIndex={0}
          aria-labelledby="dash-rows"
        >
          <table className="table dash-table">
            <thead>
              <tr>
                <th scope="col" className="dash-sticky" aria-sort={ariaSort('name')}>
                  <SortButton
                    label={t('dashboard.col.name')}
                    sortKey="name"
                    sort={sort}
                    onSort={onSort}
                  />
                </th>
                {isSchools ? <th scope="col">{t('dashboard.col.npsn')}</th> : null}
                <th scope="col" className="num">
                  {t('dashboard.col.teachers')}
                </th>
                <th scope="col" aria-sort={ariaSort('completion')}>
                  <SortButton
                    label={t('dashboard.col.completion')}
                    sortKey="completion"
                    sort={sort}
                    onSort={onSort}
                  />
                </th>
                {PREDIKATS.map((code) => (
                  <th key={code} scope="col" className="num">
                    {t(`dashboard.predikat.${code}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {visible.map((row) => {
                const path = rowPath(row, query);
                return (
                  <tr key={`${row.kind}-${row.code}`}>
                    <th scope="row" className="dash-sticky">
                      {path ? <Link to={path}>{row.name}</Link> : row.name}
                    </th>
                    {isSchools ? <td className="code">{row.npsn ?? t('common.empty')}</td> : null}
                    <td className="num">{formatNumber(row.counts.teachers, locale)}</td>
                    <CompletionCell percent={row.counts.completionPercent} />
                    {PREDIKATS.map((code) => (
                      <td key={code} className="num">
                        {formatNumber(row.counts.predikat[code], locale)}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
