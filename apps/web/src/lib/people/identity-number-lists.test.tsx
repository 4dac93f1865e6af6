import type { ExecutionStatusRow } from '@kinerja/contract';
import { cleanup, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { TeacherTable } from '../../features/dashboard/components/teacher-table';
import { teacher } from '../../features/dashboard/test/dashboard-test-data';
import { ReviewRow } from '../../features/execution/components/review-row';
import { SchoolPlanTable } from '../../features/plan-review/components/school-plan-list';
import { teacherRow } from '../../features/plan-review/test/review-test-data';
import { I18nProvider } from '../i18n/i18n';
import { loadAllMessagePacks } from '../i18n/message-packs';

// In the app each area's texts arrive with its pages (message-packs.ts); here all at once.
await loadAllMessagePacks();

// Every list prints a person's number through identityNumber: a PPPK has a NI PPPK and is never
// "Tanpa NIP" (issue #11 finding 7).
const wrap = (node: ReactNode) => render(<I18nProvider>{node}</I18nProvider>);
afterEach(cleanup);

const pppk = { nip: null, employmentStatus: 'pppk' as const };
const pns = { nip: '199203152019031008', employmentStatus: 'pns' as const };

describe('the employee number in every list (issue #11 finding 7)', () => {
  it('Dasbor: the teacher table', () => {
    const rows = [teacher(1, 'Andi Wijaya, S.Pd.'), teacher(2, 'Sri Wahyuni, S.Pd.')];
    rows[0]!.employee = { ...rows[0]!.employee, ...pns };
    rows[1]!.employee = { ...rows[1]!.employee, ...pppk };
    wrap(<TeacherTable rows={rows} canOpenPlans={false} />);
    const sub = (name: RegExp) =>
      screen.getByRole('row', { name }).querySelector('.dash-sub')?.textContent;
    expect(sub(/Andi Wijaya/)).toBe('NIP 199203152019031008');
    expect(sub(/Sri Wahyuni/)).toBe('NI PPPK belum tercatat');
    expect(screen.queryByText(/Tanpa NIP/)).toBeNull();
  });

  it('Pelaksanaan: the review rows', () => {
    const row: ExecutionStatusRow = {
      employee: {
        id: 'p-1',
        name: 'Sri Wahyuni, S.Pd.',
        nip: '198801012023212001',
        employmentStatus: 'pppk',
      },
      school: { id: 's-1', name: 'SD Negeri 1 Contoh', npsn: '20200001' },
      planId: null,
      planStatus: 'not_started',
      documents: { competencyReflection: null, mainDutiesChecklist: null },
      practice: null,
    };
    wrap(
      <ul>
        <ReviewRow
          row={row}
          showSchool={false}
          canConfirm={false}
          assessLink={null}
          onOpen={() => undefined}
        />
      </ul>,
    );
    expect(screen.getByText('NI PPPK 198801012023212001')).toBeTruthy();
  });

  it('Periksa: the desktop table', () => {
    const row = teacherRow(1, 'Sri Wahyuni, S.Pd.', 'draft', null);
    row.employee = { ...row.employee, employmentStatus: 'pppk' };
    wrap(<SchoolPlanTable plans={[row]} selected={new Set()} onToggle={() => undefined} />);
    const cells = within(screen.getByRole('row', { name: /Sri Wahyuni/ })).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toContain('NI PPPK belum tercatat');
    expect(screen.getByRole('columnheader', { name: 'NIP/NI PPPK' })).toBeTruthy();
  });
});
