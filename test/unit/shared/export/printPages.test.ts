// Contents page numbers: read from a PDF's named destinations and written into fixed-width slots.
import { describe, expect, it } from 'vitest';
import {
  contentsPageSlot,
  fillContentsPages,
  pdfDestinationPages,
  printWithContentsPages,
} from '#shared/export/printPages';

// The shape Chromium writes: a page tree, a catalog with /Dests, destinations naming page objects.
const PDF = `%PDF-1.4
1 0 obj
<</Type /Page /Parent 5 0 R>>
endobj
2 0 obj
<</Type /Page /Parent 5 0 R>>
endobj
3 0 obj
<</Type /Page /Parent 5 0 R>>
endobj
5 0 obj
<</Type /Pages
/Count 3
/Kids [1 0 R 3 0 R 2 0 R]>>
endobj
6 0 obj
<</summary [3 0 R /XYZ 6 828.63 0]
/block-1-9 [2 0 R /XYZ 6 300 0]
/odd#2Dname [1 0 R /XYZ 6 10 0]>>
endobj
7 0 obj
<</Type /Catalog
/Pages 5 0 R
/Dests 6 0 R>>
endobj
%%EOF`;

const bytes = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));

describe('contents page numbers', () => {
  it('reads each destination page in page-tree order', () => {
    expect(pdfDestinationPages(bytes(PDF))).toEqual(
      new Map([
        ['summary', 2],
        ['block-1-9', 3],
        ['odd-name', 1],
      ]),
    );
  });

  it('gives nothing for a PDF without destinations', () => {
    expect(pdfDestinationPages(bytes('%PDF-1.4\n%%EOF')).size).toBe(0);
  });

  it('fills the slots it knows and leaves the others empty', () => {
    const html = `${contentsPageSlot('summary')}${contentsPageSlot('gone')}`;
    expect(fillContentsPages(html, new Map([['summary', 3]]))).toBe(
      '<span class="pg" data-page-of="summary">3</span><span class="pg" data-page-of="gone"></span>',
    );
  });

  it('prints twice when there are contents, the second time with the numbers in', async () => {
    const seen: string[] = [];
    const out = await printWithContentsPages(`<p>${contentsPageSlot('summary')}</p>`, (html) => {
      seen.push(html);
      return Promise.resolve(bytes(PDF));
    });
    expect(seen).toEqual([
      '<p><span class="pg" data-page-of="summary"></span></p>',
      '<p><span class="pg" data-page-of="summary">2</span></p>',
    ]);
    expect(out.length).toBe(PDF.length);
    seen.length = 0;
    await printWithContentsPages('<p>no contents</p>', (html) => {
      seen.push(html);
      return Promise.resolve(bytes(PDF));
    });
    expect(seen).toHaveLength(1);
  });
});
