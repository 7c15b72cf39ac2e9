// Server-side rendering of renderer views for unit tests (react-dom/server in Node, no DOM):
// the markup a view produces on its first render, and the part of it inside one labelled element.
import { createElement, type FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

export function renderHtml<P extends object>(component: FunctionComponent<P>, props: P): string {
  return renderToStaticMarkup(createElement(component, props));
}

/** The markup from the element with this attribute value to the end of that element. */
export function within(html: string, attribute: string): string {
  const start = html.lastIndexOf('<', html.indexOf(attribute));
  if (html.indexOf(attribute) < 0) throw new Error(`no ${attribute} in ${html}`);
  const tag = /^<([a-z0-9]+)/.exec(html.slice(start))![1]!;
  // Walk the same tag's openings and closings to find this element's end.
  const re = new RegExp(`<${tag}[\\s>]|</${tag}>`, 'g');
  re.lastIndex = start;
  let depth = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index + m[0].length);
  }
  throw new Error(`unclosed <${tag}> at ${attribute}`);
}

/** The text a reader gets: markup removed, entities for quotes and ampersands decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
