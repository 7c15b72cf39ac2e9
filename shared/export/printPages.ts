// Page numbers for the PDF's contents. Chromium's printer has no target-counter(), so the document
// is printed once, the page of every contents entry is read from the PDF's named destinations
// (Chromium writes one per linked anchor: `/id [pageRef /XYZ x y 0]`), written into fixed-width
// slots (so nothing reflows) and printed again. Pure: bytes in, bytes out, no Node or DOM APIs.

const SLOT = (id: string) => `<span class="pg" data-page-of="${id}"></span>`;

/** The fixed-width slot where an entry's page number goes. */
export function contentsPageSlot(id: string): string {
  return SLOT(id);
}

/** Fills each slot with its page number (slots of unknown anchors stay empty). */
export function fillContentsPages(html: string, pages: ReadonlyMap<string, number>): string {
  return html.replace(
    /<span class="pg" data-page-of="([A-Za-z0-9_-]+)"><\/span>/g,
    (slot, id: string) => {
      const page = pages.get(id);
      return page === undefined ? slot : `<span class="pg" data-page-of="${id}">${page}</span>`;
    },
  );
}

export function hasContentsSlots(html: string): boolean {
  return html.includes('<span class="pg" data-page-of="');
}

/**
 * Anchor id -> 1-based page number, from a Chromium PDF's /Dests dictionary and its page tree.
 * Returns an empty map for a PDF laid out differently (the contents then print without numbers).
 */
export function pdfDestinationPages(pdf: Uint8Array): Map<string, number> {
  const text = new TextDecoder('latin1').decode(pdf);
  const out = new Map<string, number>();
  const objects = new Map<string, string>();
  for (const m of text.matchAll(/(?:^|\s)(\d+) 0 obj\s*([\s\S]*?)endobj/g))
    objects.set(m[1]!, m[2]!);
  // Page order: walk the /Pages tree from the catalog's root, depth first.
  const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog/.test(o));
  const root = catalog && /\/Pages\s+(\d+) 0 R/.exec(catalog)?.[1];
  const pageIndex = new Map<string, number>();
  const walk = (id: string, depth: number) => {
    const obj = objects.get(id);
    if (!obj || depth > 50) return;
    if (/\/Type\s*\/Pages\b/.test(obj)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(obj)?.[1] ?? '';
      for (const k of kids.matchAll(/(\d+) 0 R/g)) walk(k[1]!, depth + 1);
    } else if (/\/Type\s*\/Page\b/.test(obj)) pageIndex.set(id, pageIndex.size + 1);
  };
  if (root) walk(root, 0);
  const destsRef = catalog && /\/Dests\s+(\d+) 0 R/.exec(catalog)?.[1];
  const dests = destsRef ? objects.get(destsRef) : undefined;
  if (!dests) return out;
  for (const m of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+) 0 R/g)) {
    // PDF names escape bytes as #xx.
    const name = m[1]!.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    );
    const page = pageIndex.get(m[2]!);
    if (page !== undefined) out.set(name, page);
  }
  return out;
}

/** Prints `html` with its contents' page numbers filled in: two prints when it has contents. */
export async function printWithContentsPages(
  html: string,
  print: (html: string) => Promise<Uint8Array>,
): Promise<Uint8Array> {
  const first = await print(html);
  if (!hasContentsSlots(html)) return first;
  const pages = pdfDestinationPages(first);
  if (pages.size === 0) return first;
  return print(fillContentsPages(html, pages));
}
