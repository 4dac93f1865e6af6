import type { EKinerjaOutboxRow, EKinerjaSyncStatus } from '@kinerja/contract';
import { idempotencyKeyOf } from './sync-outbox.js';
import type { OutboxListRow } from './outbox.repository.js';

const STATUS_LABELS: Record<EKinerjaSyncStatus, string> = {
  pending: 'Menunggu dikirim',
  retrying: 'Dicoba ulang',
  failed: 'Gagal',
  delivered: 'Terkirim',
};

const KIND_LABELS = {
  'plan.approved': 'SKP (Perencanaan Kinerja disepakati)',
  'plan.rhk_changed': 'SKP (Rencana Hasil Kerja diubah)',
  'assessment.final': 'Predikat (Penilaian Kinerja ditetapkan)',
  'assessment.periodic': 'Penilaian periodik',
} as const;

type RowPayload = {
  planId: string;
  assessmentId?: string;
  factKey?: string;
  tipePeriodik?: string;
  label?: string;
};

/** The words for what a row carries beyond its kind: which change, or which period slice. */
function detailOf(payload: RowPayload): string | null {
  if (!payload.label) return null;
  if (!payload.tipePeriodik) return payload.label;
  const tipe = payload.tipePeriodik === 'bulanan' ? 'bulanan' : 'triwulanan';
  return `${payload.label} — penilaian ${tipe}`;
}

/** Where a row stands: delivered, failed (waiting for an operator), retrying, or not tried yet. */
export function statusOf(row: Pick<OutboxListRow, 'processedAt' | 'failedAt' | 'attempts'>) {
  if (row.processedAt) return 'delivered' as const;
  if (row.failedAt) return 'failed' as const;
  return row.attempts > 0 ? ('retrying' as const) : ('pending' as const);
}

/** One outbox row as the operator sees it; `canRetry` follows the actor's reach (checked before). */
export function presentOutboxRow(row: OutboxListRow): EKinerjaOutboxRow {
  const status = statusOf(row);
  const payload = JSON.parse(row.payloadText) as RowPayload;
  const isOpen = status === 'pending' || status === 'retrying';
  return {
    id: row.id,
    topic: row.topic,
    kind: KIND_LABELS[row.topic],
    detail: detailOf(payload),
    idempotencyKey: idempotencyKeyOf(row.topic, payload),
    status,
    statusLabel: STATUS_LABELS[status],
    attempts: row.attempts,
    createdAt: row.createdAt.toISOString(),
    nextAttemptAt: isOpen ? row.availableAt.toISOString() : null,
    deliveredAt: row.processedAt?.toISOString() ?? null,
    failedAt: row.failedAt?.toISOString() ?? null,
    lastErrorCode: row.lastErrorCode,
    lastError: row.lastError,
    employee: { id: row.employeeId, name: row.employeeName, nip: row.nip },
    school: { id: row.schoolId, name: row.schoolName, npsn: row.npsn },
    periodId: row.periodId,
    canRetry: status === 'failed' || status === 'retrying',
  };
}
