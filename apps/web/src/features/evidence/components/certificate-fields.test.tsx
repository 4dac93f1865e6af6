import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../lib/i18n/i18n';
import { CertificateFields, certificateToSend, type CertificateInput } from './certificate-fields';
import { loadAllMessagePacks } from '../../../lib/i18n/message-packs';

// In the app each area's texts arrive with its pages (message-packs.ts); here all at once.
await loadAllMessagePacks();

afterEach(cleanup);

const EMPTY: CertificateInput = { kind: '', issuedOn: '', number: '', title: '' };
let latest: CertificateInput = EMPTY;

function Form() {
  const [value, setValue] = useState<CertificateInput>(EMPTY);
  latest = value;
  return (
    <I18nProvider>
      <CertificateFields
        kinds={['certificate', 'surat_keterangan_selesai_topik', 'relevant_document']}
        value={value}
        onChange={setValue}
        minDate="2023-01-01"
      />
    </I18nProvider>
  );
}

describe('the evidence form asks a dated certificate for its number and title (issue 14 item 3, domain.md §3.4)', () => {
  it('shows Nomor and Judul for a sertifikat, not for a relevant document', async () => {
    render(<Form />);
    const user = userEvent.setup();
    expect(screen.queryByLabelText('Nomor sertifikat')).toBeNull();
    await user.selectOptions(screen.getByLabelText('Jenis dokumen'), 'certificate');
    await user.type(screen.getByLabelText('Nomor sertifikat'), ' SERT/01 ');
    await user.type(screen.getByLabelText('Judul sertifikat'), 'Komunitas Belajar');
    await user.type(screen.getByLabelText('Tanggal terbit'), '2023-06-01');
    expect(certificateToSend(latest)).toEqual({
      kind: 'certificate',
      issuedOn: '2023-06-01',
      number: 'SERT/01',
      title: 'Komunitas Belajar',
    });
    await user.selectOptions(screen.getByLabelText('Jenis dokumen'), 'relevant_document');
    expect(screen.queryByLabelText('Nomor sertifikat')).toBeNull();
    // What is no longer asked is not sent.
    expect(certificateToSend(latest)).toMatchObject({ number: null, title: null });
  });

  it('sends no number when none is printed', () => {
    expect(
      certificateToSend({ kind: 'certificate', issuedOn: '2023-06-01', number: ' ', title: '' }),
    ).toMatchObject({ number: null, title: null });
  });
});
