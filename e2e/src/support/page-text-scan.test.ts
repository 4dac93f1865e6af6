import { describe, expect, it } from 'vitest';
import { findRawText } from './page-text-scan.js';

// The scanner must fail on what issue #11 found and pass the guides' own Indonesian wording.
describe('findRawText', () => {
  it('reports codes, ISO dates, English words and program values', () => {
    expect(
      findRawText(
        'Status Perencanaan Kinerja: not_started\nsejak 2023-01-01\nSIMPAN Draft\nSave\nnull [object Object]\nEdit',
      ),
    ).toEqual([
      'kode "not_started"',
      'tanggal ISO "2023-01-01"',
      'kata Inggris "Draft"',
      'kata Inggris "Save"',
      'kata Inggris "Edit"',
      'nilai program "null"',
      'nilai program "[object Object]"',
    ]);
  });

  it('passes Indonesian prose, the homograph "Status" and the guides\' "Edit" beside "Data sudah sesuai"', () => {
    expect(findRawText('Data Diri\nEdit\nData sudah sesuai')).toEqual([]);
    expect(findRawText('Data Diri\nEdit\nSimpan')).toEqual(['kata Inggris "Edit"']);
    expect(
      findRawText(
        'Status Perencanaan Kinerja\nStatus kepegawaian: PNS\nStatus\nBelum dinilai\nSimpan Draf\n31 Januari 2026\nDIUBAH OLEH ANDA',
      ),
    ).toEqual([]);
  });
});
