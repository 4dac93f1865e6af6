import type { Karya, KaryaListResponse } from '@kinerja/contract';
import { KARYA_CATEGORIES, type Locale } from '@kinerja/domain';
import type { KaryaWithUse } from './karya.repository.js';

/** Where a work's file is served, to its owner only. */
export const karyaFileUrl = (id: string): string => `/api/bukti-karya/${id}/file`;

/** The label of a Kategori Karya (the code itself when unknown). */
export function categoryLabel(code: string, locale: Locale): string {
  return KARYA_CATEGORIES.find((category) => category.code === code)?.label[locale] ?? code;
}

/** One work as the API shows it. */
export function presentKarya(row: KaryaWithUse, locale: Locale): Karya {
  return {
    id: row.id,
    title: row.title,
    category: row.category,
    categoryLabel: categoryLabel(row.category, locale),
    file: {
      name: row.fileName,
      sizeBytes: row.sizeBytes,
      sha256: row.fileHash,
      url: karyaFileUrl(row.id),
    },
    usedCount: row.usedCount,
    canDelete: row.usedCount === 0,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Bukti Karya: the categories and the owner's works. */
export function presentKaryaList(
  rows: readonly KaryaWithUse[],
  options: { locale: Locale; maxBytes: number },
): KaryaListResponse {
  return {
    categories: KARYA_CATEGORIES.map((category) => ({
      code: category.code,
      label: category.label[options.locale],
    })),
    items: rows.map((row) => presentKarya(row, options.locale)),
    maxBytes: options.maxBytes,
  };
}
