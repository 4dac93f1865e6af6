import type { IsoDate } from '@kinerja/domain';
import { createTransport, type Transporter } from 'nodemailer';
import type { SmtpConfig } from '../../config.js';
import type { AppContext } from '../../lib/context.js';
import { recordEmailFailure } from '../../ops/email-metrics.js';
import {
  claimDueEmails,
  recordEmailAttempt,
  type ClaimedEmail,
  type EmailOutcome,
} from './email-outbox.repository.js';
import { findEmailPreference } from './email-preferences.repository.js';
import { digestEmail, EMAIL_PATHS, notificationEmail, type EmailContent } from './email-texts.js';
import { unsubscribeTokenFor } from './unsubscribe-token.js';

/** How patient the sender is; defaults suit a mail server that is down for a few hours. */
export type EmailSendSettings = {
  /** Rows claimed per run; default 50. */
  batchSize?: number;
  /** Attempts before a row is given up (5xx answers are given up at once); default 10. */
  maxAttempts?: number;
  /** First retry delay, doubled per attempt up to `maxDelayMs`; default 1 minute. */
  baseDelayMs?: number;
  /** Default 1 hour. */
  maxDelayMs?: number;
};

/** What one run did. */
export type EmailRunResult = { claimed: number; sent: number; retried: number; failed: number };

type Payload = {
  recipientId: string;
  notificationId?: string;
  day?: IsoDate;
  from?: string;
  until?: string;
};

// Longer than any SMTP conversation: another instance never picks up a row being sent.
const LEASE_MS = 5 * 60_000;

const transports = new Map<string, Transporter>();

function transportFor(smtp: SmtpConfig): Transporter {
  let transport = transports.get(smtp.url);
  if (!transport) {
    transport = createTransport({
      url: smtp.url,
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
    });
    transports.set(smtp.url, transport);
  }
  return transport;
}

/** The content of a row's email, or null when there is nothing to send any more. */
async function contentOf(ctx: AppContext, payload: Payload, topic: ClaimedEmail['topic']) {
  const person = await ctx.db
    .selectFrom('people')
    .select(['name', 'email'])
    .where('id', '=', payload.recipientId)
    .executeTakeFirst();
  if (!person?.email) return null;
  // An unsubscribe after the email was queued still stops it.
  if (!(await findEmailPreference(ctx.db, payload.recipientId)).enabled) return null;
  const token = await unsubscribeTokenFor(ctx.db, payload.recipientId);
  const links = {
    publicUrl: ctx.config.publicUrl,
    unsubscribeUrl: `${ctx.config.publicUrl}${EMAIL_PATHS.unsubscribe}?token=${encodeURIComponent(token)}`,
  };
  let content: EmailContent;
  let query = ctx.db
    .selectFrom('notifications')
    .select(['title', 'body', 'createdAt'])
    .where('recipientId', '=', payload.recipientId);
  if (topic === 'email.notification') {
    const item = await query.where('id', '=', payload.notificationId ?? '').executeTakeFirst();
    if (!item) return null;
    content = notificationEmail({ name: person.name, item, links });
  } else {
    query = query
      .where('createdAt', '>=', new Date(payload.from ?? 0))
      .where('createdAt', '<', new Date(payload.until ?? 0));
    const items = await query.orderBy('createdAt').orderBy('id').execute();
    if (items.length === 0) return null;
    content = digestEmail({ name: person.name, day: payload.day ?? '', items, links });
  }
  return { to: person.email, content, unsubscribeUrl: links.unsubscribeUrl };
}

type SmtpError = Error & { responseCode?: number };

function outcomeOfError(
  error: SmtpError,
  row: ClaimedEmail,
  settings: Required<EmailSendSettings>,
  now: Date,
): EmailOutcome {
  const smtpCode = typeof error.responseCode === 'number' ? error.responseCode : null;
  const message = `Server email menolak atau tidak dapat dihubungi: ${error.message}`.slice(0, 500);
  // 5xx is the mail server's final word (unknown mailbox, refused sender): trying again won't help.
  if ((smtpCode !== null && smtpCode >= 500) || row.attempts >= settings.maxAttempts) {
    return { kind: 'failed', at: now, smtpCode, message };
  }
  const delay = Math.min(settings.baseDelayMs * 2 ** (row.attempts - 1), settings.maxDelayMs);
  return {
    kind: 'retry',
    at: now,
    availableAt: new Date(now.getTime() + delay),
    smtpCode,
    message,
  };
}

async function deliver(
  ctx: AppContext,
  smtp: SmtpConfig,
  row: ClaimedEmail,
  settings: Required<EmailSendSettings>,
): Promise<EmailOutcome['kind']> {
  const startedAt = ctx.clock();
  const built = await contentOf(ctx, JSON.parse(row.payloadText) as Payload, row.topic);
  let outcome: EmailOutcome;
  if (!built) {
    outcome = { kind: 'skipped', at: ctx.clock(), message: 'tidak ada yang dikirim' };
  } else {
    try {
      await transportFor(smtp).sendMail({
        from: smtp.from,
        to: built.to,
        subject: built.content.subject,
        text: built.content.text,
        // The same id on every attempt: a receiving server can drop a repeat after a lost answer.
        messageId: `<kinerja-email-${row.id}@${new URL(ctx.config.publicUrl).hostname}>`,
        list: { unsubscribe: built.unsubscribeUrl },
      });
      outcome = { kind: 'sent', at: ctx.clock(), message: null };
    } catch (error) {
      outcome = outcomeOfError(error as SmtpError, row, settings, ctx.clock());
      recordEmailFailure(outcome.kind);
    }
  }
  await recordEmailAttempt(ctx.db, { row, startedAt, outcome });
  return outcome.kind;
}

/**
 * One run of the email sender: claim the due email rows of the outbox and send each over SMTP;
 * a refusal (4xx) or an unreachable server is retried with exponential backoff, a 5xx answer or
 * the last attempt gives the row up for the operator (docs/OPERATIONS.md "Email").
 */
export async function sendDueEmails(
  ctx: AppContext,
  smtp: SmtpConfig,
  options: EmailSendSettings = {},
): Promise<EmailRunResult> {
  const settings: Required<EmailSendSettings> = {
    batchSize: 50,
    maxAttempts: 10,
    baseDelayMs: 60_000,
    maxDelayMs: 3600_000,
    ...options,
  };
  const now = ctx.clock();
  const rows = await claimDueEmails(ctx.db, {
    now,
    leaseUntil: new Date(now.getTime() + LEASE_MS),
    limit: settings.batchSize,
  });
  const result: EmailRunResult = { claimed: rows.length, sent: 0, retried: 0, failed: 0 };
  for (const row of rows) {
    const kind = await deliver(ctx, smtp, row, settings);
    if (kind === 'retry') result.retried += 1;
    else if (kind === 'failed') result.failed += 1;
    else if (kind === 'sent') result.sent += 1;
  }
  return result;
}
