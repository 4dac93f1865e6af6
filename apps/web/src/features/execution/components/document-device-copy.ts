import type { WrittenDocument } from '@kinerja/contract';
import { readKept, removeKept, writeKept } from '../../../lib/offline/device-store';

// The unsent typing of a written document (the reflection, the duty checklist) kept on the device
// until the server confirms it (issue 17), with the version it was typed on, so a newer server
// copy found later is a choice for the person, never a silent overwrite.

const PREFIX = 'kinerja.document.';

/** Typing kept on this device: the value and the document version it was typed on. */
export type DocumentCopy<V> = { version: number; value: V };

const keyOf = (doc: WrittenDocument) => `${PREFIX}${doc.planId}.${doc.kind}`;

/** The kept typing of this document, or null; `fromDevice` checks the kept value's shape. */
export function readDocumentCopy<V>(
  doc: WrittenDocument,
  fromDevice: (raw: unknown) => V | null,
): DocumentCopy<V> | null {
  try {
    const raw = readKept(keyOf(doc));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as { version?: unknown; value?: unknown };
    const value = fromDevice(parsed.value);
    if (typeof parsed.version !== 'number' || value === null) return null;
    return { version: parsed.version, value };
  } catch {
    return null;
  }
}

/** Keeps the typing of this document, typed on `version`. */
export function keepDocumentCopy<V>(doc: WrittenDocument, version: number, value: V): void {
  writeKept(keyOf(doc), JSON.stringify({ version, value }));
}

/** Forgets the kept typing (confirmed by the server, or dropped by the person). */
export function clearDocumentCopy(doc: WrittenDocument): void {
  removeKept(keyOf(doc));
}
