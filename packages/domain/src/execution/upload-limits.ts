/**
 * The one size limit of an uploaded PDF: "PDF, maksimal 10 MB" for bukti dukung [C] SEED4 —
 * domain.md §3.4; Bukti Karya and the optional Modul Ajar (§3.6) are taken from and used as the
 * same kind of file, so they share it [I]. The 2024 rule set, the server and the web app read it here.
 */
export const PDF_UPLOAD_MAX_BYTES = 10 * 1024 * 1024;
