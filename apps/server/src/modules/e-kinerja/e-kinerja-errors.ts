// The e-Kinerja sync errors documented in domain.md §6.4 (SEPUTARASN-2, MEDIABAGI-ERR), with who
// fixes them, as the operator reads them. The codes are those of Kinerja's e-Kinerja adapter
// interface (docs/E-KINERJA.md); the quoted texts are e-Kinerja's own.

/** One documented error: its text in e-Kinerja, the cause and fix in Indonesian, and what we do. */
export type DocumentedError = {
  readonly text: string;
  readonly message: string;
  /** Null: wait for a person to fix the data, then "Kirim ulang". A delay: try again by itself. */
  readonly retryAfterMs: number | null;
};

const DAY_MS = 24 * 3600 * 1000;

/** The documented error codes and their messages — domain.md §6.4. */
export const DOCUMENTED_ERRORS: Readonly<Record<string, DocumentedError>> = {
  NIP_TIDAK_PADAN: {
    text: 'Tombol Sinkron PMM tidak muncul',
    message:
      'NIP di Verval PTK berbeda dengan NIP di SIASN. Operator Sekolah memperbarui NIP di Verval PTK; tunggu beberapa hari lalu kirim ulang.',
    retryAfterMs: null,
  },
  SKP_BELUM_ADA: {
    text: 'Pegawai belum membuat SKP di PMM',
    message:
      'e-Kinerja belum menerima SKP yang disepakati untuk pegawai ini. Pastikan Perencanaan Kinerja sudah disetujui; pengiriman dicoba lagi otomatis setelah 1×24 jam.',
    retryAfterMs: DAY_MS,
  },
  UNOR_TIDAK_TERDAFTAR: {
    text: 'Data Unit Kerja Pegawai tidak terdaftar di Referensi Unit Kerja',
    message:
      'Unit organisasi (Unor) pegawai tidak aktif di e-Kinerja/SIASN. Admin Instansi (BKD/BKPSDM) memperbaiki Unor, lalu kirim ulang.',
    retryAfterMs: null,
  },
  SKP_ORGANISASI_BELUM_ADA: {
    text: 'Data SKP Organisasi belum dibuat oleh atasan',
    message:
      'Kepala Sekolah belum memiliki SKP di e-Kinerja untuk Unor ini. SKP Kepala Sekolah perlu tersinkron lebih dahulu (atau diperbaiki Admin Instansi); pengiriman dicoba lagi otomatis setelah 1×24 jam.',
    retryAfterMs: DAY_MS,
  },
  UNOR_BELUM_PADAN: {
    text: 'Unor di PMM Belum Padan',
    message:
      'Unor pegawai berbeda dengan sekolahnya di Dapodik (rotasi/mutasi). Dinas Pendidikan memadankan Unor, lalu kirim ulang.',
    retryAfterMs: null,
  },
  PENILAIAN_PERIODIK_GAGAL: {
    text: 'Penilaian periodik gagal',
    message:
      'Tipe periode di Manajemen Periode e-Kinerja tidak standar atau Angka Periodik ganda. Admin Instansi memperbaiki Manajemen Periode, lalu kirim ulang.',
    retryAfterMs: null,
  },
};

/** Messages of the transport failures the relay retries by itself. */
export const transportMessage = {
  timeout: (seconds: number) =>
    `e-Kinerja tidak menjawab dalam ${seconds} detik; pengiriman dicoba lagi otomatis.`,
  network: (detail: string) =>
    `Tidak dapat menghubungi e-Kinerja (${detail}); pengiriman dicoba lagi otomatis.`,
  server: (status: number) =>
    `e-Kinerja sedang bermasalah (HTTP ${status}); pengiriman dicoba lagi otomatis.`,
  busy: (status: number) =>
    `e-Kinerja sedang sibuk (HTTP ${status}); pengiriman dicoba lagi sesuai permintaannya.`,
  auth: (status: number) =>
    `e-Kinerja menolak token Kinerja (HTTP ${status}); periksa E_KINERJA_TOKEN. Pengiriman dicoba lagi otomatis.`,
  rejected: (status: number, detail: string) =>
    `Data ditolak e-Kinerja (HTTP ${status}): ${detail}. Perbaiki datanya lalu kirim ulang.`,
  gaveUp: (message: string, attempts: number) =>
    `${message} Dihentikan setelah ${attempts} percobaan; kirim ulang dari daftar sinkronisasi.`,
};
