import type {
  BerakhlakValueCodeDto,
  Plan,
  PlanOptionsResponse,
  PlanTab,
  PracticeOptionsResponse,
} from '@kinerja/contract';
import { competencyActivityCounts } from '@kinerja/domain';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

type Heading = 'h2' | 'h3';

function Section({
  title,
  heading: HeadingTag,
  children,
}: {
  title: string;
  heading: Heading;
  children: ReactNode;
}) {
  return (
    <section className="plan-summary-section">
      <HeadingTag className="card-heading">{title}</HeadingTag>
      {children}
    </section>
  );
}

function Missing() {
  const { t } = useI18n();
  return <p className="muted">{t('planning.summary.none')}</p>;
}

function MainDuties({ plan, options }: { plan: Plan; options: PlanOptionsResponse | null }) {
  const { t } = useI18n();
  const { dutyCodes, focusCode } = plan.content.mainDuties;
  if (dutyCodes.length === 0) return <Missing />;
  const nameOf = (code: string) =>
    options?.mainDuties.duties.find((duty) => duty.code === code)?.name ?? code;
  return (
    <ul>
      {dutyCodes.map((code) => (
        <li key={code}>
          {nameOf(code)}
          {code === focusCode ? <strong> — {t('planning.summary.focus')}</strong> : null}
        </li>
      ))}
    </ul>
  );
}

function Practice({ plan, practice }: { plan: Plan; practice: PracticeOptionsResponse | null }) {
  const code = plan.content.practiceIndicatorCode;
  if (!code) return <Missing />;
  const option = [...(practice?.recommended ?? []), ...(practice?.others ?? [])].find(
    (entry) => entry.code === code,
  );
  return (
    <p>
      <strong>{option?.name ?? code}</strong>
      {option?.group ? <span className="muted"> — {option.group}</span> : null}
    </p>
  );
}

function Competency({ plan, options }: { plan: Plan; options: PlanOptionsResponse | null }) {
  const { t } = useI18n();
  const competency = options?.competency;
  const points = plan.competencyPoints;
  if (points || competency?.mode === 'points') {
    const codes = plan.content.competencyRhkCodes;
    const rhks = competency?.mode === 'points' ? competency.rhks : [];
    return (
      <>
        {codes.length === 0 ? (
          <Missing />
        ) : (
          <ul>
            {competencyActivityCounts(codes).map(({ code, count }) => {
              const rhk = rhks.find((entry) => entry.code === code);
              return (
                <li key={code}>
                  {rhk?.role ?? code}
                  {rhk?.points != null ? (
                    <span className="muted">
                      {' '}
                      (
                      {count > 1
                        ? t('planning.summary.pointsTimes', { count, points: rhk.points })
                        : t('planning.summary.points', { points: rhk.points })}
                      )
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
        {points ? (
          <p>
            {t('planning.summary.totalPoints', {
              total: points.total,
              min: points.min,
              max: points.recommendedMax,
            })}
          </p>
        ) : null}
      </>
    );
  }
  const code = plan.content.competencyIndicatorCode;
  if (!code) return <Missing />;
  const groups = competency?.mode === 'indicator' ? competency.groups : [];
  for (const group of groups) {
    const indicator = group.indicators.find((entry) => entry.code === code);
    if (indicator) {
      return (
        <p>
          <strong>{indicator.name}</strong>
          <span className="muted"> — {group.name}</span>
        </p>
      );
    }
  }
  return (
    <p>
      <strong>{code}</strong>
    </p>
  );
}

function AdditionalDuties({ plan, options }: { plan: Plan; options: PlanOptionsResponse | null }) {
  const { t } = useI18n();
  const chosen = plan.content.additionalDuties;
  if (chosen.length === 0) return <p className="muted">{t('planning.summary.noAdditional')}</p>;
  return (
    <ul>
      {chosen.map((duty) => (
        <li key={duty.code}>
          {options?.additionalDuties.duties.find((entry) => entry.code === duty.code)?.name ??
            duty.code}
          {duty.skReference ? (
            <span className="muted">
              {' '}
              — {t('planning.summary.skReference')}: {duty.skReference}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function WorkBehaviour({
  plan,
  options,
  heading,
}: {
  plan: Plan;
  options: PlanOptionsResponse | null;
  heading: Heading;
}) {
  const { t } = useI18n();
  const rule = options?.workBehaviour;
  const chosen = plan.content.workBehaviour;
  const codes: BerakhlakValueCodeDto[] = rule
    ? rule.values
        .map((value) => value.code)
        .filter(
          (code) =>
            rule.requiredValueCodes.includes(code) ||
            Boolean(chosen[code]?.behaviourCode) ||
            Boolean(plan.supervisorExpectations[code]),
        )
    : (Object.keys(chosen) as BerakhlakValueCodeDto[]);
  if (codes.length === 0) return <Missing />;
  const Sub = heading === 'h2' ? 'h3' : 'h4';
  return (
    <ul className="plain-list stack">
      {codes.map((code) => {
        const value = rule?.values.find((entry) => entry.code === code);
        const behaviourCode = chosen[code]?.behaviourCode ?? null;
        const behaviour = value?.behaviours.find((entry) => entry.code === behaviourCode);
        const expectation =
          plan.supervisorExpectations[code]?.text || chosen[code]?.supervisorExpectation || '';
        return (
          <li key={code}>
            <Sub className="plan-summary-value">{value?.name ?? code}</Sub>
            <p>{behaviourCode ? (behaviour?.text ?? behaviourCode) : t('planning.summary.none')}</p>
            <p className="hint">
              {t('planning.summary.expectation')}:{' '}
              {expectation ? (
                <span className="plan-summary-expectation">{expectation}</span>
              ) : (
                t('planning.summary.noExpectation')
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

function TabContent({
  tab,
  plan,
  options,
  practice,
  heading,
}: {
  tab: PlanTab;
  plan: Plan;
  options: PlanOptionsResponse | null;
  practice: PracticeOptionsResponse | null;
  heading: Heading;
}) {
  const additionalTab =
    options?.additionalDuties.tab ??
    (plan.tabs.some((entry) => entry.code === 'additional_duties')
      ? 'additional_duties'
      : 'main_duties');
  const additional =
    tab === additionalTab ? <AdditionalDuties plan={plan} options={options} /> : null;
  switch (tab) {
    case 'main_duties':
      return (
        <>
          <MainDuties plan={plan} options={options} />
          {additional}
        </>
      );
    case 'practice':
      return <Practice plan={plan} practice={practice} />;
    case 'competency':
      return <Competency plan={plan} options={options} />;
    case 'additional_duties':
      return additional;
    case 'work_behaviour':
      return <WorkBehaviour plan={plan} options={options} heading={heading} />;
    default:
      return null;
  }
}

/**
 * Every choice of a plan with catalogue names (codes when a catalogue is not loaded), the
 * supervisor's expectations, the return note and the approval block — domain.md §3.3 "Rangkuman".
 * Shared by the employee's "Rangkuman" tab and the supervisor's review page.
 */
export function PlanSummary({
  plan,
  options,
  practice,
  headingLevel = 3,
}: {
  plan: Plan;
  options: PlanOptionsResponse | null;
  practice: PracticeOptionsResponse | null;
  /** Level of the section headings (the host page's heading is one above). */
  headingLevel?: 2 | 3;
}) {
  const { t } = useI18n();
  const heading: Heading = headingLevel === 2 ? 'h2' : 'h3';
  const tabs = plan.tabs.filter((tab) => tab.code !== 'summary' && tab.code !== 'pre_planning');
  return (
    <div className="plan-summary stack">
      {plan.returnNote && plan.status === 'returned' ? (
        <div className="alert alert-error" data-testid="plan-summary-return-note">
          <strong>{t('planning.summary.returnNote')}</strong>
          <p className="plan-summary-note">{plan.returnNote}</p>
        </div>
      ) : null}
      <Section title={t('planning.summary.identity')} heading={heading}>
        <dl className="facts facts-compact">
          <div>
            <dt>{t('planning.summary.name')}</dt>
            <dd>{plan.employee.name}</dd>
          </div>
          {plan.employee.nip ? (
            <div>
              <dt>NIP</dt>
              <dd>{plan.employee.nip}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('planning.summary.school')}</dt>
            <dd>{plan.school.name}</dd>
          </div>
          <div>
            <dt>{t('planning.summary.period')}</dt>
            <dd>{plan.periodLabel}</dd>
          </div>
        </dl>
      </Section>
      {tabs.map((tab) => (
        <Section key={tab.code} title={tab.label} heading={heading}>
          <TabContent
            tab={tab.code}
            plan={plan}
            options={options}
            practice={practice}
            heading={heading}
          />
        </Section>
      ))}
      {plan.approval ? (
        <Section title={t('planning.summary.approval')} heading={heading}>
          {/* The label already names who approved and when ("Disetujui oleh … pada …"). */}
          <p data-testid="plan-summary-approval">
            <strong>{plan.approval.label}</strong>
          </p>
        </Section>
      ) : null}
    </div>
  );
}
