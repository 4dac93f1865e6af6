import { fillTemplate } from '../i18n/fill-template';
import { DEFAULT_LOCALE, type Locale, type LocalizedText } from '../i18n/locale';
import { assessmentMessages } from './messages-assessment';
import { evidenceMessages } from './messages-evidence';
import { executionMessages } from './messages-execution';
import { executionWindowMessages } from '../execution/execution-messages';
import { practiceMessages } from '../practice/practice-messages';
import { generalMessages } from './messages-general';
import { planMessages } from './messages-plan';
import { periodMessages } from '../periods/period-messages';

/** Every user-facing message, keyed by its stable code (architecture.md §6). */
export const messages = {
  ...generalMessages,
  ...planMessages,
  ...executionMessages,
  ...evidenceMessages,
  ...executionWindowMessages,
  ...practiceMessages,
  ...assessmentMessages,
  ...periodMessages,
} as const satisfies Record<string, LocalizedText>;

/** A stable message / error code; the server maps codes to HTTP statuses. */
export type MessageCode = keyof typeof messages;

/** Values substituted into `{name}` placeholders of a message. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Every message code, for exhaustive checks (e.g. the server's status table). */
export const MESSAGE_CODES = Object.keys(messages) as MessageCode[];

/** Whether a string is a known message code. */
export function isMessageCode(code: string): code is MessageCode {
  return Object.hasOwn(messages, code);
}

/** The message of a code in a locale, with `{name}` placeholders filled from params. */
export function messageFor(
  code: MessageCode,
  locale: Locale = DEFAULT_LOCALE,
  params?: MessageParams,
): string {
  const template: string = messages[code][locale];
  if (!params) return template;
  return fillTemplate(template, params, locale);
}
