// Notifications bell, home "what is due", deadline extensions and Tim Kinerja.

/** Bahasa Indonesia messages of this area; official labels follow the guides. */
export const noticesMessagesId = {} satisfies Record<string, string>;

/** English messages of this area; regulation terms keep their Indonesian names. */
export const noticesMessagesEn: Record<keyof typeof noticesMessagesId, string> = {};
