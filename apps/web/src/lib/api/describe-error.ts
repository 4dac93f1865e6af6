import type { MessageKey } from '../i18n/messages-id';
import { ApiError, BAD_RESPONSE, NETWORK_ERROR } from './client';

type Translate = (key: MessageKey) => string;

/** Errors of a form: messages next to named fields, and one general message for the rest. */
export type FormErrors = { general: string | null; fields: Record<string, string> };

/** No errors. */
export const noFormErrors: FormErrors = { general: null, fields: {} };

/** A readable message for any thrown error (server messages are already localized). */
export function describeError(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.code === NETWORK_ERROR) return t('error.network');
    if (error.code === BAD_RESPONSE) return t('error.unexpected');
    return error.message;
  }
  return t('error.unexpected');
}

/**
 * Splits an error into per-field messages for the fields the form shows, and a general message:
 * a short pointer to the fields, plus anything that belongs to no visible field.
 */
export function toFormErrors(
  error: unknown,
  formFields: readonly string[],
  t: Translate,
): FormErrors {
  if (!(error instanceof ApiError) || Object.keys(error.fields).length === 0) {
    return { general: describeError(error, t), fields: {} };
  }
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  for (const [field, message] of Object.entries(error.fields)) {
    if (formFields.includes(field)) fields[field] = message;
    else rest.push(`${field}: ${message}`);
  }
  const general =
    rest.length > 0 ? rest.join(' ') : Object.keys(fields).length ? null : error.message;
  return { general: general ?? t('form.checkFields'), fields };
}
