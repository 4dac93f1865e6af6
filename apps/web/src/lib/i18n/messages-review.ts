// Periksa: supervisors' lists and plan review (principal, Dinas, pengawas).

/** Bahasa Indonesia messages of this area; official labels follow the guides. */
export const reviewMessagesId = {} satisfies Record<string, string>;

/** English messages of this area; regulation terms keep their Indonesian names. */
export const reviewMessagesEn: Record<keyof typeof reviewMessagesId, string> = {};
