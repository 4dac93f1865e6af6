import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { FileChooser } from './file-chooser';

afterEach(cleanup);

/** The chooser under its field label, as the upload forms place it. */
function renderChooser(accept: string) {
  const chosen: Array<File | null> = [];
  const view = render(
    <I18nProvider>
      <label htmlFor="berkas">Berkas PDF</label>
      <FileChooser id="berkas" accept={accept} onChange={(file) => chosen.push(file)} />
    </I18nProvider>,
  );
  const box = () => view.container.querySelector('.file-chooser')?.textContent;
  return { chosen, box };
}

describe('FileChooser (issue #11: no "Choose File" / "No file chosen")', () => {
  it('says "Pilih berkas PDF", then the chosen file name, and hands the file over', async () => {
    const { chosen, box } = renderChooser('application/pdf');
    expect(box()).toBe('Pilih berkas PDFBelum ada berkas dipilih');
    const file = new File(['%PDF-1.4'], 'sertifikat-pelatihan.pdf', { type: 'application/pdf' });
    await userEvent.upload(screen.getByLabelText('Berkas PDF'), file);
    expect(box()).toBe('Pilih berkas PDFsertifikat-pelatihan.pdf');
    expect(chosen).toEqual([file]);
  });

  it('says "Pilih berkas" for a field that takes CSV or XLSX too', () => {
    const { box } = renderChooser('.csv,.xlsx');
    expect(box()).toContain('Pilih berkas');
    expect(box()).not.toContain('PDF');
  });
});
