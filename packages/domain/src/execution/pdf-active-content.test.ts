import { describe, expect, it } from 'vitest';
import { createPdfActiveContentScanner, findPdfActiveContent } from './pdf-active-content';

const bytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const PLAIN =
  '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /OpenAction [3 0 R /Fit] >>\nendobj\n';

describe('active content in a PDF (architecture.md §4, issue 12 finding 8)', () => {
  it.each<[string, string, string[]]>([
    ['a plain document opening at page 1', PLAIN, []],
    [
      'a JavaScript open action',
      '1 0 obj <</OpenAction <</S/JavaScript/JS(app.alert(1))>>>>',
      ['JavaScript'],
    ],
    [
      'document-level scripts in the Names tree',
      '<< /Names << /JavaScript 5 0 R >> >>',
      ['JavaScript'],
    ],
    ['a hex-escaped name', '<</S /J#61v#61Script /JS (x)>>', ['JavaScript']],
    ['lower-case hex escapes', '<</S/#4c#61unch/F(cmd.exe)>>', ['Launch']],
    ['an attached file', '<</Type/EmbeddedFile/Length 3>>', ['EmbeddedFile']],
    ['the attachments tree', '<</Names<</EmbeddedFiles 9 0 R>>>>', ['EmbeddedFiles']],
    ['a form that posts data', '<</S/SubmitForm/F(http://x)>>', ['SubmitForm']],
    ['Flash / 3D media', '<</Subtype/RichMedia>>', ['RichMedia']],
    ['an XFA form', '<</AcroForm<</XFA 7 0 R>>>>', ['XFA']],
    ['several, sorted and once each', '/Launch /JavaScript /Launch', ['JavaScript', 'Launch']],
    ['a name that only starts like one', '<</JavaScriptX 1 /Launcher 2 /JS 3 /AA 4>>', []],
    ['the word in text, not a name', '(JavaScript) Tj BT /F1 12 Tf', []],
    ['a name ending the file', '<</S/JavaScript', ['JavaScript']],
    ['an empty name', '<< / 1 >>', []],
  ])('%s', (_label, text, expected) => {
    expect(findPdfActiveContent(bytes(text))).toEqual(expected);
  });

  it('finds a name split across chunks at every position', () => {
    const text = `${PLAIN}<</S/J#61vaScript>>`;
    for (let cut = 1; cut < text.length; cut++) {
      const scanner = createPdfActiveContentScanner();
      scanner.feed(bytes(text.slice(0, cut)));
      scanner.feed(bytes(text.slice(cut)));
      expect(scanner.found(), `cut at ${cut}`).toEqual(['JavaScript']);
    }
  });

  it('ignores names longer than the 127-byte limit', () => {
    expect(findPdfActiveContent(bytes(`/${'A'.repeat(400)}JavaScript `))).toEqual([]);
  });
});
