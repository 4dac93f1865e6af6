import type { offlineMessagesId } from './messages-offline';

/** English messages of this area. */
export const offlineMessagesEn: Record<keyof typeof offlineMessagesId, string> = {
  'offline.update.body': 'A new version is available — reload',
  'offline.update.reload': 'Reload',
  'offline.draft.onDevice': 'Kept on this device — not sent yet',
  'offline.draft.sent': 'Sent {time}',
  'offline.banner':
    'You are offline. Entries are kept on this device and sent automatically when you are back online.',
  'offline.needsConnection':
    'This needs an internet connection. Connect and try again; your entries stay on this device.',
};
