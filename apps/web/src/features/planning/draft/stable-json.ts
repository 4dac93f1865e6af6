import { planContentSchema, type PlanContent } from '@kinerja/contract';

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** JSON with sorted keys, so two equal drafts always give the same text. */
export function stableJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

/**
 * The draft as the server will store it (the contract trims the SK / Surat Tugas numbers), so a
 * trailing space never looks like an unsaved change forever.
 */
export function normalizeContent(content: PlanContent): PlanContent {
  const parsed = planContentSchema.safeParse(content);
  return parsed.success ? parsed.data : content;
}

/** The comparable text of a draft. */
export const contentKey = (content: PlanContent): string => stableJson(normalizeContent(content));
