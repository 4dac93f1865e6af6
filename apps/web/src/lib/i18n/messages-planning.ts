// Perencanaan Kinerja: the employee's own plan (teacher or principal as pegawai).

/** Bahasa Indonesia messages of this area; official labels follow the guides. */
export const planningMessagesId = {} satisfies Record<string, string>;

/** English messages of this area; regulation terms keep their Indonesian names. */
export const planningMessagesEn: Record<keyof typeof planningMessagesId, string> = {};
