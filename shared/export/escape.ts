// Escaping user text for the exports, so a note full of `|`, `#`, `*`, backticks, HTML or emoji
// renders as the text it is and can never add a heading, a table column or a tag.

/**
 * Everything a line splitter may take for the end of a line: CR, LF, and what Python's
 * `str.splitlines` and Unicode add (VT, FF, the file/group/record separators, NEL, LINE and
 * PARAGRAPH SEPARATOR). Left raw in an iCalendar or CSV value, any of them lets attendee text
 * start a line of its own (`BEGIN:VALARM`, `ATTACH:…`, a CSV row) in such a parser (issue 22).
 */
// eslint-disable-next-line no-control-regex
export const LINE_BREAKS = /\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/g;
/** The other control characters (C0 but HTAB, DEL, C1 but NEL): never meant as text. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]/g;

/** The text with every kind of line break as `\n` and the other control characters dropped. */
export function plainLines(s: string): string {
  return s.replace(CONTROLS, '').replace(LINE_BREAKS, '\n');
}

/** Text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// Markdown punctuation that can start emphasis, code, links, headings, tables or strikethrough
// anywhere in a line (`(`, `)` and `!` only matter next to `[`/`]`, which are escaped), and `<`,
// `>` (raw HTML, autolinks) and `&` (an entity): all backslash-escaped, as CommonMark allows for
// any ASCII punctuation, so the file reads as the text typed (`\<b\>`, never `&lt;b&gt;`).
const INLINE_PUNCT = /[\\`*_[\]#|~<>]/g;

function mdEscapedLines(s: string): string[] {
  return s
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(INLINE_PUNCT, '\\$&')
        .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
        // A leading `-`, `+`, `=` or `1.`/`1)` could still start a list or underline a heading.
        .replace(/^(\s*)([-=+])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2')
        // Leading whitespace would become indentation (a code block); keep it as entities.
        .replace(/^[ \t]+/, (m) => m.replace(/ /g, '&nbsp;').replace(/\t/g, '&#9;')),
    )
    .filter((line) => line.trim() !== '');
}

/**
 * Inline Markdown: backslash-escapes punctuation (`<`, `>` and an entity's `&` too); lines are
 * joined with a space, so the result is one line for a heading, a table cell or a sentence.
 */
export function mdInline(s: string): string {
  return mdEscapedLines(s).join(' ');
}

/** A GFM table cell: inline escaping already escapes `|` and keeps the text on one line. */
export function mdCell(s: string): string {
  return mdInline(s);
}

/**
 * Multi-line text inside a paragraph or list item: each line escaped, lines joined by GFM's hard
 * break (a trailing backslash) and continued at `indent`, blank lines dropped. No raw HTML.
 */
export function mdLines(s: string, indent: string): string {
  return mdEscapedLines(s).join(`\\\n${indent}`);
}

/** Reverses mdInline and mdLines, up to whitespace (for tests and tools that read exports back). */
export function unescapeMdInline(s: string): string {
  // One pass, so an escaped `\&nbsp;` (typed text) is not read as a space.
  return s
    .replace(/\\\n\s*/g, '\n')
    .replace(
      /\\([\\`*_[\]#|~\-=+.)<>&])|&nbsp;|&#9;/g,
      (m, ch: string | undefined) => ch ?? (m === '&nbsp;' ? ' ' : '\t'),
    );
}
