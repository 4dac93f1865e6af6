/** A file size for people: "850 KB", "10,0 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}

/** The calendar day (YYYY-MM-DD) of an instant in Western Indonesia Time (UTC+7). */
export function wibDay(iso: string): string {
  return new Date(new Date(iso).getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

/**
 * A slot's title with its instance when an activity is planned more than once ("… — kegiatan ke-2
 * dari 3"), so each slot and its buttons are told apart (domain.md §4.5).
 */
export function slotTitleOf(
  slot: { title: string; instance: number; instanceCount: number },
  t: (key: 'evidence.instance', params: Record<string, string | number>) => string,
): string {
  return slot.instanceCount > 1
    ? `${slot.title} — ${t('evidence.instance', { instance: slot.instance, count: slot.instanceCount })}`
    : slot.title;
}
