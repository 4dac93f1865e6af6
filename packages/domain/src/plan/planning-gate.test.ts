import { describe, expect, it } from 'vitest';
import { ruleSetFor } from '../rule-sets/registry';
import {
  planningGate,
  planningRefusalMessage,
  type PlanningSupervisorFacts,
} from './planning-gate';

const principalAtWork: PlanningSupervisorFacts = {
  isDefinitivePrincipal: true,
  hasStartedExecution: true,
};
const principalWaiting: PlanningSupervisorFacts = {
  isDefinitivePrincipal: true,
  hasStartedExecution: false,
};
const actingPrincipal: PlanningSupervisorFacts = {
  isDefinitivePrincipal: false,
  hasStartedExecution: false,
};

// Windows, the principal's 15 January (§1.1), the 2024-S2 wait (§2.4) and the 2026 lockout (§2.4).
describe('planningGate — domain.md §1.1, §2.4', () => {
  it.each([
    // §1.1: "in 2024 started 15 Jan 2024" for Kepala Sekolah as pegawai [C] SCRIBD-KS, MASBABAL.
    ['2024-S1', '2024-01-14', 'principal', 'start', principalAtWork, 'PLANNING_NOT_OPEN_PRINCIPAL'],
    ['2024-S1', '2024-01-15', 'principal', 'start', principalAtWork, null],
    ['2024-S1', '2024-01-02', 'teacher', 'start', principalAtWork, null],
    ['2024-S1', '2023-12-31', 'teacher', 'start', principalAtWork, 'PLANNING_NOT_OPEN'],
    // §2.4: Periode 2 planning waits for the atasan's Pelaksanaan Periode 2 [S] INFOGURU-P2.
    [
      '2024-S2',
      '2024-07-02',
      'teacher',
      'start',
      principalWaiting,
      'PLANNING_WAITS_FOR_SUPERVISOR_EXECUTION',
    ],
    ['2024-S2', '2024-07-02', 'teacher', 'start', principalAtWork, null],
    ['2024-S2', '2024-07-02', 'teacher', 'start', actingPrincipal, null],
    ['2024-S2', '2024-07-02', 'teacher', 'edit', principalWaiting, null],
    ['2024-S2', '2024-07-02', 'principal', 'start', principalWaiting, null],
    // 2024-S1 and the annual periods do not wait.
    ['2024-S1', '2024-01-02', 'teacher', 'start', principalWaiting, null],
    ['2025', '2025-01-02', 'teacher', 'start', principalWaiting, null],
    // Pra-Perencanaan opens "Mulai" before the planning window; "Ajukan" waits for it — §2.2, §2.4.
    ['2026', '2026-01-02', 'teacher', 'start', principalAtWork, null],
    ['2026', '2026-01-02', 'teacher', 'submit', principalAtWork, 'PLANNING_NOT_OPEN'],
    // 2026 lockout after 31 January.
    ['2026', '2026-02-02', 'teacher', 'edit', principalAtWork, 'PLANNING_LOCKED_OUT'],
  ] as const)('%s on %s, %s %s → %s', (version, today, employeeKind, action, supervisor, code) => {
    const refusal = planningGate({
      ruleSet: ruleSetFor(version),
      today,
      extensions: [],
      action,
      employeeKind,
      supervisor,
    });
    expect(refusal?.code ?? null).toBe(code);
  });

  it('takes the stored windows as an argument (an administrator moved planning)', () => {
    const ruleSet = ruleSetFor('2025');
    const windows = ruleSet.stages.map((window) =>
      window.stage === 'planning' ? { ...window, start: '2025-02-01' } : window,
    );
    const options = {
      ruleSet,
      today: '2025-01-20',
      extensions: [],
      employeeKind: 'teacher',
    } as const;
    expect(planningGate({ ...options, action: 'submit', windows })?.params.date).toBe('2025-02-01');
    expect(planningGate({ ...options, action: 'submit' })).toBeNull();
  });

  it('an extension lifts the 2026 lockout', () => {
    const refusal = planningGate({
      ruleSet: ruleSetFor('2026'),
      today: '2026-02-02',
      extensions: [{ stage: 'planning', until: '2026-02-10' }],
      action: 'submit',
      employeeKind: 'teacher',
    });
    expect(refusal).toBeNull();
  });

  it.each([
    [
      { code: 'PLANNING_NOT_OPEN_PRINCIPAL', params: { date: '2024-01-15' } },
      'Perencanaan Kinerja Kepala Sekolah sebagai Pegawai periode ini dibuka mulai 15 Januari 2024.',
    ],
    [
      { code: 'PLANNING_WAITS_FOR_SUPERVISOR_EXECUTION', params: {} },
      'Perencanaan Kinerja periode ini baru dapat dimulai setelah Kepala Sekolah (atasan Anda) memulai Pelaksanaan Kinerja periode ini. Hubungi Kepala Sekolah Anda.',
    ],
  ] as const)('says it in Indonesian with the date as in the guides', (refusal, message) => {
    expect(planningRefusalMessage(refusal, 'id')).toBe(message);
  });
});
