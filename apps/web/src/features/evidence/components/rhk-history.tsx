import type { RhkOverviewResponse } from '@kinerja/contract';
import { formatDate } from '../../../lib/i18n/format-date';
import { useI18n } from '../../../lib/i18n/i18n';
import { wibDay } from './format';

/**
 * Every "Ubah Rencana Hasil Kerja", old vs new: what was added, what was removed (kept, "tidak
 * dihitung lagi"), SK changes and the points (domain.md §3.4, issue #5 item 2).
 */
export function RhkHistory({ overview }: { overview: RhkOverviewResponse }) {
  const { t, locale } = useI18n();
  const titleOf = (code: string) => {
    for (const change of overview.changes) {
      const all = [
        ...change.before.competency,
        ...change.after.competency,
        ...change.before.additionalDuties,
        ...change.after.additionalDuties,
      ];
      const item = all.find((i) => i.code === code);
      if (item) return item.title;
    }
    return code;
  };
  return (
    <section className="stack" aria-labelledby="rhk-history">
      <h2 id="rhk-history">{t('evidence.rhk.historyHeading')}</h2>
      {overview.changes.length === 0 ? <p>{t('evidence.rhk.noChanges')}</p> : null}
      <ol className="evidence-list" data-testid="rhk-history">
        {[...overview.changes].reverse().map((change) => {
          const added = [
            ...change.diff.competency.added,
            ...change.diff.additionalDuties.added.map((d) => d.code),
          ];
          const removed = [
            ...change.diff.competency.removed,
            ...change.diff.additionalDuties.removed.map((d) => d.code),
          ];
          return (
            <li key={change.id} className="card">
              <p>
                {t('evidence.rhk.changeBy', {
                  date: formatDate(wibDay(change.changedAt), locale),
                  name: change.changedBy.name,
                  discussed: formatDate(wibDay(change.discussedAt), locale),
                })}
              </p>
              <p>
                {t('evidence.rhk.pointsChange', {
                  before: change.before.competencyPoints,
                  after: change.after.competencyPoints,
                })}
              </p>
              {added.length ? (
                <>
                  <h3 className="card-heading">{t('evidence.rhk.added')}</h3>
                  <ul>
                    {added.map((code, index) => (
                      <li key={`${code}-${index}`}>{titleOf(code)}</li>
                    ))}
                  </ul>
                </>
              ) : null}
              {removed.length ? (
                <>
                  <h3 className="card-heading">{t('evidence.rhk.removed')}</h3>
                  <ul>
                    {removed.map((code, index) => (
                      <li key={`${code}-${index}`}>
                        <s>{titleOf(code)}</s> —{' '}
                        {t('evidence.superseded', {
                          date: formatDate(wibDay(change.changedAt), locale),
                        })}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {change.diff.additionalDuties.referenceChanged.map((ref) => (
                <p key={ref.code}>{referenceText(t, { ...ref, code: titleOf(ref.code) })}</p>
              ))}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** An SK change as prose: an empty side reads "diisi" / "dihapus", never 'dari ""' (finding 7). */
function referenceText(
  t: ReturnType<typeof useI18n>['t'],
  ref: { code: string; before: string; after: string },
): string {
  if (!ref.before.trim()) return t('evidence.rhk.referenceAdded', ref);
  if (!ref.after.trim()) return t('evidence.rhk.referenceRemoved', ref);
  return t('evidence.rhk.referenceChanged', ref);
}

/** The current RHKs with "DIUBAH OLEH ANDA" and the points total. */
export function CurrentRhk({ overview }: { overview: RhkOverviewResponse }) {
  const { t } = useI18n();
  const items = [...overview.competency, ...overview.additionalDuties];
  return (
    <section className="stack" aria-labelledby="rhk-current">
      <h2 id="rhk-current">{t('evidence.rhk.current')}</h2>
      <p>
        {t('evidence.rhk.total', {
          total: overview.competencyPoints.total,
          min: overview.competencyPoints.min,
        })}
      </p>
      <ul className="evidence-list" data-testid="rhk-current">
        {items.map((item) => (
          <li key={item.code} className="card">
            <p className="card-title">{item.title}</p>
            <p className="evidence-meta">
              {item.points !== null && item.count > 1 ? (
                <span>{t('evidence.pointsTimes', { count: item.count, points: item.points })}</span>
              ) : item.points !== null ? (
                <span>{t('evidence.points', { points: item.points })}</span>
              ) : null}
              {item.skReference ? <span>{t('evidence.sk', { sk: item.skReference })}</span> : null}
              {item.changedByEmployee ? (
                <strong className="evidence-changed">{t('evidence.changedByYou')}</strong>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
