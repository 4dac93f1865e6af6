import type { Plan, PlanTab } from '@kinerja/contract';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';

/** The id of a tab's button and of its panel. */
export const tabId = (tab: PlanTab) => `plan-tab-${tab}`;
/** The id of the panel a tab controls. */
export const panelId = (tab: PlanTab) => `plan-panel-${tab}`;

/** Errors still open on a tab (warnings only inform). */
export const errorCount = (plan: Plan, tab: PlanTab): number =>
  plan.tabs.find((entry) => entry.code === tab)?.problems.filter((p) => p.severity === 'error')
    .length ?? 0;

/**
 * The rule set's tabs in order, labels from the server, each with its open-problem count; the
 * count is a description so the tab's name stays its official label (ARIA tabs, arrow keys).
 */
export function PlanTabs({
  plan,
  current,
  onSelect,
}: {
  plan: Plan;
  current: PlanTab;
  onSelect: (tab: PlanTab) => void;
}) {
  const { t } = useI18n();
  const list = useRef<HTMLDivElement>(null);
  const tabs = plan.tabs;

  // Phones show the tabs as one scrolling row: keep the current one in view (and the previous peeking).
  useEffect(() => {
    const row = list.current;
    const button = row?.querySelector<HTMLElement>(`#${tabId(current)}`);
    if (!row || !button) return;
    const rowBox = row.getBoundingClientRect();
    const box = button.getBoundingClientRect();
    if (box.left < rowBox.left || box.right > rowBox.right) {
      row.scrollLeft += box.left - rowBox.left - 48;
    }
  }, [current]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((tab) => tab.code === current);
    let next = -1;
    if (event.key === 'ArrowRight') next = (index + 1) % tabs.length;
    if (event.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
    if (event.key === 'Home') next = 0;
    if (event.key === 'End') next = tabs.length - 1;
    const target = tabs[next];
    if (!target) return;
    event.preventDefault();
    onSelect(target.code);
    list.current?.querySelector<HTMLButtonElement>(`#${tabId(target.code)}`)?.focus();
  };

  return (
    <div
      ref={list}
      role="tablist"
      aria-label={t('planning.tabs.label')}
      className="plan-tabs"
      onKeyDown={onKeyDown}
    >
      {tabs.map((tab, index) => {
        const count = tab.code === 'summary' ? 0 : errorCount(plan, tab.code);
        const isCurrent = tab.code === current;
        return (
          <button
            key={tab.code}
            id={tabId(tab.code)}
            type="button"
            role="tab"
            aria-selected={isCurrent}
            aria-controls={panelId(tab.code)}
            aria-describedby={count > 0 ? `${tabId(tab.code)}-count` : undefined}
            tabIndex={isCurrent ? 0 : -1}
            className="plan-tab"
            onClick={() => onSelect(tab.code)}
          >
            <span className="plan-tab-step" aria-hidden="true">
              {index + 1}
            </span>
            {tab.label}
            {count > 0 ? (
              <>
                <span className="plan-tab-count" aria-hidden="true">
                  {count}
                </span>
                <span id={`${tabId(tab.code)}-count`} hidden>
                  {t('planning.tabs.problems', { count })}
                </span>
              </>
            ) : null}
          </button>
        );
      })}
    </div>
  );
}
