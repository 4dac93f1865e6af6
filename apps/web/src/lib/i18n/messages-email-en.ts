import type { emailMessagesId } from './messages-email';

/** English messages of this area. */
export const emailMessagesEn: Record<keyof typeof emailMessagesId, string> = {
  'account.emailSettings': 'Email settings',
  'email.title': 'Email settings',
  'email.intro': 'Kinerja can send notifications and deadline reminders to your email: {address}.',
  'email.noAddress': 'Your account has no email address yet; ask your school operator to add it.',
  'email.unavailable':
    'Email is not enabled on this installation yet; your choice is saved and applies once it is.',
  'email.enabled': 'Send notifications to my email',
  'email.frequency': 'When to send',
  'email.frequency.daily': 'Daily summary (once a day, at 06.00 WIB)',
  'email.frequency.immediate': 'For every notification',
  'email.saved': 'Email settings saved.',
  'unsubscribe.title': 'Stop receiving email',
  'unsubscribe.intro':
    'You will no longer receive notification email from Kinerja. Notifications still show in the app.',
  'unsubscribe.confirm': 'Stop receiving email',
  'unsubscribe.done':
    'Done. You will not receive email from Kinerja any more. To turn it back on, open Email settings after signing in.',
  'unsubscribe.missing':
    'This link is incomplete. Open the unsubscribe link from the Kinerja email as it is.',
};
